package com.example;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.logging.Level;
import java.util.logging.Logger;

public class ConfigLoader {

    private static final Logger LOG = Logger.getLogger(ConfigLoader.class.getName());

    void empty() {
        try {
            read();
        } catch (IOException e) // expect: hygiene/swallowed-exception "Catch block for IOException is empty"
        {
        }
    }

    void commentOnly() {
        try {
            read();
        } catch (IOException e) // expect: hygiene/swallowed-exception "Catch block for IOException holds only a to-do comment instead of a reason"
        {
            // TODO handle this
        }
    }

    void printStackTraceOnly() {
        try {
            read();
        } catch (IOException | RuntimeException e) { // expect: hygiene/swallowed-exception "Catch block for IOException | RuntimeException only calls e.printStackTrace()"
            e.printStackTrace();
        }
    }

    void explainedIgnore() {
        try {
            read();
        } catch (IOException e) {
            // ignore: the cache is optional and rebuilt on next start
        }
    }

    void todoOnly() {
        try {
            read();
        } catch (IOException e) // expect: hygiene/swallowed-exception "Catch block for IOException holds only a to-do comment instead of a reason"
        {
            // TODO Auto-generated catch block
        }
        try {
            read();
        } catch (IOException e) // expect: hygiene/swallowed-exception "Catch block for IOException holds only a to-do comment instead of a reason"
        {
            /* FIXME */
        }
        try {
            read();
        } catch (IOException e) // expect: hygiene/swallowed-exception "Catch block for IOException holds only a to-do comment instead of a reason"
        {
            //
        }
    }

    void explainedWithAReason() {
        try {
            read();
        } catch (IOException e) {
            // jackson-module-parameter-names not available
        }
    }

    void explainedExpected() {
        try {
            Thread.sleep(10);
        } catch (InterruptedException e) {
            /* Expected when the scheduler shuts down. */
        }
    }

    void deliberateNames() {
        try {
            read();
        } catch (IOException ignored) {
        }
        try {
            read();
        } catch (IOException expected) {
        }
        try {
            read();
        } catch (IOException _) {
        }
    }

    void handled() {
        try {
            read();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read config", e);
        }
        try {
            read();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "config unreadable, using defaults", e);
        }
        try {
            read();
        } catch (IOException e) {
            e.printStackTrace();
            throw new IllegalStateException(e);
        }
    }

    void nested() {
        Runnable r = () -> {
            try {
                read();
            } catch (IOException e) { } // expect: hygiene/swallowed-exception "Catch block for IOException is empty"
        };
        r.run();
    }

    private void read() throws IOException {
    }
}
