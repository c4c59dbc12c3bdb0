package dev.readiness.core.evidence;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Dynamic test evidence imported from PIT and JaCoCo reports: measures per production class, per module
 * and overall, the reports read (display paths) and the reports that could not be used.
 */
public final class TestEvidence {

    private final List<ClassEvidence> classes;
    private final List<String> reports;
    private final List<EvidenceProblem> problems;

    public TestEvidence(List<ClassEvidence> classes, List<String> reports, List<EvidenceProblem> problems) {
        this.classes = List.copyOf(classes);
        this.reports = List.copyOf(reports);
        this.problems = List.copyOf(problems);
    }

    /** Classes with any measure, sorted by name. */
    public List<ClassEvidence> classes() {
        return classes;
    }

    /** The evidence for the class named {@code qualifiedName}, empty when the reports do not mention it. */
    public Optional<ClassEvidence> forClass(String qualifiedName) {
        return classes.stream().filter(evidence -> evidence.className().equals(qualifiedName)).findFirst();
    }

    /** The reports read successfully. */
    public List<String> reports() {
        return reports;
    }

    public List<EvidenceProblem> problems() {
        return problems;
    }

    /** The measures of all classes added up. */
    public Measures overall() {
        return classes.stream().map(ClassEvidence::measures).reduce(Measures.NONE, Measures::plus);
    }

    /** Measures by module directory ("" for the root module), sorted. */
    public Map<String, Measures> byModule() {
        Map<String, Measures> modules = new TreeMap<>();
        classes.forEach(evidence -> modules.merge(evidence.module(), evidence.measures(), Measures::plus));
        return modules;
    }

    /** True when some report gave mutation results. */
    public boolean hasMutationData() {
        return overall().viableMutants() > 0;
    }
}
