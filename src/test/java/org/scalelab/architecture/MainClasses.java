package org.scalelab.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;

/** ScaleLab's main classes, imported once for all architecture tests (an import takes seconds). */
final class MainClasses {
    private static JavaClasses classes;

    private MainClasses() {
    }

    static synchronized JavaClasses get() {
        if (classes == null) {
            // Not ArchUnit's DO_NOT_INCLUDE_TESTS: it knows only target/test-classes, and the -Pspark and -Pcuda builds
            // compile into target-spark/ and target-cuda/.
            classes = new ClassFileImporter().withImportOption(location -> !location.contains("/test-classes/"))
                    .importPackages("org.scalelab");
        }
        return classes;
    }
}
