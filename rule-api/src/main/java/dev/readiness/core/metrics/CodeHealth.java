package dev.readiness.core.metrics;

import dev.readiness.core.source.FileFacts;
import dev.readiness.core.source.MethodInfo;
import dev.readiness.core.source.MethodMetrics;
import dev.readiness.core.source.SourceFacts;
import dev.readiness.core.source.TypeInfo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * CodeScene-style code health of a production file, 1.0 to 10.0: start at 10 and subtract a penalty for
 * each biomarker present, each kind of biomarker capped so that one kind alone cannot sink a file; floor 1,
 * rounded half up to one decimal. Penalties are kept in hundredths of a point so the result is exact.
 * docs/scoring.md lists every weight and why.
 */
public final class CodeHealth {

    /** Sonar's cognitive-complexity threshold, as the complex-method rule. */
    public static final int COMPLEX_METHOD_THRESHOLD = 15;
    /** CodeScene's function length, as the long-method rule. */
    public static final int LONG_METHOD_LINES = 70;
    /** CodeScene's nesting depth, as the deep-nesting rule. */
    public static final int NESTING_THRESHOLD = 4;
    /** CodeScene warns from 5 method arguments and 6 constructor arguments, as too-many-parameters. */
    public static final int METHOD_PARAMETERS = 4;
    public static final int CONSTRUCTOR_PARAMETERS = 5;
    /** CodeScene's bumpy road: 2 or more separate chunks of nested logic in one method. */
    public static final int BUMPY_ROAD_BUMPS = 2;
    /** CodeScene's file-size tiers, largest first, as the large-file rule. */
    /** CodeScene's first file-size tier: a file above it is large. */
    public static final int LARGE_FILE_LINES = 1_000;
    public static final List<Integer> LARGE_FILE_TIERS = List.of(10_000, 5_000, LARGE_FILE_LINES);

    static final int HEALTHY = 1000;
    static final int FLOOR = 100;

    /** Biomarker kinds in report order, each with the most it may cost a file (hundredths of a point). */
    enum Kind {
        COMPLEX_METHOD("complex-method", 300), BRAIN_METHOD("brain-method", 200), LONG_METHOD("long-method", 200),
        DEEP_NESTING("deep-nesting", 200), BUMPY_ROAD("bumpy-road", 100),
        TOO_MANY_PARAMETERS("too-many-parameters", 100), LARGE_FILE("large-file", 300),
        LOW_COHESION("low-cohesion", 200), BRAIN_CLASS("brain-class", 400), GOD_CLASS("god-class", 500);

        final String id;
        final int cap;

        Kind(String id, int cap) {
            this.id = id;
            this.cap = cap;
        }

        static Optional<Kind> of(String id) {
            return Arrays.stream(values()).filter(kind -> kind.id.equals(id)).findFirst();
        }
    }

    /** Whether {@code id} names a biomarker code health charges for (a modularity rule of that name reports it). */
    public static boolean isBiomarker(String id) {
        return Kind.of(id).isPresent();
    }

    /** Penalties in hundredths of a point. */
    static final int COMPLEX_METHOD_BASE = 50;
    static final int COMPLEX_METHOD_PER_POINT = 5;
    static final int COMPLEX_METHOD_MAX = 200;
    static final int BRAIN_METHOD = 100;
    static final int LONG_METHOD = 50;
    static final int VERY_LONG_METHOD = 100;
    static final int DEEP_NESTING = 50;
    static final int BUMPY_ROAD = 25;
    static final int TOO_MANY_PARAMETERS = 25;
    static final List<Integer> LARGE_FILE = List.of(300, 200, 100);
    static final int LOW_COHESION = 100;
    static final int LOW_COHESION_PER_EXTRA_GROUP = 25;
    static final int LOW_COHESION_MAX = 150;
    static final int BRAIN_CLASS = 200;
    static final int GOD_CLASS = 250;

    private final Map<Kind, List<String>> occurrences = new EnumMap<>(Kind.class);
    private final Map<Kind, List<Biomarker.Span>> spans = new EnumMap<>(Kind.class);
    private final Map<Kind, Integer> penalties = new EnumMap<>(Kind.class);

    private CodeHealth() {
    }

    /** Health of every production file among {@code sources} and the repository-level summary. */
    public static CodeHealthSummary summarize(SourceFacts sources, Predicate<String> isProductionPath) {
        return CodeHealthSummary.of(sources.all().stream()
                .filter(facts -> !facts.isTestCode() && isProductionPath.test(facts.path()))
                .map(CodeHealth::of)
                .toList());
    }

