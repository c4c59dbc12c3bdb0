package dev.readiness.core.config;

/**
 * A readiness.yml that cannot be used. The message is {@code <file>:<line>:<column>: <problem>} (lines and
 * columns from 1), meant for the user as it is; a file that cannot be read at all has no position.
 */
public class ConfigException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String problem;
    private final int line;
    private final int column;

    public ConfigException(String file, Position position, String problem) {
        super(file + ":" + position.line() + ":" + position.column() + ": " + problem);
        this.problem = problem;
        this.line = position.line();
        this.column = position.column();
    }

    /** A problem with the file as a whole (missing, unreadable). */
    public ConfigException(String file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
        this.problem = problem;
        this.line = 0;
        this.column = 0;
    }

    /** The problem without the file and position. */
    public String problem() {
        return problem;
    }

    /** 1-based; 0 when the problem has no position. */
    public int line() {
        return line;
    }

    /** 1-based; 0 when the problem has no position. */
    public int column() {
        return column;
    }
}
