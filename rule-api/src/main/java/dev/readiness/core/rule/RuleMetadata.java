package dev.readiness.core.rule;

import dev.readiness.core.config.RuleOption;
import dev.readiness.core.repo.FileKind;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a rule is, independent of what it finds: its stable id ({@code category/kebab-name}, the SARIF
 * ruleId), names, descriptions, help Markdown (with a "How to fix" section), default level, precision,
 * tags, for security rules a CVSS-like {@code security-severity} such as "7.5", the options readiness.yml
 * may set (thresholds), the file roles it judges, what it needs and, for a checklist rule, what holds when it finds
 * nothing ("CI builds the project"; empty: none declared), and what fixing a finding takes ({@link Effort}).
 * Built from a rule's {@link RuleDefinition} by {@link #of(Class)}. A rule whose measured precision is below the bar is not {@code scored}: it is off by default,
 * and when asked for it reports notes that leave the score alone, until it is fixed or readiness.yml sets its level.
 */
public record RuleMetadata(
        String id,
        String name,
        String shortDescription,
        String fullDescription,
        String helpMarkdown,
        Level defaultLevel,
        Precision precision,
        List<String> tags,
        String securitySeverity,
        List<RuleOption> options,
        Set<FileKind> scope,
        Set<Need> needs,
        String holds,
        Effort effort,
        MeasuredPrecision measured,
        boolean scored) {

    private static final Pattern ID = Pattern.compile("[a-z]+/[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern SEVERITY = Pattern.compile("(10(\\.0)?|[0-9](\\.[0-9])?)");
    private static final int MAX_TAGS = 20;

    public RuleMetadata {
        requireValidId(id);
        requireText(name, "name", id);
        requireText(shortDescription, "shortDescription", id);
        requireText(fullDescription, "fullDescription", id);
        requireText(helpMarkdown, "helpMarkdown", id);
        Objects.requireNonNull(defaultLevel, "defaultLevel");
        Objects.requireNonNull(precision, "precision");
        tags = tags == null ? List.of() : List.copyOf(tags);
        if (tags.size() > MAX_TAGS) {
            throw new IllegalArgumentException(id + ": at most " + MAX_TAGS + " tags");
        }
        options = options == null ? List.of() : List.copyOf(options);
        if (options.stream().map(RuleOption::name).distinct().count() != options.size()) {
            throw new IllegalArgumentException(id + ": option names must be unique");
        }
        if (securitySeverity != null && !SEVERITY.matcher(securitySeverity).matches()) {
            throw new IllegalArgumentException(id + ": security-severity must be a number 0.0-10.0: " + securitySeverity);
        }
        if (scope == null || scope.isEmpty()) {
            throw new IllegalArgumentException(id + ": the scope must name at least one file role");
        }
        scope = Collections.unmodifiableSet(EnumSet.copyOf(scope)); // enum order: deterministic iteration
        needs = needs == null || needs.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(needs));
        holds = holds == null ? "" : holds.strip();
        effort = effort == null ? Effort.LINES : effort;
    }

    /** Metadata of a scored rule without a measured precision. */
    public RuleMetadata(String id, String name, String shortDescription, String fullDescription, String helpMarkdown,
                        Level defaultLevel, Precision precision, List<String> tags, String securitySeverity,
                        List<RuleOption> options, Set<FileKind> scope, Set<Need> needs) {
        this(id, name, shortDescription, fullDescription, helpMarkdown, defaultLevel, precision, tags, securitySeverity,
                options, scope, needs, "", Effort.LINES, null, true);
    }

    /** The precision measured on the labelled corpus, when the rule has been labelled. */
    public Optional<MeasuredPrecision> measuredPrecision() {
        return Optional.ofNullable(measured);
    }


    /** The metadata {@code type} declares in its {@link RuleDefinition}, with its help and its options record's options. */
    public static RuleMetadata of(Class<? extends Rule> type) {
        return of(type, RuleOptionsRecord.of(RuleConstructors.of(type)));
    }

    /** {@link #of(Class)} with the options record already found. */
    static RuleMetadata of(Class<? extends Rule> type, Optional<RuleOptionsRecord> options) {
        return of(type, options, true);
    }

    /**
     * The metadata {@code type} declares; {@code measured}: with the precision shipped for it on its class path
     * (what scans use), else exactly as declared (what the tests of a rule's own levels use).
     */
    static RuleMetadata of(Class<? extends Rule> type, Optional<RuleOptionsRecord> options, boolean measuredOnCorpus) {
        RuleDefinition definition = type.getAnnotation(RuleDefinition.class);
        if (definition == null) {
            throw new IllegalArgumentException(type.getName() + " has no @RuleDefinition");
        }
        String id = requireValidId(definition.id());
        MeasuredPrecision measured = measuredOnCorpus
                ? MeasuredPrecision.of(type.getClassLoader(), id).orElse(null) : null;
        return new RuleMetadata(id, nameOf(id), definition.summary(), definition.description(),
                RuleHelp.load(type, id) + measuredSection(measured, definition.level()), definition.level(),
                definition.precision(), List.of(definition.tags()),
                definition.securitySeverity().isEmpty() ? null : definition.securitySeverity(),
                options.map(RuleOptionsRecord::options).orElse(List.of()),
                Set.of(definition.scope()), Set.of(definition.needs())).withHolds(definition.holds())
                .withEffort(definition.effort()).withMeasured(measured);
    }

    /**
     * This metadata as {@code measured} on the labelled corpus: the SARIF precision follows a measurement of
     * at least {@link MeasuredPrecision#MIN_SAMPLE} labels, and a rule below the bar is off by default, and at note level
     * and unscored when asked for.
     */
    public RuleMetadata withMeasured(MeasuredPrecision measured) {
        if (measured == null) {
            return new RuleMetadata(id, name, shortDescription, fullDescription, helpMarkdown, defaultLevel, precision,
                    tags, securitySeverity, options, scope, needs, holds, effort, null, true);
        }
        boolean scored = !measured.belowBar();
        return new RuleMetadata(id, name, shortDescription, fullDescription, helpMarkdown,
                scored ? defaultLevel : Level.NOTE,
                measured.labelled() >= MeasuredPrecision.MIN_SAMPLE ? measured.precision() : precision, tags,
                securitySeverity, options, scope, needs, holds, effort, measured, scored);
    }

    /** This metadata with what holds when the rule finds nothing ({@link RuleDefinition#holds()}). */
    public RuleMetadata withHolds(String passing) {
        return new RuleMetadata(id, name, shortDescription, fullDescription, helpMarkdown, defaultLevel, precision, tags,
                securitySeverity, options, scope, needs, passing, effort, measured, scored);
    }

    /** This metadata with what fixing one finding takes ({@link RuleDefinition#effort()}). */
    public RuleMetadata withEffort(Effort kind) {
        return new RuleMetadata(id, name, shortDescription, fullDescription, helpMarkdown, defaultLevel, precision, tags,
                securitySeverity, options, scope, needs, holds, kind, measured, scored);
    }

    /** The help's closing section on the measured precision; empty when the rule has not been labelled. */
    private static String measuredSection(MeasuredPrecision measured, Level declared) {
        if (measured == null) {
            return "";
        }
        String verdict = measured.belowBar()
                ? " That is below the bar of " + MeasuredPrecision.BAR_PERCENT + " % correct, so the rule is off by "
                        + "default until it is fixed. `scan --unproven-rules` or readiness.yml's `enabled: true` runs "
                        + "it: its findings are then notes" + (declared == Level.NOTE ? "" : " instead of " + declared.id()
                        + "s") + " and leave the score alone, so read them with care. readiness.yml's `level` runs it "
                        + "at that level, on the score."
                : "";
        return "\n\n## Measured precision\n\nRead against the code of public repositories it was never tuned on "
                + "(bench/precision): " + measured.describe() + "." + verdict;
    }

    /** This metadata with another default level (readiness.yml's {@code level}): the user's choice, scored. */
    public RuleMetadata withDefaultLevel(Level level) {
        return new RuleMetadata(id, name, shortDescription, fullDescription, helpMarkdown, level, precision, tags,
                securitySeverity, options, scope, needs, holds, effort, measured, true);
    }

    /** The SARIF rule name: the id's kebab name in PascalCase ({@code modularity/long-method} gives LongMethod). */
    public static String nameOf(String ruleId) {
        String kebab = ruleId.substring(ruleId.indexOf('/') + 1);
        StringBuilder name = new StringBuilder();
        Arrays.stream(kebab.split("-")).forEach(word -> name.append(word.substring(0, 1).toUpperCase(Locale.ROOT))
                .append(word.substring(1)));
        return name.toString();
    }

    private static String requireValidId(String id) {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("rule id must be category/kebab-name: " + id);
        }
        return id;
    }

    /** The help's title (its first level-one heading: "Package cycle: packages that depend on each other"), else the summary. */
    public String title() {
        return helpMarkdown.lines().filter(line -> line.startsWith("# ")).map(line -> line.substring(2).strip())
                .findFirst().orElse(shortDescription);
    }

    public String category() {
        return categoryOf(id);
    }

    public boolean isSecurityRule() {
        return securitySeverity != null;
    }

    static String categoryOf(String ruleId) {
        int slash = ruleId.indexOf('/');
        return slash < 0 ? ruleId : ruleId.substring(0, slash);
    }

    private static void requireText(String value, String field, String id) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(id + ": " + field + " must not be blank");
        }
    }
}
