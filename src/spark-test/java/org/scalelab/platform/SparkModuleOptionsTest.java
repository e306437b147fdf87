package org.scalelab.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.List;
import org.apache.spark.launcher.JavaModuleOptions;
import org.junit.jupiter.api.Test;

/** The Spark edition's JVM options are Spark's own, in the launcher and in the build's test configuration alike. */
class SparkModuleOptionsTest {

    @Test
    void theLauncherTakesSparksOwnList() {
        assertEquals(List.of(JavaModuleOptions.defaultModuleOptions().split(" ")), SparkModuleOptions.required());
    }

    @Test
    void theTestConfigurationPassesSparksList() {
        List<String> given = ManagementFactory.getRuntimeMXBean().getInputArguments();
        for (String option : SparkModuleOptions.required()) {
            assertTrue(given.contains(option), option + " is missing from spark.moduleOptions in pom.xml");
        }
        assertEquals(List.of(), SparkModuleOptions.missing(), "in effect, so the launcher adds nothing");
    }
}
