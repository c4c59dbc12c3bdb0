package dev.readiness.core.report;

import dev.readiness.core.analysis.AnalysisResult;
import dev.readiness.core.analysis.FindingPriority;
import dev.readiness.core.analysis.GateComparison;
import dev.readiness.core.analysis.MergeBaseDelta;
import dev.readiness.core.analysis.ScanMetrics;
import dev.readiness.core.analysis.ScanTarget;
import dev.readiness.core.analysis.ToolInfo;
import dev.readiness.core.analysis.ToolNotification;
import dev.readiness.core.metrics.CodeHealthSummary;
import dev.readiness.core.metrics.FileHealth;
import dev.readiness.core.rule.BaselineState;
import dev.readiness.core.rule.Finding;
import dev.readiness.core.rule.Level;
import dev.readiness.core.rule.RuleMetadata;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The terminal summary: what was scanned, how much was found, which rules matter most and the ten findings
 * to look at first. It is meant to be acted on, not to list everything; SARIF and JSON carry all findings.
 * Plain text without colours so it reads the same in a CI log as in a terminal. Every line is shown through
 * {@link ShownText}: paths, names and messages of the repository reach the terminal masked and without control
 * characters, so none can clear the screen or start a line of its own.
 */
public final class TextReportWriter {

    public static final int DEFAULT_WIDTH = 100;
    public static final String HINT = "Run 'readiness rules <rule-id>' for how to fix a rule;"
            + " use --format sarif,json --output DIR for all findings.";

    static final int TOP_RULES = 8;
    static final int WHERE_TO_START = 10;
    static final int NOTIFICATION_EXAMPLES = 5;
    /** The least healthy files shown under the code health line. */
    static final int WORST_FILES = 3;
    private static final int SHORT_COMMIT = 10;
    private static final int MESSAGE_INDENT = 11;
    /** Marks a line never cut: half a path is useless, so location lines may exceed the width. */
    private static final String UNCUT = "\u0001";

    private final int width;

    public TextReportWriter() {
        this(DEFAULT_WIDTH);
    }

    /** @param width maximum line length; longer lines are cut with "..." */
    public TextReportWriter(int width) {
        if (width < 40) {
            throw new IllegalArgumentException("width must be at least 40, was " + width);
        }
        this.width = width;
    }

    /** Prints the report to {@code out} and flushes it. */
    public void write(AnalysisResult result, PrintStream out) {
        out.print(render(result));
        out.flush();
    }

    /** Writes the report to {@code out} and flushes it; an I/O failure becomes an UncheckedIOException. */
    public void write(AnalysisResult result, Writer out) {
        try {
            out.write(render(result));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the text report", e);
        }
    }

    /** The whole report; lines end with "\n". */
    public String render(AnalysisResult result) {
        List<String> lines = new ArrayList<>();
        lines.add(header(result.target()));
        if (result.scannedAt() != null) {
            lines.add("Scanned at " + TrackRecordText.minute(result.scannedAt()));
        }
        if (result.target() != null && hasGitState(result.target()) && !result.target().historyAvailable()
                && !isBlank(result.target().historyStatus())) {
            lines.add(result.target().historyStatus());
        }
        lines.addAll(ScoreText.summary(result.score()));
        if (result.trend() != null) {
            lines.addAll(TrendText.lines(result.trend()));
        }
        if (result.metrics() != null) {
            lines.add(scanned(result.metrics()));
        }
        if (result.target() != null && result.target().config() != null) {
            lines.add("Configuration: " + result.target().config());
        }
        lines.add(AnalysisResult.BYTECODE.equals(result.architectureAnalysis())
                ? "Architecture rules checked the compiled classes (bytecode)."
                : "Architecture rules checked the source dependency graph.");
        codeHealth(result.codeHealth(), lines);
        lines.addAll(ModuleText.lines(result.modules()));
        if (result.trackRecord() != null) {
            lines.addAll(TrackRecordText.lines(result.trackRecord()));
        }
        lines.add("");
        if (result.activeFindings().isEmpty()) {
            lines.add("No findings: none of the " + result.rules().size() + " rules that ran reported anything"
                    + (result.suppressedCount() > 0 ? " that is not suppressed." : "."));
            if (result.suppressedCount() > 0 || result.comparison().isActive()) {
                suppressedAndCompared(result, lines);
            }
        } else {
            findingCounts(result, lines);
            suppressedAndCompared(result, lines);
            topRules(result, lines);
            whereToStart(result, lines);
            plan(result, lines);
        }
        notifications(result.notifications(), lines);
        // The hint is the one line never cut: a half command is worse than a long line.
        return lines.stream().map(this::fit).collect(Collectors.joining("\n", "", "\n")) + HINT + "\n";
    }

