package dev.readiness.core.metrics;

import java.util.List;

/** Test-suite measures of the whole scan and of each build module (in module-directory order). */
public record TestMetrics(ModuleTestMetrics overall, List<ModuleTestMetrics> modules) {

    public static final TestMetrics EMPTY = new TestMetrics(
            new ModuleTestMetrics("", 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), List.of());

    public TestMetrics {
        modules = List.copyOf(modules);
    }
}
