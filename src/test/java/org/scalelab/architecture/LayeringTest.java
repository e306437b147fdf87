package org.scalelab.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layers show in the packages: domain knows neither JavaFX nor DL4J; training knows no JavaFX. */
class LayeringTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        // Not ArchUnit's DO_NOT_INCLUDE_TESTS: it knows only target/test-classes, and the -Pspark and -Pcuda builds
        // compile into target-spark/ and target-cuda/.
        classes = new ClassFileImporter().withImportOption(location -> !location.contains("/test-classes/"))
                .importPackages("org.scalelab");
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
}
