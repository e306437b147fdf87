package org.scalelab.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root command; with no subcommand the launcher opens the desktop app instead. */
@Command(name = "scalelab", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"ScaleLab: explore EfficientNet-style compound scaling, its cost and its accuracy.",
                "Run without arguments to open the workbench."},
        subcommands = {PresetsCommand.class, CostCommand.class, ScaleCommand.class, TrainCommand.class, SweepCommand.class,
                SearchCommand.class, BudgetCommand.class, StudyCommand.class, RunsCommand.class, CheckCommand.class,
                BenchCommand.class, DeviceCommand.class,
                CommandLine.HelpCommand.class})
public final class ScaleLabCommand {
}
