package dev.chainrule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The directions of docs/ARCHITECTURE.md, enforced: ui → lesson, ui → classroom → training (assignments start runs) and account, ui → compare → share → training → run → dataset → account, and
 * dataset → data → engine, with experiment (the format) beside them, and no cycle between any two packages.
 * (EngineArchitectureTest and DataArchitectureTest pin down the two framework-free rooms.)
 */
class ArchitectureTest {
    private static JavaClasses main;

    @BeforeAll
    static void importMain() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.chainrule");
    }

    @Test
    void noPackageDependsOnAnotherThatDependsBackOnIt() {
        slices().matching("dev.chainrule.(**)").should().beFreeOfCycles().check(main);
    }

    /** The list of docs/ARCHITECTURE.md: a package imports only packages below it. */
    @Test
    void eachRoomIsUsedOnlyByTheRoomsAboveIt() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("ui").definedBy("dev.chainrule.ui..")
                .layer("lesson").definedBy("dev.chainrule.lesson..")
                .layer("classroom").definedBy("dev.chainrule.classroom..")
                .layer("compare").definedBy("dev.chainrule.compare..")
                .layer("share").definedBy("dev.chainrule.share..")
                .layer("commands").definedBy("dev.chainrule.cli..", "dev.chainrule.bench..")
                .layer("training").definedBy("dev.chainrule.training")
                .layer("pool").definedBy("dev.chainrule.training.pool..")
                .layer("run").definedBy("dev.chainrule.run..")
                .layer("dataset").definedBy("dev.chainrule.dataset..")
                .layer("experiment").definedBy("dev.chainrule.experiment..")
                .layer("account").definedBy("dev.chainrule.account..")
                .layer("prepare").definedBy("dev.chainrule.data.prepare..")
                .layer("data").definedBy("dev.chainrule.data")
                .layer("engine").definedBy("dev.chainrule.engine..")
                .whereLayer("ui").mayNotBeAccessedByAnyLayer()
                .whereLayer("commands").mayNotBeAccessedByAnyLayer()
                .whereLayer("lesson").mayOnlyBeAccessedByLayers("ui")
                .whereLayer("classroom").mayOnlyBeAccessedByLayers("ui")
                .whereLayer("compare").mayOnlyBeAccessedByLayers("ui")
                .whereLayer("share").mayOnlyBeAccessedByLayers("ui", "compare")
                .whereLayer("training").mayOnlyBeAccessedByLayers("ui", "lesson", "classroom", "compare", "share")
                .whereLayer("pool").mayOnlyBeAccessedByLayers("training")
                .whereLayer("run").mayOnlyBeAccessedByLayers("ui", "lesson", "classroom", "compare", "share", "training")
                .whereLayer("dataset").mayOnlyBeAccessedByLayers("ui", "lesson", "classroom", "compare", "share", "training", "run")
                .whereLayer("experiment").mayOnlyBeAccessedByLayers("ui", "lesson", "classroom", "compare", "share", "training", "run", "commands")
                .whereLayer("account").mayOnlyBeAccessedByLayers("ui", "lesson", "classroom", "compare", "share", "training", "run", "dataset")
                .whereLayer("prepare").mayOnlyBeAccessedByLayers("ui", "lesson", "classroom", "compare", "share", "training", "run", "dataset",
                        "experiment", "commands")
                .whereLayer("data").mayOnlyBeAccessedByLayers("ui", "lesson", "classroom", "compare", "share", "training", "run", "dataset",
                        "experiment", "prepare", "commands")
                .check(main);
    }

    @Test
    void theExperimentFormatKnowsOnlyTheEngineAndTheData() {
        classes().that().resideInAPackage("dev.chainrule.experiment..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "com.fasterxml.jackson..",
                        "dev.chainrule.experiment..", "dev.chainrule.engine..", "dev.chainrule.data..")
                .check(main);
    }

    @Test
    void theHeadlessCommandsNeedNoServerNoDatabaseAndNoLiveRuns() {
        classes().that().resideInAnyPackage("dev.chainrule.cli..", "dev.chainrule.bench..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "com.sun.management..", "com.fasterxml.jackson..",
                        "picocli..", "org.ejml..", "dev.chainrule.cli..", "dev.chainrule.bench..", "dev.chainrule.experiment..",
                        "dev.chainrule.engine..", "dev.chainrule.data..")
                .check(main);
    }

    @Test
    void theDatasetLibraryKnowsNothingOfRunsOrPages() {
        noClasses().that().resideInAPackage("dev.chainrule.dataset..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.chainrule.run..", "dev.chainrule.training..",
                        "dev.chainrule.ui..", "dev.chainrule.cli..", "com.vaadin..")
                .check(main);
    }

    @Test
    void storedRunsKnowNothingOfLiveTrainingOrPages() {
        noClasses().that().resideInAPackage("dev.chainrule.run..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.chainrule.training..", "dev.chainrule.ui..",
                        "dev.chainrule.cli..", "com.vaadin..")
                .check(main);
    }

    @Test
    void trainingKnowsNothingOfPages() {
        noClasses().that().resideInAPackage("dev.chainrule.training..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.chainrule.ui..", "dev.chainrule.cli..",
                        "com.vaadin..")
                .check(main);
    }

    @Test
    void sharingKnowsNothingOfPages() {
        noClasses().that().resideInAPackage("dev.chainrule.share..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.chainrule.ui..", "dev.chainrule.cli..",
                        "com.vaadin..")
                .check(main);
    }

    @Test
    void lessonsKnowNothingOfPages() {
        noClasses().that().resideInAPackage("dev.chainrule.lesson..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.chainrule.ui..", "dev.chainrule.cli..",
                        "com.vaadin..")
                .check(main);
    }

    @Test
    void classesKnowNothingOfPages() {
        noClasses().that().resideInAPackage("dev.chainrule.classroom..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.chainrule.ui..", "dev.chainrule.cli..",
                        "com.vaadin..")
                .check(main);
    }

    @Test
    void comparingKnowsNothingOfPages() {
        noClasses().that().resideInAPackage("dev.chainrule.compare..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.chainrule.ui..", "dev.chainrule.cli..",
                        "com.vaadin..")
                .check(main);
    }

    @Test
    void thePoolKnowsOnlyTheEnginesRunControl() {
        classes().that().resideInAPackage("dev.chainrule.training.pool..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.slf4j..", "org.springframework..",
                        "dev.chainrule.training.pool..", "dev.chainrule.engine..")
                .check(main);
    }

    @Test
    void viewsCallServicesNeverRepositoriesOrTheTrainer() {
        noClasses().that().resideInAPackage("dev.chainrule.ui..")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .orShould().dependOnClassesThat().haveSimpleName("Trainer")
                .orShould().dependOnClassesThat().haveSimpleName("RunStore")
                .orShould().dependOnClassesThat().resideInAnyPackage("org.springframework.jdbc..",
                        "dev.chainrule.training.pool..", "dev.chainrule.cli..")
                .check(main);
    }

    @Test
    void onlyTheApplicationsEntryPointStartsTheCommands() {
        noClasses().that().resideOutsideOfPackages("dev.chainrule.cli..").and().doNotHaveFullyQualifiedName(
                        Application.class.getName())
                .should().dependOnClassesThat().resideInAPackage("dev.chainrule.cli..")
                .check(main);
    }
}
