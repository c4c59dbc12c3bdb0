package dev.readiness.cli;

import java.io.PrintStream;

/** Where commands write: results to {@code out}, messages and progress to {@code err}. */
record Streams(PrintStream out, PrintStream err, boolean errIsTerminal) {
}