    public static FileHealth of(FileFacts facts) {
        CodeHealth health = new CodeHealth();
        health.measureFile(facts);
        return health.result(facts);
    }

    private void measureFile(FileFacts facts) {
        for (int i = 0; i < LARGE_FILE_TIERS.size(); i++) {
            if (facts.linesOfCode() > LARGE_FILE_TIERS.get(i)) {
                add(Kind.LARGE_FILE, LARGE_FILE.get(i), 1, Integer.MAX_VALUE, String.format(Locale.ROOT,
                        "%,d lines of code, over the %,d-line tier", facts.linesOfCode(), LARGE_FILE_TIERS.get(i)));
                break;
            }
        }
        for (TypeInfo type : facts.types()) {
            Stream.concat(type.methods().stream(), type.nestedCode().stream())
                    .sorted(Comparator.comparingInt(MethodInfo::startLine))
                    .forEach(method -> measureMethod(type, method));
            measureClass(type);
        }
    }

    private void measureMethod(TypeInfo type, MethodInfo method) {
        MethodMetrics metrics = method.metrics();
        if (metrics.isGenerated()) {
            return; // its generator's to fix, as the method rules leave it
        }
        String where = type.simpleName() + "." + method.signature() + " at line " + method.startLine() + ": ";
        int first = method.startLine();
        int last = method.endLine();
        if (metrics.cognitiveComplexity() > COMPLEX_METHOD_THRESHOLD) {
            int above = metrics.cognitiveComplexity() - COMPLEX_METHOD_THRESHOLD;
            add(Kind.COMPLEX_METHOD, Math.min(COMPLEX_METHOD_MAX, COMPLEX_METHOD_BASE + COMPLEX_METHOD_PER_POINT * above),
                    first, last, where + "cognitive complexity " + metrics.cognitiveComplexity());
        }
        if (ClassDesign.isBrainMethod(method)) {
            add(Kind.BRAIN_METHOD, BRAIN_METHOD, first, last, where + metrics.linesOfCode() + " lines, cyclomatic complexity "
                    + metrics.cyclomaticComplexity() + ", nesting " + metrics.maxNesting());
        }
        if (metrics.linesOfCode() > LONG_METHOD_LINES && !metrics.isTable()) {
            add(Kind.LONG_METHOD, metrics.linesOfCode() > 2 * LONG_METHOD_LINES ? VERY_LONG_METHOD : LONG_METHOD,
                    first, last, where + metrics.linesOfCode() + " lines of code");
        }
        if (metrics.maxNesting() > NESTING_THRESHOLD) {
            add(Kind.DEEP_NESTING, DEEP_NESTING, first, last, where + "nesting depth " + metrics.maxNesting());
        }
        if (metrics.bumps() >= BUMPY_ROAD_BUMPS) {
            add(Kind.BUMPY_ROAD, BUMPY_ROAD, first, last, where + metrics.bumps() + " bumps");
        }
        if (hasTooManyParameters(type, method)) {
            add(Kind.TOO_MANY_PARAMETERS, TOO_MANY_PARAMETERS, first, last, where + method.parameterCount() + " parameters");
        }
    }

    /** As the too-many-parameters rule: overrides and record constructors are not the method's choice. */
    private static boolean hasTooManyParameters(TypeInfo type, MethodInfo method) {
        if (method.constructor()) {
            return type.kind() != TypeInfo.Kind.RECORD && method.parameterCount() > CONSTRUCTOR_PARAMETERS;
        }
        return !method.metrics().isOverride() && method.parameterCount() > METHOD_PARAMETERS;
    }

