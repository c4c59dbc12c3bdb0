package com.example;

import java.io.Closeable;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.logging.Logger;

/** Catch blocks whose exception escapes later, or that the callees force; and the broad catches among them. */
public class BatchRunner {

    private static final Logger LOG = Logger.getLogger(BatchRunner.class.getName());

    private final List<Failure> failures = new ArrayList<>();
    private Throwable lastProblem;

    /** A failed step: kept with its cause and shown to the user at the end. */
    record Failure(String step, Throwable cause) {
    }

    /** What a step produced, or why it could not. */
    record Outcome(String value, Exception problem) {

        static Outcome failed(Exception problem) {
            return new Outcome(null, problem);
        }
    }

    interface Step<E extends Throwable> {
        void perform() throws E;
    }

    // reported: the failure is reduced to its message and every kind of failure is treated alike

    void recordMessages(List<Runnable> steps, Map<Runnable, String> errors) {
        for (Runnable step : steps) {
            try {
                step.run();
            } catch (RuntimeException e) // expect: hygiene/broad-catch "catches RuntimeException and"
            {
                errors.put(step, e.getMessage());
            }
        }
    }

    // reported: Closeable.close() throws IOException only, so catching Exception is broader than needed

    void closeQuietly(Closeable resource) {
        try {
            resource.close();
        } catch (Exception e) // expect: hygiene/broad-catch "catches Exception and"
        {
            LOG.warning("cannot close: " + e);
        }
    }

    // near misses: the exception escapes as a value

    void runAllThenFail(List<Step<? extends Throwable>> steps) throws Throwable {
        Throwable first = null;
        for (Step<? extends Throwable> step : steps) {
            try {
                step.perform();
            } catch (Throwable t) {
                if (first == null) {
                    first = t;
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    void keepForLater(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            lastProblem = e;
        }
    }

    void collect(String name, Runnable step) {
        try {
            step.run();
        } catch (RuntimeException e) {
            failures.add(new Failure(name, e));
        }
    }

    Outcome attempt(Runnable step) {
        try {
            step.run();
            return new Outcome("done", null);
        } catch (RuntimeException e) {
            return Outcome.failed(e);
        }
    }

    Throwable thrownBy(Runnable code) {
        try {
            code.run();
        } catch (Throwable caught) {
            return caught;
        }
        return null;
    }

    // near misses: the callee is declared to throw Exception or Throwable, so nothing narrower compiles

    String callTask(Callable<String> task) {
        try {
            return task.call();
        } catch (Exception e) {
            LOG.warning("task failed: " + e);
            return "";
        }
    }

    void closeAll(AutoCloseable first) {
        try (AutoCloseable resource = first) {
            LOG.fine("closing " + resource);
        } catch (Exception e) {
            LOG.warning("cannot close: " + e);
        }
    }

    Object invokeReflectively(Object target, String methodName) {
        try {
            Method method = target.getClass().getMethod(methodName);
            return method.invoke(target);
        } catch (Exception e) {
            LOG.warning("cannot call " + methodName + ": " + e);
            return null;
        }
    }

    void performStep(Step<? extends Exception> step) {
        try {
            step.perform();
        } catch (Exception e) {
            LOG.warning("step failed: " + e);
        }
    }

    // reported: a set of exceptions throws none, and reflection never forces catching Throwable

    int countProblems(java.util.Set<Throwable> seen, Throwable problem) {
        try {
            seen.add(problem);
            return seen.size();
        } catch (Exception e) // expect: hygiene/broad-catch "catches Exception and"
        {
            LOG.warning("cannot count: " + e);
            return 0;
        }
    }

    boolean reflectivelyTrue(Method check, Object target) {
        try {
            return (Boolean) check.invoke(target);
        } catch (Throwable t) // expect: hygiene/broad-catch "catches Throwable and"
        {
            LOG.warning("check failed: " + t);
            return false;
        }
    }

    void runPlugin() {
        try {
            loadPlugin();
        } catch (Exception e) {
            LOG.warning("plugin not loaded: " + e);
        }
    }

    // near misses: documented decisions

    String versionOrUnknown() {
        try {
            return readVersion();
        } catch (RuntimeException e) {
            return "unknown"; // the manifest is optional in exploded builds
        }
    }

    String nameOrDefault(Runnable probe) {
        try {
            probe.run();
            return "probed";
        } catch (RuntimeException probeUnsupportedOnThisPlatform) {
            return "default";
        }
    }

    private void loadPlugin() throws Exception {
    }

    private String readVersion() {
        return "1.0";
    }
}
