package org.scalelab.ui.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.scalelab.training.cluster.ClusterSettings;
import org.scalelab.training.cluster.Clusters;
import org.scalelab.training.service.RunEvent;
import org.scalelab.ui.concurrent.DirectExecutor;

/** Where the workbench's jobs train: the URL checked as the CLI checks it, remembered, moved only once jobs are idle. */
class ClusterViewModelTest {
    private final Preferences node = Preferences.userRoot().node("org/scalelab/test/cluster-" + System.nanoTime());
    private final ClusterPreference preference = new ClusterPreference(node);
    /** Every port opened, with the master it was opened for (null: this machine). */
    private final List<String> openedFor = new ArrayList<>();
    private final List<FakeTraining> ports = new ArrayList<>();
    private final AtomicInteger moves = new AtomicInteger();
    private String unreachable;

    @AfterEach
    void forget() throws BackingStoreException {
        node.removeNode();
    }

    private SwitchingTraining port(String master) {
        return new SwitchingTraining(Path.of("/tmp/fake.db"), m -> {
            openedFor.add(m);
            FakeTraining p = new FakeTraining();
            if (m != null && m.equals(unreachable)) {
                p.deviceFailure = new IllegalStateException("cannot reach the Spark master at " + m
                        + " (connection refused)");
            }
            ports.add(p);
            return p;
        }, master);
    }

    private ClusterViewModel vm(SwitchingTraining port, boolean sparkBuild) {
        return new ClusterViewModel(port, preference, sparkBuild, new DirectExecutor(), moves::incrementAndGet);
    }

    @Test
    void aMasterUrlIsCheckedAsTheCommandLineChecksIt() {
        ClusterViewModel vm = vm(port(null), true);
        assertEquals("", vm.problemProperty().get(), "this machine needs no URL");
        vm.onClusterProperty().set(true);
        assertEquals("needs spark://HOST:PORT or local[N]", vm.problemProperty().get(), "as the launcher says it");
        vm.masterProperty().set("http://master:7077");
        String cli;
        try {
            new ClusterSettings("http://master:7077", 1, Map.of());
            throw new AssertionError("the CLI accepts it");
        } catch (IllegalArgumentException e) {
            cli = e.getMessage();
        }
        assertEquals(cli, vm.problemProperty().get());
        assertEquals("'http://master:7077' is neither spark://HOST:PORT nor local[N]", vm.problemProperty().get());
        assertFalse(vm.canApplyProperty().get());
        vm.masterProperty().set(" spark://master.example:7077 ");
        assertEquals("", vm.problemProperty().get());
        assertTrue(vm.canApplyProperty().get());
        vm.masterProperty().set("local[4]");
        assertTrue(vm.canApplyProperty().get());
        vm.onClusterProperty().set(false);
        assertFalse(vm.canApplyProperty().get(), "the jobs train here already");
    }

    @Test
    void applyingMovesTheJobsRemembersTheClusterAndKeepsListeners() {
        SwitchingTraining port = port(null);
        List<RunEvent> heard = new ArrayList<>();
        port.addListener(heard::add);
        ClusterViewModel vm = vm(port, true);
        assertEquals("Jobs train on this machine.", vm.currentProperty().get());
        vm.onClusterProperty().set(true);
        vm.masterProperty().set("spark://master.example:7077");
        vm.apply();

        assertEquals(java.util.Arrays.asList(null, "spark://master.example:7077"), openedFor);
        assertTrue(ports.get(0).closed, "the old port is closed before the new one opens (one Spark context)");
        assertEquals("spark://master.example:7077", port.master());
        assertEquals("Jobs train on the Spark cluster at spark://master.example:7077.", vm.currentProperty().get());
        assertTrue(vm.noteProperty().get().contains("every stored run stays"), vm.noteProperty().get());
        assertEquals("spark://master.example:7077", preference.master());
        assertEquals(1, moves.get());
        assertFalse(vm.canApplyProperty().get());
        ports.get(1).emit(new RunEvent.Cancelled("r1"));
        assertEquals(1, heard.size(), "listeners hear the new port");

        // A new window: the remembered cluster is where it starts (unless --spark-master says otherwise)...
        assertEquals("spark://master.example:7077", new ClusterPreference(node).atStart(true));
        System.setProperty(ClusterSettings.PROPERTY, "local[2]");
        try {
            assertEquals("local[2]", new ClusterPreference(node).atStart(true));
        } finally {
            System.clearProperty(ClusterSettings.PROPERTY);
        }
        // ...and a build without Spark trains here whatever is remembered.
        assertNull(new ClusterPreference(node).atStart(false));

        vm.onClusterProperty().set(false);
        vm.apply();
        assertNull(port.master());
        assertNull(preference.master(), "this machine is remembered too");
        ClusterViewModel again = vm(port(null), true);
        assertFalse(again.onClusterProperty().get());
        assertEquals("", again.masterProperty().get());
    }

    @Test
    void theFieldOffersTheRememberedClusterAndIgnoresAnInvalidOne() {
        preference.master("spark://h:7077");
        ClusterViewModel vm = vm(port(null), true);
        assertFalse(vm.onClusterProperty().get());
        assertEquals("spark://h:7077", vm.masterProperty().get());
        node.put("sparkMaster", "yarn");
        assertNull(preference.master());
    }

