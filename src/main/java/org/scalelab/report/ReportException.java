package org.scalelab.report;

/** A report that cannot be written, with the folder and the reason. */
public final class ReportException extends RuntimeException {
    public ReportException(String message, Throwable cause) {
        super(message, cause);
    }
}
