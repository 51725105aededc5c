package dev.chainrule.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The engine knows no framework (docs/ARCHITECTURE.md): only java.*, org.ejml.*, the netlib BLAS
 * (dev.ludovic.netlib.*, for the large matrix products) and itself.
 */
class EngineArchitectureTest {

    @Test
    void engineDependsOnlyOnJavaEjmlAndBlas() {
        JavaClasses engine = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.chainrule.engine");

        classes().that().resideInAPackage("dev.chainrule.engine..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.ejml..", "dev.ludovic.netlib..",
                        "dev.chainrule.engine..")
                .check(engine);
    }
}