    private void measureClass(TypeInfo type) {
        String where = type.simpleName() + " at line " + type.design().nameLine() + ": ";
        int first = type.startLine();
        int last = type.endLine();
        List<ClassCohesion.Group> groups = ClassCohesion.groups(type);
        if (ClassCohesion.isLowCohesion(groups)) {
            add(Kind.LOW_COHESION, Math.min(LOW_COHESION_MAX,
                    LOW_COHESION + LOW_COHESION_PER_EXTRA_GROUP * (groups.size() - 2)),
                    first, last, where + groups.size() + " unrelated groups of methods");
        }
        ClassDesign.Assessment design = ClassDesign.assess(type);
        if (design.verdict() == ClassDesign.Verdict.GOD_CLASS) {
            add(Kind.GOD_CLASS, GOD_CLASS, first, last, where + "WMC " + design.weightedMethodCount() + ", TCC "
                    + String.format(Locale.ROOT, "%.2f", design.tightClassCohesion()) + ", ATFD " + design.foreignData());
        } else if (design.verdict() == ClassDesign.Verdict.BRAIN_CLASS) {
            add(Kind.BRAIN_CLASS, BRAIN_CLASS, first, last, where + design.linesOfCode() + " lines, WMC "
                    + design.weightedMethodCount() + ", " + design.brainMethods().size() + " brain methods");
        }
    }

    private void add(Kind kind, int penalty, int firstLine, int lastLine, String occurrence) {
        occurrences.computeIfAbsent(kind, key -> new ArrayList<>()).add(occurrence);
        spans.computeIfAbsent(kind, key -> new ArrayList<>()).add(new Biomarker.Span(firstLine, lastLine, penalty));
        penalties.merge(kind, penalty, Integer::sum);
    }

    /**
     * The health {@code file} would have without the occurrence of biomarker {@code biomarkerId} that covers
     * {@code line} (the innermost, when a nested class and its outer class both have one): each kind's penalty
     * summed again from its other occurrences and capped, as {@link #of} computes it. Empty when no occurrence of
     * that kind covers the line, or the file's occurrences carry no lines.
     */
    public static Optional<FileHealth> without(FileHealth file, String biomarkerId, int line) {
        Optional<Biomarker.Span> removed = file.biomarkers().stream().filter(marker -> marker.id().equals(biomarkerId))
                .flatMap(marker -> marker.spans().stream()).filter(span -> span.contains(line))
                .min(Comparator.comparingLong(span -> (long) span.lastLine() - span.firstLine()));
        if (removed.isEmpty()) {
            return Optional.empty();
        }
        List<Biomarker> remaining = new ArrayList<>();
        int total = 0;
        for (Biomarker marker : file.biomarkers()) {
            if (marker.spans().isEmpty()) {
                total += (int) Math.round(marker.penalty() * 100);
                remaining.add(marker);
                continue;
            }
            // spans and occurrences are parallel, in source order: drop the removed one from both
            List<Biomarker.Span> spans = new ArrayList<>();
            List<String> occurrences = new ArrayList<>();
            for (int i = 0; i < marker.spans().size(); i++) {
                if (marker.spans().get(i) != removed.get()) {
                    spans.add(marker.spans().get(i));
                    occurrences.add(marker.occurrences().get(i));
                }
            }
            int cap = Kind.of(marker.id()).map(kind -> kind.cap).orElse(Integer.MAX_VALUE);
            int penalty = Math.min(cap, spans.stream().mapToInt(Biomarker.Span::hundredths).sum());
            total += penalty;
            if (!spans.isEmpty()) {
                remaining.add(new Biomarker(marker.id(), spans.size(), penalty / 100.0, occurrences, spans));
            }
        }
        return Optional.of(fileHealth(file.path(), file.linesOfCode(), total, remaining));
    }

    /** The health {@code file} has once none of its biomarkers is left: 10, as after a thorough refactoring. */
    public static FileHealth healthy(FileHealth file) {
        return fileHealth(file.path(), file.linesOfCode(), 0, List.of());
    }

    private static FileHealth fileHealth(String path, int linesOfCode, int totalHundredths, List<Biomarker> markers) {
        int hundredths = Math.max(FLOOR, HEALTHY - totalHundredths);
        double health = ((hundredths + 5) / 10) / 10.0; // half up to one decimal, in integers: exact
        return new FileHealth(path, linesOfCode, health, HealthBand.of(health), markers);
    }

    private FileHealth result(FileFacts facts) {
        List<Biomarker> biomarkers = new ArrayList<>();
        int total = 0;
        for (Map.Entry<Kind, List<String>> entry : occurrences.entrySet()) {
            int penalty = Math.min(entry.getKey().cap, penalties.get(entry.getKey()));
            total += penalty;
            biomarkers.add(new Biomarker(entry.getKey().id, entry.getValue().size(), penalty / 100.0, entry.getValue(),
                    spans.get(entry.getKey())));
        }
        return fileHealth(facts.path(), facts.linesOfCode(), total, biomarkers);
    }
}
