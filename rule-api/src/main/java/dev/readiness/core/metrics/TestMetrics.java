package dev.readiness.core.metrics;

import java.util.List;

/**
 * Test-suite measures of the whole scan and of each build module (in module-directory order), and what
 * mutation and coverage reports say when the repository has them.
 */
public record TestMetrics(ModuleTestMetrics overall, List<ModuleTestMetrics> modules, EvidenceMetrics evidence) {

    public static final TestMetrics EMPTY = new TestMetrics(
            new ModuleTestMetrics("", 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), List.of());

    public TestMetrics {
        modules = List.copyOf(modules);
        evidence = evidence == null ? EvidenceMetrics.NONE : evidence;
    }

    /** Without dynamic evidence. */
    public TestMetrics(ModuleTestMetrics overall, List<ModuleTestMetrics> modules) {
        this(overall, modules, EvidenceMetrics.NONE);
    }

    public TestMetrics withEvidence(EvidenceMetrics measured) {
        return new TestMetrics(overall, modules, measured);
    }
}