    @Test
    void aBuildWithoutSparkOffersOnlyThisMachineAndSaysWhyInTheCommandLinesWords() {
        ClusterViewModel vm = vm(port(null), false);
        assertFalse(vm.available());
        assertEquals("This build of ScaleLab has no Spark support; build the Spark edition with 'mvn -B -Pspark package"
                + " -DskipTests' and run target-spark/scalelab.jar (see docs/cluster.md).", vm.unavailableReason());
        assertTrue(vm.unavailableReason().endsWith(Clusters.NO_SPARK.substring(1) + "."));
        vm.onClusterProperty().set(true);
        vm.masterProperty().set("spark://h:7077");
        assertFalse(vm.canApplyProperty().get());
        vm.apply();
        assertEquals(java.util.Collections.singletonList(null), openedFor, "nothing reopened");
        assertNull(preference.master());
        assertEquals("", vm(port(null), true).unavailableReason());
    }

    /** Jobs train on this machine, and the user asks to move them to local[2]. */
    private ClusterViewModel moveWhileBusy(SwitchingTraining port) {
        ClusterViewModel vm = vm(port, true);
        ports.get(0).busy = true;
        vm.onClusterProperty().set(true);
        vm.masterProperty().set("local[2]");
        vm.apply();
        return vm;
    }

    @Test
    void whileJobsTrainTheMoveWaitsAndHappensOnceTheyEnd() {
        ClusterViewModel vm = moveWhileBusy(port(null));
        assertEquals(1, openedFor.size(), "nothing reopened while jobs train");
        assertFalse(ports.get(0).closed);
        assertTrue(vm.movingProperty().get());
        assertTrue(vm.noteProperty().get().startsWith("Jobs are still queued or training: they move to Spark's local"
                + " mode local[2] on this machine as soon as the last one ends"), vm.noteProperty().get());
        assertFalse(vm.canApplyProperty().get());

        ports.get(0).emit(new RunEvent.Failed("r1", "diverged"));
        assertEquals(1, openedFor.size(), "one job ended, another still trains");
        ports.get(0).busy = false;
        ports.get(0).emit(new RunEvent.Cancelled("r2"));
        assertEquals(java.util.Arrays.asList(null, "local[2]"), openedFor, "reopened once, when the jobs were idle");
        assertEquals("local[2]", vm.appliedProperty().get());
        assertFalse(vm.movingProperty().get());
        assertEquals(1, moves.get());
        ports.get(1).emit(new RunEvent.Cancelled("r3"));
        assertEquals(2, openedFor.size(), "later events move nothing");
    }

    @Test
    void aWaitingMoveCanBeGivenUp() {
        SwitchingTraining port = port(null);
        ClusterViewModel vm = moveWhileBusy(port);
        vm.keepCurrent();
        assertFalse(vm.movingProperty().get());
        assertEquals("Jobs stay on this machine.", vm.noteProperty().get());
        ports.get(0).busy = false;
        ports.get(0).emit(new RunEvent.Cancelled("r1"));
        assertEquals(1, openedFor.size());
        assertNull(port.master());
    }

    @Test
    void aClusterThatCannotBeReachedLeavesTheJobsWhereTheyWere() {
        unreachable = "spark://gone:7077";
        SwitchingTraining port = port(null);
        ClusterViewModel vm = vm(port, true);
        vm.onClusterProperty().set(true);
        vm.masterProperty().set(unreachable);
        vm.apply();
        assertEquals(java.util.Arrays.asList(null, unreachable, null), openedFor, "this machine opened again");
        assertTrue(ports.get(1).closed);
        assertNull(port.master());
        assertEquals("CPU, fake backend", port.device());
        assertEquals("Cannot move the jobs to the Spark cluster at spark://gone:7077: cannot reach the Spark master at "
                + "spark://gone:7077 (connection refused); they still train on this machine.", vm.noteProperty().get());
        assertNull(preference.master(), "a cluster that failed is not remembered");
        assertEquals(1, moves.get(), "the status bar asks again");
        assertTrue(vm.canApplyProperty().get(), "the user may try again");
    }

    @Test
    void aRememberedClusterThatIsGoneAtStartIsSaidAndThisMachineCanBeChosen() {
        unreachable = "spark://gone:7077";
        SwitchingTraining port = port(unreachable);
        ClusterViewModel vm = vm(port, true);
        assertEquals("Jobs cannot train on the Spark cluster at spark://gone:7077: cannot reach the Spark master at "
                + "spark://gone:7077 (connection refused); choose this machine, or apply again once the cluster "
                + "answers.", vm.noteProperty().get());
        assertTrue(vm.onClusterProperty().get());
        assertTrue(vm.canApplyProperty().get(), "the same cluster may be tried again");
        vm.onClusterProperty().set(false);
        vm.apply();
        assertEquals(java.util.Arrays.asList(unreachable, null), openedFor);
        assertNull(port.master());
        assertEquals("CPU, fake backend", port.device());
        assertFalse(vm.canApplyProperty().get());
        assertEquals(1, moves.get());
    }
}
