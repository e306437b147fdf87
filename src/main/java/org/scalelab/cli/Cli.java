package org.scalelab.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * Runs the command line. User mistakes (a bad option, an unknown preset, an invalid spec file) print one
 * line naming the problem and exit with 2; only bugs print a stack trace.
 */
public final class Cli {
    public static final int USER_ERROR = 2;

    private Cli() {
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new ScaleLabCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println("scalelab: " + ex.getMessage());
            err.println("Try 'scalelab " + commandPath(ex.getCommandLine()) + "--help' for usage.");
            err.flush();
            return USER_ERROR;
        });
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            if (ex instanceof UserError) {
                err.println("scalelab: " + ex.getMessage());
                err.flush();
                return USER_ERROR;
            }
            throw ex;
        });
        return cl.execute(args);
    }

    /**
     * Whether these arguments run a command that trains ({@link TrainingCommand}): parsed as {@link #run} would parse
     * them, but nothing runs. Arguments that do not parse train nothing; {@link #run} then reports them.
     */
    public static boolean trains(String[] args) {
        CommandLine.ParseResult parsed;
        try {
            parsed = new CommandLine(new ScaleLabCommand()).parseArgs(args);
        } catch (CommandLine.ParameterException e) {
            return false;
        }
        while (parsed.hasSubcommand()) {
            parsed = parsed.subcommand();
        }
        return parsed.commandSpec().userObject() instanceof TrainingCommand command && command.trains();
    }

    private static String commandPath(CommandLine cl) {
        String path = "";
        for (CommandLine c = cl; c.getParent() != null; c = c.getParent()) {
            path = c.getCommandName() + " " + path;
        }
        return path;
    }
}
