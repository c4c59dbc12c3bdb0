package com.example;

import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

public class ReportJob implements Runnable {

    private static final Logger LOG = Logger.getLogger(ReportJob.class.getName());

    String loadOrDefault() {
        try {
            return load();
        } catch (Exception e) // expect: hygiene/broad-catch "catches Exception and"
        {
            LOG.log(Level.WARNING, "cannot load", e);
            return "";
        }
    }

    int countOrZero() {
        try {
            return load().length();
        } catch (IOException | RuntimeException e) // expect: hygiene/broad-catch "catches RuntimeException and"
        {
            return 0;
        }
    }

    void everything() {
        try {
            load();
        } catch (java.lang.Throwable t) // expect: hygiene/broad-catch "catches java.lang.Throwable and"
        {
            LOG.severe("failed: " + t);
        }
    }

    // near misses below

    String wrapped() {
        try {
            return load();
        } catch (Exception e) {
            throw new IllegalStateException("cannot load the report", e);
        }
    }

    String rethrownUnlessIo() {
        try {
            return load();
        } catch (Exception e) {
            if (e instanceof IOException) {
                return "";
            }
            throw e;
        }
    }

    String specific() {
        try {
            return load();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot load", e);
            return "";
        }
    }

    void swallowedIsReportedByTheOtherRule() {
        try {
            load();
        } catch (Exception e) {
        }
    }

    void handedOn(java.util.concurrent.CompletableFuture<String> result) {
        try {
            result.complete(load());
        } catch (Exception e) {
            result.completeExceptionally(e);
        }
    }

    void explained() {
        try {
            load();
        } catch (Exception e) {
            // report plugins fail in arbitrary ways; one broken plugin must not stop the report
            LOG.warning("plugin failed: " + e);
        }
    }

    void deliberatelyIgnored() {
        try {
            load();
        } catch (Exception ignored) {
            LOG.fine("best effort");
        }
    }

    @Override
    public void run() {
        try {
            load();
        } catch (Exception e) {
            LOG.log(Level.SEVERE, "report job failed; the scheduler runs it again", e);
        }
    }

    public static void main(String[] args) {
        try {
            new ReportJob().load();
        } catch (Exception e) {
            LOG.log(Level.SEVERE, "failed", e);
            System.exit(1);
        }
    }

    private String load() throws IOException {
        return "report";
    }
}