    private static String header(ScanTarget target) {
        StringBuilder header = new StringBuilder(ToolInfo.NAME).append(' ').append(ToolInfo.VERSION);
        if (target == null) {
            return header.toString();
        }
        header.append(" - ").append(target.name());
        if (!isBlank(target.scope())) {
            header.append(" (scope ").append(target.scope()).append(')');
        }
        if (hasGitState(target)) {
            header.append(" @");
            if (!isBlank(target.branch())) {
                header.append(' ').append(target.branch());
            }
            if (!isBlank(target.headCommit())) {
                String commit = target.headCommit();
                header.append(' ').append(commit, 0, Math.min(SHORT_COMMIT, commit.length()));
            }
            if (target.headCommitTime() != null) {
                header.append(" (").append(TrackRecordText.day(target.headCommitTime())).append(')');
            }
        } else if (!isBlank(target.historyStatus())) {
            header.append(" - ").append(target.historyStatus());
        }
        return header.toString();
    }

    private static boolean hasGitState(ScanTarget target) {
        return !isBlank(target.branch()) || !isBlank(target.headCommit());
    }

    private static String scanned(ScanMetrics metrics) {
        StringBuilder line = new StringBuilder("Scanned ").append(number(metrics.totalFiles())).append(" files: ")
                .append(number(metrics.javaFilesParsed())).append(" of ").append(number(metrics.javaFiles()))
                .append(" Java files parsed");
        List<String> problems = new ArrayList<>();
        if (metrics.javaFilesFailed() > 0) {
            problems.add(number(metrics.javaFilesFailed()) + " failed");
        }
        if (metrics.javaFilesSkipped() > 0) {
            problems.add(number(metrics.javaFilesSkipped()) + " skipped");
        }
        if (!problems.isEmpty()) {
            line.append(" (").append(String.join(", ", problems)).append(')');
        }
        line.append(", ").append(number(metrics.linesOfCode())).append(" lines of code, ")
                .append(plural(metrics.modules(), "module", "modules"));
        return line.toString();
    }

    /** The weighted code health and the least healthy files; nothing when there is no production code. */
    private static void codeHealth(CodeHealthSummary health, List<String> lines) {
        if (health.weightedHealth() == null) {
            return;
        }
        lines.add(String.format(Locale.ROOT, "Code health %.1f of 10, weighted by lines of code (green %s, yellow %s, red %s)",
                health.weightedHealth(), percent(health.greenShare()), percent(health.yellowShare()),
                percent(health.redShare())));
        lines.add("  Health: how hard code is to change; in backtests it did not foretell fixes (file risk does)");
        for (FileHealth file : health.worst(WORST_FILES)) {
            lines.add(UNCUT + String.format(Locale.ROOT, "  %4.1f  %-6s  %s", file.health(), file.band().id(),
                    file.path()));
        }
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", share * 100);
    }

    private static void findingCounts(AnalysisResult result, List<String> lines) {
        List<String> byLevel = new ArrayList<>();
        for (Level level : Level.values()) {
            long count = result.count(level);
            if (count > 0) {
                byLevel.add(plural(count, level.id(), level.id() + "s"));
            }
        }
        lines.add("Findings: " + number(result.activeCount()) + " (" + String.join(", ", byLevel) + ")");
        lines.add("  by category: " + result.countsByCategory().entrySet().stream()
                .map(entry -> entry.getKey() + " " + number(entry.getValue()))
                .collect(Collectors.joining(", ")));
    }

