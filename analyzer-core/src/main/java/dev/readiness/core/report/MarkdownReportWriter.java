package dev.readiness.core.report;

import dev.readiness.core.analysis.AnalysisResult;
import dev.readiness.core.analysis.FindingPriority;
import dev.readiness.core.analysis.GateComparison;
import dev.readiness.core.analysis.MergeBaseDelta;
import dev.readiness.core.analysis.ScanTarget;
import dev.readiness.core.analysis.Trend;
import dev.readiness.core.rule.BaselineState;
import dev.readiness.core.rule.Finding;
import dev.readiness.core.rule.Level;
import dev.readiness.core.score.CategoryScore;
import dev.readiness.core.score.ModuleScore;
import dev.readiness.core.score.RemediationPlan;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A short Markdown summary for {@code $GITHUB_STEP_SUMMARY} and pull-request comments: the score, the
 * comparison with a baseline or ref, the category table, counts by level and the top findings linked to
 * file and line. Always shorter than GitHub's comment limit; messages are escaped and never source lines.
 */
public final class MarkdownReportWriter {

    /** GitHub rejects comments of 65,536 characters or more. */
    public static final int MAX_CHARS = 65_535;
    public static final int TOP_FINDINGS = 20;
    static final int MODULES_SHOWN = 50;
    /** The new and the gone findings a trend lists, each; the JSON report lists all. */
    static final int TREND_FINDINGS = 5;
    /** Longer messages are cut: one finding must not crowd out the others. */
    static final int MAX_MESSAGE_CHARS = 400;
    /** Room kept for the line saying how many findings were left out. */
    private static final int OMISSION_RESERVE = 200;
    private static final int SHORT_COMMIT = 10;

    private final GitHubContext gitHub;

    /** Links relative to the repository root. */
    public MarkdownReportWriter() {
        this(null);
    }

    /** @param gitHub where to link files on GitHub; null for links relative to the repository root */
    public MarkdownReportWriter(GitHubContext gitHub) {
        this.gitHub = gitHub;
    }

    public byte[] toBytes(AnalysisResult result) {
        return render(result).getBytes(StandardCharsets.UTF_8);
    }

    /** The whole summary; lines end with "\n". */
    public String render(AnalysisResult result) {
        StringBuilder out = new StringBuilder();
        out.append("## ").append(ScoreText.headline(result.score())).append("\n\n");
        result.score().biggestDrag().ifPresent(drag -> out.append("**Biggest drag:** ")
                .append(ScoreText.dragPhrase(drag)).append(".\n\n"));
        target(result.target(), out);
        if (result.scannedAt() != null) {
            out.append("Scanned at ").append(TrackRecordText.minute(result.scannedAt())).append(".\n\n");
        }
        comparison(result, out);
        trend(result, out);
        categories(result, out);
        modules(result, out);
        levels(result, out);
        plan(result, out);
        topFindings(result, out);
        return out.toString();
    }

    private static void target(ScanTarget target, StringBuilder out) {
        if (target == null) {
            return;
        }
        out.append("Scanned **").append(MarkdownText.escape(target.name())).append("**");
        if (!isBlank(target.branch())) {
            out.append(" on `").append(MarkdownText.code(target.branch())).append('`');
        }
        if (!isBlank(target.headCommit())) {
            String commit = target.headCommit();
            out.append(" at `").append(MarkdownText.code(commit.substring(0, Math.min(SHORT_COMMIT, commit.length()))))
                    .append('`');
        }
        if (target.headCommitTime() != null) {
            out.append(" of ").append(TrackRecordText.day(target.headCommitTime()));
        }
        out.append(".\n\n");
    }

    private static void comparison(AnalysisResult result, StringBuilder out) {
        GateComparison comparison = result.comparison();
        if (!comparison.isActive()) {
            return;
        }
        out.append("Compared with ").append(comparison.against(name -> "`" + MarkdownText.code(name) + "`"))
                .append(": **")
                .append(number(result.count(BaselineState.NEW))).append(" new**, ")
                .append(number(result.count(BaselineState.UNCHANGED))).append(" unchanged");
        if (comparison.baselineFile() != null) {
            out.append(", ").append(number(comparison.absent().size())).append(" absent");
        }
        out.append(" (only new findings fail the quality gate).\n\n");
        if (comparison.delta() != null) {
            mergeBaseDelta(comparison.delta(), out);
        }
    }

