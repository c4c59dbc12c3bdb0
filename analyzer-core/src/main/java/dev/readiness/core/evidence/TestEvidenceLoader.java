package dev.readiness.core.evidence;

import dev.readiness.core.evidence.ClassCoverage.Counter;
import dev.readiness.core.repo.FileKind;
import dev.readiness.core.repo.RepoFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reads reports into {@link TestEvidence}. Classes are keyed by their top-level name (package + source
 * file name), so nested and anonymous classes count toward the class in whose file they are written. When
 * several reports describe the same class (a module report and an aggregate one, which also counts tests of
 * other modules), the one with more covered lines wins for lines and the one with more viable mutants for
 * mutants. A report that cannot be read becomes an
 * {@link EvidenceProblem}, never an exception.
 */
public final class TestEvidenceLoader {

    private static final Comparator<Counter> MORE_LINES = Comparator.comparingLong(Counter::covered)
            .thenComparingLong(Counter::total);

    private final Path root;
    private final List<RepoFile> productionFiles;
    private final Map<String, Slot> slots = new TreeMap<>();
    private final List<String> read = new ArrayList<>();
    private final List<EvidenceProblem> problems = new ArrayList<>();

    /** What is known of one class so far. */
    private static final class Slot {
        private String module;
        private Measures lines = Measures.NONE;
        private Measures mutants = Measures.NONE;
        private final TreeSet<Integer> survived = new TreeSet<>();
    }

    private TestEvidenceLoader(Path root, List<RepoFile> files) {
        this.root = root;
        this.productionFiles = files.stream().filter(file -> file.kind() == FileKind.PRODUCTION).toList();
    }

    /** Reads {@code reports}; {@code files} are the scan's files, to find each class's source file. */
    public static TestEvidence load(Path root, List<EvidenceReport> reports, List<RepoFile> files) {
        TestEvidenceLoader loader = new TestEvidenceLoader(root, files);
        reports.forEach(loader::read);
        return loader.evidence();
    }

    private void read(EvidenceReport report) {
        try {
            if (report.kind() == ReportKind.PIT) {
                addMutations(PitReportParser.parse(report.file()), report.moduleDirectory());
            } else {
                addCoverage(JacocoReportParser.parse(report.file()), report.moduleDirectory());
            }
            read.add(display(report.file()));
        } catch (EvidenceReportException e) {
            problems.add(new EvidenceProblem(display(report.file()), e.getMessage()));
        }
    }

    private void addCoverage(List<ClassCoverage> coverage, String module) {
        Map<String, Counter> byClass = new HashMap<>();
        for (ClassCoverage entry : coverage) {
            byClass.merge(topLevel(entry.packageName(), entry.sourceFile(), entry.className()), entry.lines(),
                    Counter::plus);
        }
        byClass.forEach((name, lines) -> {
            Slot slot = slot(name, module);
            if (MORE_LINES.compare(lines, slot.lines.lines()) > 0) {
                slot.lines = Measures.ofLines(lines);
            }
        });
    }

    private void addMutations(List<Mutation> mutations, String module) {
        Map<String, List<Mutation>> byClass = new HashMap<>();
        for (Mutation mutation : mutations) {
            byClass.computeIfAbsent(topLevel(mutation.packageName(), mutation.sourceFile(), mutation.mutatedClass()),
                    key -> new ArrayList<>()).add(mutation);
        }
        byClass.forEach((name, list) -> {
            Measures tally = tally(list);
            Slot slot = slot(name, module);
            if (tally.viableMutants() > slot.mutants.viableMutants()) {
                slot.mutants = tally;
                slot.survived.clear();
                list.stream().filter(m -> m.covered() && !m.detected()).forEach(m -> slot.survived.add(m.lineNumber()));
            }
        });
    }

    private static Measures tally(List<Mutation> mutations) {
        int viable = (int) mutations.stream().filter(Mutation::viable).count();
        int covered = (int) mutations.stream().filter(Mutation::covered).count();
        int detected = (int) mutations.stream().filter(m -> m.viable() && m.detected()).count();
        return Measures.ofMutants(viable, covered, detected);
    }

    private Slot slot(String name, String module) {
        Slot slot = slots.computeIfAbsent(name, key -> new Slot());
        if (slot.module == null) {
            slot.module = module;
        }
        return slot;
    }

    private TestEvidence evidence() {
        List<ClassEvidence> classes = new ArrayList<>();
        slots.forEach((name, slot) -> {
            RepoFile file = sourceFile(name, slot.module);
            classes.add(new ClassEvidence(name, file == null ? "" : file.path(),
                    file == null ? slot.module : file.moduleDirectory(), slot.lines.withMutantsOf(slot.mutants),
                    List.copyOf(slot.survived)));
        });
        return new TestEvidence(classes, read, problems);
    }

    /** The production file whose path ends in the class's package path and file name; same module first. */
    private RepoFile sourceFile(String className, String module) {
        String suffix = className.replace('.', '/') + ".java";
        return productionFiles.stream()
                .filter(file -> file.path().equals(suffix) || file.path().endsWith("/" + suffix))
                .min(Comparator.comparing((RepoFile file) -> !file.moduleDirectory().equals(module))
                        .thenComparing(RepoFile::path))
                .orElse(null);
    }

    /** "com.example.Order" for Order.java in com.example; the outer class name when the file is unknown. */
    static String topLevel(String packageName, String sourceFile, String className) {
        String simple;
        if (sourceFile != null && !sourceFile.isBlank()) {
            int dot = sourceFile.lastIndexOf('.');
            simple = dot < 0 ? sourceFile : sourceFile.substring(0, dot);
        } else {
            String local = className.substring(className.lastIndexOf('.') + 1);
            int dollar = local.indexOf('$');
            simple = dollar < 0 ? local : local.substring(0, dollar);
        }
        return packageName.isEmpty() ? simple : packageName + "." + simple;
    }

    private String display(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(root) ? root.relativize(absolute).toString().replace('\\', '/') : absolute.toString();
    }
}