    /** How many findings are suppressed in the source, and what the gate compared against; nothing when neither. */
    private static void suppressedAndCompared(AnalysisResult result, List<String> lines) {
        if (result.suppressedCount() > 0) {
            lines.add("Suppressed in the source: " + plural(result.suppressedCount(), "finding", "findings")
                    + " (listed in SARIF and JSON, counted nowhere)");
        }
        GateComparison comparison = result.comparison();
        if (comparison.isActive()) {
            String absent = comparison.baselineFile() == null ? ""
                    : ", " + number(comparison.absent().size()) + " absent";
            lines.add(UNCUT + "Compared with " + String.join(" and ", against(comparison)));
            lines.add("  " + number(result.count(BaselineState.NEW)) + " new, "
                    + number(result.count(BaselineState.UNCHANGED)) + " unchanged" + absent
                    + " (only new findings fail the quality gate)");
            if (comparison.delta() != null) {
                mergeBaseDelta(comparison.delta(), lines);
            }
        }
        lines.add("");
    }

    /** The score at the merge base and now, and the code health of the changed files whose health fell most. */
    private static void mergeBaseDelta(MergeBaseDelta delta, List<String> lines) {
        lines.add("  " + MergeBaseText.score(delta));
        if (delta.files().isEmpty()) {
            return;
        }
        if (delta.moved().isEmpty()) {
            lines.add("  " + MergeBaseText.unchanged(delta));
            return;
        }
        lines.add("  " + MergeBaseText.filesHeading(delta) + ":");
        MergeBaseText.listed(delta).forEach(file -> lines.add(UNCUT + String.format(Locale.ROOT, "    %-18s  %s",
                MergeBaseText.health(file), MergeBaseText.path(file))));
        MergeBaseText.rest(delta).ifPresent(rest -> lines.add("    " + rest));
    }

    /** "baseline FILE" and/or "changes since REF (merge base abc)". */
    private static List<String> against(GateComparison comparison) {
        List<String> against = new ArrayList<>();
        if (comparison.baselineFile() != null) {
            against.add("baseline " + comparison.baselineFile());
        }
        if (comparison.newSinceRef() != null) {
            String base = comparison.mergeBase();
            against.add("changes since " + comparison.newSinceRef() + " (merge base "
                    + base.substring(0, Math.min(SHORT_COMMIT, base.length())) + ")");
        }
        return against;
    }

    /** Rules with the most findings first; on a tie the more severe rule, then id order. */
    private static void topRules(AnalysisResult result, List<String> lines) {
        Map<String, RuleMetadata> rules = result.rules().stream()
                .collect(Collectors.toMap(RuleMetadata::id, Function.identity()));
        Map<String, Level> worstLevel = new TreeMap<>();
        result.activeFindings().forEach(finding -> worstLevel.merge(finding.ruleId(), finding.level(),
                (a, b) -> a.compareTo(b) <= 0 ? a : b));
        List<Map.Entry<String, Long>> ranked = new ArrayList<>(result.countsByRule().entrySet());
        ranked.sort(Comparator.<Map.Entry<String, Long>>comparingLong(Map.Entry::getValue).reversed()
                .thenComparing(entry -> worstLevel.get(entry.getKey()))
                .thenComparing(Map.Entry::getKey));
        int countWidth = number(ranked.get(0).getValue()).length();
        int idWidth = ranked.stream().limit(TOP_RULES).mapToInt(entry -> entry.getKey().length()).max().orElse(0);
        lines.add("Top rules");
        for (Map.Entry<String, Long> entry : ranked.subList(0, Math.min(TOP_RULES, ranked.size()))) {
            RuleMetadata rule = rules.get(entry.getKey());
            String description = rule == null ? "" : rule.shortDescription();
            lines.add(String.format(Locale.ROOT, "  %" + countWidth + "s  %-" + idWidth + "s  %s",
                    number(entry.getValue()), entry.getKey(), description).stripTrailing());
        }
        if (ranked.size() > TOP_RULES) {
            lines.add("  ... and " + plural(ranked.size() - TOP_RULES, "more rule", "more rules"));
        }
        lines.add("");
    }

