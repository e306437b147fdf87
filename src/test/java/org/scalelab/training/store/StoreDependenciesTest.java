package org.scalelab.training.store;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The store is plain JDBC: the CLI and headless tools can use it without loading DL4J or JavaFX. */
class StoreDependenciesTest {

    @Test
    void theStoreKnowsNeitherDl4jNorJavaFx() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.deeplearning4j..", "org.nd4j..",
                        "javafx..", "org.scalelab.training.dl4j..", "org.scalelab.ui..")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.scalelab.training.store"));
    }
}
