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

    private static String commandPath(CommandLine cl) {
        String path = "";
        for (CommandLine c = cl; c.getParent() != null; c = c.getParent()) {
            path = c.getCommandName() + " " + path;
        }
        return path;
    }
}