    /**
     * The findings that matter most (only new ones when compared with a baseline or ref), in {@link FindingPriority}
     * order: the biggest score gain first, at most three of one rule; each says what fixing it gains.
     */
    private void whereToStart(AnalysisResult result, List<String> lines) {
        List<Finding> listed = result.comparison().isActive() ? result.gatingFindings() : result.activeFindings();
        if (listed.isEmpty()) {
            return;
        }
        List<Finding> first = FindingPriority.order(result, listed).stream().limit(WHERE_TO_START).toList();
        lines.add(result.comparison().isActive() ? "Where to start (new findings)" : "Where to start");
        for (Finding finding : first) {
            double gain = result.impacts().of(finding);
            lines.add(UNCUT + String.format(Locale.ROOT, "  %-7s  %s:%d%s", finding.level().id(),
                    finding.location().path(), finding.location().region().startLine(),
                    gain > 0 ? "  " + ScoreText.gain(gain) : ""));
            String message = ShownText.ofMessage(finding.message()); // as shown, so the wrap measures what is seen
            lines.addAll(wrap("[" + finding.ruleId() + "] " + message, MESSAGE_INDENT));
        }
        // the gating findings counted, not listed: a rule with very many findings lists only its first
        long all = result.activeCount() - result.count(BaselineState.UNCHANGED);
        if (all > first.size()) {
            lines.add("  ... and " + plural(all - first.size(), "more finding", "more findings"));
        }
        lines.add("");
    }

    /** One line on the remediation plan; 'readiness plan' lists its steps. */
    private static void plan(AnalysisResult result, List<String> lines) {
        PlanText.headline(result.impacts().plan()).ifPresent(headline -> {
            lines.add("Plan: " + headline + " ('readiness plan' lists the steps)");
            lines.add("");
        });
    }

    private static void notifications(List<ToolNotification> notifications, List<String> lines) {
        if (notifications.isEmpty()) {
            return;
        }
        Map<String, Long> byId = new TreeMap<>();
        notifications.forEach(notification -> byId.merge(notification.id(), 1L, Long::sum));
        Map<String, Long> ranked = new LinkedHashMap<>();
        byId.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(entry -> ranked.put(entry.getKey(), entry.getValue()));
        lines.add("Notifications: " + number(notifications.size()) + " (" + ranked.entrySet().stream()
                .map(entry -> entry.getKey() + " " + number(entry.getValue()))
                .collect(Collectors.joining(", ")) + ")");
        notifications.stream()
                .sorted(Comparator.comparing(ToolNotification::level))
                .limit(NOTIFICATION_EXAMPLES)
                .forEach(notification -> lines.add(String.format(Locale.ROOT, "  %-7s  %s%s: %s",
                        notification.level().id(), place(notification), notification.id(),
                        ShownText.ofMessage(notification.message()))));
        if (notifications.size() > NOTIFICATION_EXAMPLES) {
            lines.add("  ... and " + plural(notifications.size() - NOTIFICATION_EXAMPLES, "more notification",
                    "more notifications"));
        }
        lines.add("");
    }

    private static String place(ToolNotification notification) {
        if (notification.path().isEmpty()) {
            return "";
        }
        return notification.line() > 0
                ? notification.path() + ":" + notification.line() + "  "
                : notification.path() + "  ";
    }

    /** Breaks text at spaces into lines of at most the width, each indented; a finding's message is read whole. */
    private List<String> wrap(String text, int indent) {
        List<String> wrapped = new ArrayList<>();
        String prefix = " ".repeat(indent);
        StringBuilder line = new StringBuilder(prefix);
        for (String word : text.split(" ")) {
            if (line.length() > indent && line.length() + 1 + word.length() > width) {
                wrapped.add(line.toString());
                line = new StringBuilder(prefix);
            }
            if (line.length() > indent) {
                line.append(' ');
            }
            line.append(word);
        }
        wrapped.add(line.toString());
        return wrapped;
    }

    /** The line as shown, cut to the width so long messages do not wrap into the next entry. */
    private String fit(String line) {
        if (line.startsWith(UNCUT)) {
            return ShownText.of(line.substring(UNCUT.length()));
        }
        String shown = ShownText.of(line);
        return shown.length() <= width ? shown : shown.substring(0, width - 3) + "...";
    }

    private static String number(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    private static String plural(long count, String one, String many) {
        return number(count) + " " + (count == 1 ? one : many);
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