    /** The score at the merge base and now, and a table of the changed files whose code health fell most. */
    private static void mergeBaseDelta(MergeBaseDelta delta, StringBuilder out) {
        out.append(MarkdownText.escape(MergeBaseText.score(delta))).append(".\n\n");
        if (delta.files().isEmpty()) {
            return;
        }
        if (delta.moved().isEmpty()) {
            out.append(MarkdownText.escape(MergeBaseText.unchanged(delta))).append(".\n\n");
            return;
        }
        out.append("| ").append(MarkdownText.escape(MergeBaseText.filesHeading(delta)))
                .append(" | File |\n| --- | --- |\n");
        MergeBaseText.listed(delta).forEach(file -> out.append("| ")
                .append(MarkdownText.escape(MergeBaseText.health(file))).append(" | ")
                .append(MarkdownText.escape(MergeBaseText.path(file))).append(" |\n"));
        MergeBaseText.rest(delta).ifPresent(rest -> out.append('\n').append(MarkdownText.escape(rest)).append(".\n"));
        out.append('\n');
    }

    /** With --compare: the change since that report, the categories that moved and a few new and gone findings. */
    private void trend(AnalysisResult result, StringBuilder out) {
        Trend trend = result.trend();
        if (trend == null) {
            return;
        }
        out.append("**").append(MarkdownText.escape(TrendText.headline(trend))).append("**\n\n");
        List<String> moved = TrendText.movedCategories(trend);
        if (!moved.isEmpty()) {
            out.append(MarkdownText.escape(String.join(", ", moved))).append(".\n\n");
        }
        trend.newFindings().stream().limit(TREND_FINDINGS).forEach(finding -> out.append("- new: ")
                .append(bullet(finding, false, 0).substring(2)));
        trend.goneFindings().stream().limit(TREND_FINDINGS).forEach(gone -> out.append("- gone: `")
                .append(MarkdownText.code(gone.ruleId())).append("` ")
                .append(MarkdownText.escape(gone.path() + ":" + gone.line()))
                .append(" \u2014 ").append(MarkdownText.escape(cut(ShownText.ofMessage(gone.message())))).append('\n'));
        if (!trend.newFindings().isEmpty() || !trend.goneFindings().isEmpty()) {
            out.append('\n');
        }
    }

    private static void categories(AnalysisResult result, StringBuilder out) {
        out.append("| Category | Score | Weight |\n| --- | ---: | ---: |\n");
        for (CategoryScore category : result.score().categories()) {
            out.append("| ").append(MarkdownText.escape(category.category())).append(" | ")
                    .append(category.measured() ? Long.toString(category.displayed()) : "n/a").append(" | ")
                    .append(ScoreText.value(category.weight())).append(" |\n");
        }
        out.append('\n');
    }

    /** The build modules and areas, worst first, as a table (at most {@value #MODULES_SHOWN} rows). */
    private static void modules(AnalysisResult result, StringBuilder out) {
        if (result.modules().isEmpty()) {
            return;
        }
        out.append("### Modules, worst first\n\n| Module | Score | ");
        result.score().categories().forEach(category -> out.append(MarkdownText.escape(category.category())).append(" | "));
        out.append("Lines |\n| --- | ---: |").append(" ---: |".repeat(result.score().categories().size())).append(" ---: |\n");
        result.modules().stream().sorted(ModuleScore.WORST_FIRST).limit(MODULES_SHOWN).forEach(module -> {
            out.append("| `").append(MarkdownText.code(module.name())).append('`').append(module.area() ? " (area)" : "")
                    .append(" | ")
                    .append(module.score().displayed().map(String::valueOf).orElse("n/a")).append(" | ");
            module.score().categories().forEach(category -> out.append(category.measured()
                    ? Long.toString(category.displayed()) : "n/a").append(" | "));
            out.append(number(module.linesOfCode())).append(" |\n");
        });
        if (result.modules().size() > MODULES_SHOWN) {
            out.append("\n_").append(result.modules().size() - MODULES_SHOWN)
                    .append(" more in the JSON report (`modules`)._\n");
        }
        out.append('\n');
    }

    private static void levels(AnalysisResult result, StringBuilder out) {
        out.append("| Level | Findings |\n| --- | ---: |\n");
        for (Level level : Level.values()) {
            out.append("| ").append(level.id()).append(" | ").append(number(result.count(level))).append(" |\n");
        }
        if (result.suppressedCount() > 0) {
            out.append("\n").append(number(result.suppressedCount()))
                    .append(" suppressed in the source are not counted.\n");
        }
        out.append('\n');
    }

