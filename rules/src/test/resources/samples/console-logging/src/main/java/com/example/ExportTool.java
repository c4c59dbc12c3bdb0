package com.example;

import java.util.List;
import picocli.CommandLine.Command;

/** A command-line program: its entry point and static helpers print on purpose. */
public final class ExportTool {

    public static void main(String[] args) {
        if (args.length == 0) {
            printUsage();
            return;
        }
        printSummary(List.of(args));
    }

    private static void printUsage() {
        System.out.println("usage: export FILE...");
    }

    static void printSummary(List<String> files) {
        System.out.printf("exported %d files%n", files.size());
    }

    void export(String file) {
        System.out.println("exporting " + file); // expect: hygiene/console-logging "calls System.out.println()"
    }
}

/** Java 25 launches a static main without parameters. */
class QuickBenchmark {

    static void main() {
        System.out.println("elapsed 3 ms");
    }
}

@Command(name = "rewrite")
class RewriteCommand implements Runnable {

    @Override
    public void run() {
        System.out.println("rewrote 12 events");
    }
}

/** Writes log messages to the console: that is its job. */
class ConsoleMessageLogger {

    void log(String message) {
        System.err.println(message);
    }
}

class ReportFormatter {

    static String format(List<String> rows) {
        System.out.println("formatting " + rows.size() + " rows"); // expect: hygiene/console-logging "calls System.out.println()"
        return String.join("\n", rows);
    }
}
