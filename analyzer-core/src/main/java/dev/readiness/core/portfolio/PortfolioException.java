package dev.readiness.core.portfolio;

/** The reports given to the portfolio cannot be read as they are; the message, one line, is meant for the user. */
public class PortfolioException extends Exception {

    private static final long serialVersionUID = 1L;

    public PortfolioException(String message) {
        super(message);
    }

    public PortfolioException(String message, Throwable cause) {
        super(message, cause);
    }
}