    /** The remediation plan as a table: each step's fix, where, its gain, the score and level after it, its effort. */
    private static void plan(AnalysisResult result, StringBuilder out) {
        RemediationPlan plan = result.impacts().plan();
        if (plan.steps().isEmpty()) {
            return;
        }
        out.append("### Plan: ").append(MarkdownText.escape(PlanText.headline(plan).orElseThrow())).append("\n\n");
        PlanText.levelsReached(plan).ifPresent(sentence -> out.append(MarkdownText.escape(sentence)).append(".\n\n"));
        out.append("| # | Fix | Where | Gain | Score after | Effort |\n| ---: | --- | --- | ---: | ---: | --- |\n");
        for (int index = 0; index < plan.steps().size(); index++) {
            RemediationPlan.Step step = plan.steps().get(index);
            out.append("| ").append(index + 1).append(" | ").append(MarkdownText.escape(PlanText.title(step, result)))
                    .append(" | ").append(MarkdownText.escape(PlanText.where(step)))
                    .append(String.format(Locale.ROOT, " | +%.1f | %.1f (%s) | %s |\n", step.gain(), step.scoreAfter(),
                            step.levelAfter().label(), PlanText.effort(step.hours())));
        }
        out.append('\n');
    }

    /** New findings first when compared, then in {@link FindingPriority} order: the biggest score gain first. */
    private void topFindings(AnalysisResult result, StringBuilder out) {
        List<Finding> active = result.activeFindings();
        if (active.isEmpty()) {
            out.append("No findings.\n");
            return;
        }
        List<Finding> ranked = new ArrayList<>(FindingPriority.order(result, active.stream()
                .filter(finding -> finding.baselineState() == BaselineState.NEW).toList()));
        ranked.addAll(FindingPriority.order(result, active.stream()
                .filter(finding -> finding.baselineState() != BaselineState.NEW).toList()));
        out.append(result.comparison().isActive() ? "### Top findings (new first)\n\n" : "### Top findings\n\n");
        int shown = 0;
        for (Finding finding : ranked.subList(0, Math.min(TOP_FINDINGS, ranked.size()))) {
            String bullet = bullet(finding, result.comparison().isActive(), result.impacts().of(finding));
            if (out.length() + bullet.length() > MAX_CHARS - OMISSION_RESERVE) {
                break;
            }
            out.append(bullet);
            shown++;
        }
        if (result.activeCount() > shown) {
            long left = result.activeCount() - shown;
            out.append("\n_").append(number(left)).append(left == 1 ? " more finding is" : " more findings are")
                    .append(" not shown; the SARIF and JSON reports list ")
                    .append(result.unlisted().isEmpty() ? "all of them" : "them, but only the first of a rule with "
                            + "very many (" + unlisted(result) + ")")
                    .append("._\n");
        }
    }

    /** "`hygiene/hardcoded-secret`: 18,992 more": the findings the reports do not list, by rule. */
    private static String unlisted(AnalysisResult result) {
        return result.unlistedByRule().entrySet().stream()
                .map(entry -> "`" + MarkdownText.code(entry.getKey()) + "`: " + number(entry.getValue()) + " more")
                .collect(Collectors.joining(", "));
    }

    private String bullet(Finding finding, boolean compared, double gain) {
        String path = finding.location().path();
        int line = finding.location().region().startLine();
        String link = gitHub == null ? UriPaths.encode(path) + "#L" + line : gitHub.blobUrl(path, line);
        String state = (compared && finding.baselineState() == BaselineState.NEW ? " (new)" : "")
                + (gain > 0 ? " " + ScoreText.gain(gain) : "");
        return "- **" + finding.level().id() + "**" + state + " `" + MarkdownText.code(finding.ruleId()) + "` ["
                + MarkdownText.escape(path) + ":" + line + "](" + link + ") \u2014 "
                + MarkdownText.escape(cut(ShownText.ofMessage(finding.message())))
                + "\n";
    }

    private static String cut(String message) {
        return message.length() <= MAX_MESSAGE_CHARS ? message : message.substring(0, MAX_MESSAGE_CHARS - 3) + "...";
    }

    private static String number(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
