package org.scalelab.cli;

import java.io.PrintWriter;
import org.scalelab.training.data.DatasetException;
import org.scalelab.training.store.StoreException;
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
            // One line, the hint included: scripts and people read the first line of a refusal.
            err.println("scalelab: " + oneLine(ex.getMessage()) + " (see 'scalelab " + commandPath(ex.getCommandLine())
                    + "--help')");
            err.flush();
            return USER_ERROR;
        });
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            String problem = problem(ex);
            if (problem != null) {
                err.println("scalelab: " + oneLine(problem));
                err.flush();
                return USER_ERROR;
            }
            throw ex;
        });
        // `scalelab cost -V` answers like `scalelab -V` (picocli gives subcommands no version of their own).
        giveVersion(cl, new Version());
        return cl.execute(args);
    }

    /**
     * The one line for a problem with what the user gave (an argument, a file, a dataset, a database), or null for a
     * bug, which keeps its stack trace. A dataset or database can turn out unusable late (a damaged page is found
     * when it is read), so those are recognised wherever they are thrown.
     */
    static String problem(Exception ex) {
        if (ex instanceof UserError) {
            return ex.getMessage();
        }
        if (ex instanceof StoreException || ex instanceof DatasetException) {
            return ex.getMessage();
        }
        return null;
    }

    /**
     * Line breaks inside a message (SQLite's, picocli's) become "; ", and other control characters a message quotes
     * from a hostile file (NUL, escape sequences that would drive the terminal) are shown as {@code \\u001b}.
     */
    static String oneLine(String message) {
        String line = String.valueOf(message).strip().replaceAll("\\s*\\R\\s*", "; ");
        StringBuilder b = new StringBuilder(line.length());
        line.chars().forEach(c -> {
            if (Character.isISOControl(c)) {
                b.append(String.format("\\u%04x", c));
            } else {
                b.append((char) c);
            }
        });
        return b.toString();
    }

    private static void giveVersion(CommandLine cl, Version version) {
        for (CommandLine sub : cl.getSubcommands().values()) {
            sub.getCommandSpec().versionProvider(version);
            giveVersion(sub, version);
        }
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
