package dev.chainrule.data;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.chainrule.engine.InputPlane;
import dev.chainrule.engine.TrainingData;
import dev.chainrule.engine.spec.Task;
import org.junit.jupiter.api.Test;

/** The data room (docs/ARCHITECTURE.md) may use only java.*, Commons CSV and the engine's value types. */
class DataArchitectureTest {

    @Test
    void dataDependsOnlyOnJavaCommonsCsvAndEngineValueTypes() {
        JavaClasses data = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.chainrule.data");

        classes().that().resideInAPackage("dev.chainrule.data..")
                .should().onlyDependOnClassesThat(
                        resideInAnyPackage("java..", "org.apache.commons.csv..", "dev.chainrule.data..")
                                .or(belongToAnyOf(TrainingData.class, InputPlane.class, Task.class)))
                .check(data);
    }
}
