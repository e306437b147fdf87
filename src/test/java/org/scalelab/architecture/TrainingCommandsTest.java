package org.scalelab.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.scalelab.cli.ScaleLabCommand;
import org.scalelab.cli.TrainingCommand;
import org.scalelab.training.bench.TrainingBench;
import org.scalelab.training.engine.Trainer;
import picocli.CommandLine;

/**
 * The launcher relaunches exactly the {@link TrainingCommand}s with passive OpenMP waiting, so every command whose
 * code reaches a training loop must be one: a new command that forgets fails here instead of training with spinning
 * OpenMP threads.
 */
class TrainingCommandsTest {

    @Test
    void everyCommandThatReachesATrainingLoopIsATrainingCommand() {
        JavaClasses classes = MainClasses.get();
        Set<String> loops = Set.of(Trainer.class.getName(), TrainingBench.class.getName());
        Set<String> reaching = new TreeSet<>();
        Set<String> declared = new TreeSet<>();
        for (CommandLine c : new CommandLine(new ScaleLabCommand()).getSubcommands().values()) {
            Object command = c.getCommandSpec().userObject();
            if (classes.contain(command.getClass()) && reaches(classes.get(command.getClass()), loops)) {
                reaching.add(c.getCommandName());
            }
            if (command instanceof TrainingCommand) {
                declared.add(c.getCommandName());
            }
        }
        assertEquals(reaching, declared, "commands that reach a training loop vs. those declared TrainingCommand");
        assertEquals(true, reaching.containsAll(Set.of("train", "sweep", "search", "budget", "bench", "study")), reaching.toString());
    }

    /** Whether {@code from} depends on one of {@code targets}, following ScaleLab's own classes only. */
    private static boolean reaches(JavaClass from, Set<String> targets) {
        Set<JavaClass> seen = new HashSet<>(Set.of(from));
        Deque<JavaClass> todo = new ArrayDeque<>(seen);
        while (!todo.isEmpty()) {
            for (Dependency d : todo.pop().getDirectDependenciesFromSelf()) {
                JavaClass target = d.getTargetClass();
                if (targets.contains(target.getName())) {
                    return true;
                }
                if (target.getPackageName().startsWith("org.scalelab") && seen.add(target)) {
                    todo.push(target);
                }
            }
        }
        return false;
    }
}
