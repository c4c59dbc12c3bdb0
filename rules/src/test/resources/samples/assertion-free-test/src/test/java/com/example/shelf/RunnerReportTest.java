package com.example.shelf;

import static org.junit.Assert.assertEquals;

import org.junit.Test;
import org.junit.runner.JUnitCore;
import org.junit.runner.Result;

/** Runs small test classes as inputs and checks what the runner reports about them. */
public class RunnerReportTest {

    @Test
    public void countsTheFailureOfTheFixture() {
        Result result = JUnitCore.runClasses(ShelvesEverything.class, PassesQuietly.class);
        assertEquals(1, result.getFailureCount());
    }

    /** Not a test of the suite: the runner above executes it and expects its failure. */
    public static class ShelvesEverything extends QuietBase {

        @Test
        public void failsOnPurpose() {
            new Shelf().put(null);
        }
    }

    public static class PassesQuietly extends QuietBase {
    }

    /** Shared by the fixtures above, run only through them. */
    public abstract static class QuietBase {

        @Test
        public void doesNothing() {
        }
    }

    /** A nested class no runner is handed: its test is a test of the suite. */
    public static class StillATest {

        @Test
        public void checksNothing() { // expect: testing/assertion-free-test
            new Shelf().titles();
        }
    }
}
