package com.example;

import java.util.logging.Logger;

public class Cleanup {

    private static final Logger LOG = Logger.getLogger(Cleanup.class.getName());

    void swallowed(AutoCloseable resource) {
        try {
            resource.close();
        } catch (Exception e) // expect: hygiene/swallowed-exception
        {
        }
    }

    void logged(java.io.Closeable resource) {
        try {
            resource.close();
        } catch (Exception e) // expect: hygiene/broad-catch
        {
            LOG.warning("cannot close " + resource + ": " + e);
        }
    }
}
