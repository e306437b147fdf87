package org.scalelab.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Which command lines the launcher relaunches with passive OpenMP waiting: those that train
 * ({@code architecture.TrainingCommandsTest} holds every command that trains to be a {@link TrainingCommand}).
 */
class TrainingCommandTest {

    @Test
    void argumentsThatTrainAreRelaunched() {
        assertTrue(Cli.trains(new String[] {"train", "--arch", "simple-cnn"}));
        assertTrue(Cli.trains(new String[] {"sweep", "--arch", "simple-cnn", "--phi", "0:1:1"}));
        assertTrue(Cli.trains(new String[] {"bench"}));
        assertTrue(Cli.trains(new String[] {"search", "--arch", "simple-cnn"}));
        assertFalse(Cli.trains(new String[] {"search", "--arch", "simple-cnn", "--dry-run"}));
        assertTrue(Cli.trains(new String[] {"study", "--arch", "simple-cnn", "--out", "report"}));
        assertFalse(Cli.trains(new String[] {"study", "--arch", "simple-cnn", "--dry-run"}));
        assertTrue(Cli.trains(new String[] {"budget", "--arch", "simple-cnn", "--train"}));
        assertFalse(Cli.trains(new String[] {"budget", "--arch", "simple-cnn"}));
        assertFalse(Cli.trains(new String[] {"cost", "--arch", "simple-cnn"}));
        assertFalse(Cli.trains(new String[] {"runs", "list"}));
        assertFalse(Cli.trains(new String[] {"train", "--no-such-option"}), "a bad command line is reported, not run");
    }
}
