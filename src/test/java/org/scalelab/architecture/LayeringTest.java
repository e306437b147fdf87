package org.scalelab.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layers show in the packages: domain knows neither JavaFX nor DL4J; training knows no JavaFX and no command line;
 * the command line and the window never know each other; a ViewModel touches no control, and only the executors
 * of {@code ui.concurrent} hand work to the FX thread.
 */
class LayeringTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = MainClasses.get();
    }

    @Test
    void domainKnowsNoUiNoTrainingFramework() {
        noClasses().that().resideInAPackage("org.scalelab.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.deeplearning4j..", "org.nd4j..",
                        "org.jfree..", "org.controlsfx..", "java.sql..", "picocli..")
                .because("specs, scaling and cost are pure and shared by the CLI, training and the UI")
                .check(classes);
    }

    @Test
    void domainDependsOnNoOuterLayer() {
        noClasses().that().resideInAPackage("org.scalelab.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("org.scalelab.training..", "org.scalelab.ui..",
                        "org.scalelab.cli..")
                .check(classes);
    }

    @Test
    void trainingKnowsNoJavaFx() {
        noClasses().that().resideInAPackage("org.scalelab.training..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jfree..", "org.controlsfx..",
                        "org.scalelab.ui..")
                .check(classes);
    }

    @Test
    void onlyTheUiUsesJavaFx() {
        noClasses().that().resideOutsideOfPackages("org.scalelab.ui..", "org.scalelab")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .check(classes);
    }

    @Test
    void commandLineAndWindowNeverKnowEachOther() {
        noClasses().that().resideInAPackage("org.scalelab.cli..")
                .should().dependOnClassesThat().resideInAPackage("org.scalelab.ui..")
                .because("what both need lives below them: domain, format, training")
                .check(classes);
        noClasses().that().resideInAPackage("org.scalelab.ui..")
                .should().dependOnClassesThat().resideInAPackage("org.scalelab.cli..")
                .because("what both need lives below them: domain, format, training")
                .check(classes);
    }

    @Test
    void trainingKnowsNoCommandLine() {
        noClasses().that().resideInAPackage("org.scalelab.training..")
                .should().dependOnClassesThat().resideInAPackage("org.scalelab.cli..")
                .check(classes);
    }

    @Test
    void formattingIsPure() {
        noClasses().that().resideInAPackage("org.scalelab.format..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.deeplearning4j..", "org.nd4j..",
                        "java.sql..", "picocli..", "org.scalelab.training..", "org.scalelab.ui..", "org.scalelab.cli..")
                .because("the CLI, the window, CSV files and reports print numbers the same way through it")
                .check(classes);
    }

    @Test
    void viewModelsTouchNoControls() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..")
                .because("a ViewModel holds state and logic; its View owns the controls (MVVM)")
                .check(classes);
    }

    @Test
    void onlyTheExecutorsHandWorkToTheFxThread() {
        noClasses().that().resideOutsideOfPackage("org.scalelab.ui.concurrent..")
                .should().callMethod(javafx.application.Platform.class, "runLater", Runnable.class)
                .because("background work and its callbacks go through ui.concurrent, which tests run on the"
                        + " calling thread")
                .check(classes);
    }
}
