package dev.readiness.core.score;

import dev.readiness.core.metrics.CodeHealthSummary;
import dev.readiness.core.metrics.FileHealth;
import dev.readiness.core.rule.Effort;
import dev.readiness.core.rule.Finding;
import dev.readiness.core.rule.Region;
import java.util.List;

/**
 * A rough estimate, in hours, of what fixing some findings of one rule takes: from the rule's {@link Effort} and
 * the lines of code the fix touches (the finding's lines; the whole file for a file-wide or test-writing fix).
 * The rates are round numbers, not measurements: they only tell an hour's fix from a week's (docs/scoring.md).
 */
final class RemediationEffort {

    /** A document or configuration file: the first takes about an hour, each further finding a quarter. */
    static final double DOCUMENT_HOURS = 1;
    static final double FURTHER_DOCUMENT_HOURS = 0.25;
    /** Lines rewritten per hour, with half an hour to understand each place. */
    static final int LINES_PER_HOUR = 40;
    static final double LINES_SETUP_HOURS = 0.5;
    /** Lines restructured per hour when a whole file is reworked, with an hour to plan it. */
    static final int FILE_LINES_PER_HOUR = 100;
    /** Lines of production code covered by new tests per hour, with an hour to set the tests up. */
    static final int TESTED_LINES_PER_HOUR = 40;
    /** Breaking one dependency between packages or modules, or passing on one person's knowledge. */
    static final double DESIGN_HOURS = 4;

    private RemediationEffort() {
    }

    /** Hours, to the half hour, to fix {@code findings}, all of one rule whose fix takes {@code effort}. */
    static double hours(Effort effort, List<Finding> findings, CodeHealthSummary health) {
        double hours = switch (effort) {
            case DOCUMENT -> DOCUMENT_HOURS + FURTHER_DOCUMENT_HOURS * (findings.size() - 1);
            case LINES -> findings.stream().mapToDouble(finding -> LINES_SETUP_HOURS
                    + (double) linesOf(finding.location().region()) / LINES_PER_HOUR).sum();
            case FILE -> findings.stream().mapToDouble(finding -> 1 + (double) fileLines(finding, health)
                    / FILE_LINES_PER_HOUR).sum();
            case TESTS -> findings.stream().mapToDouble(finding -> 1 + (double) fileLines(finding, health)
                    / TESTED_LINES_PER_HOUR).sum();
            case DESIGN, KNOWLEDGE -> DESIGN_HOURS * findings.size();
        };
        return halfHours(hours);
    }

    /** Hours to restructure a whole file of {@code linesOfCode}: an hour to plan it, then the file's lines. */
    static double fileHours(int linesOfCode) {
        return halfHours(1 + (double) linesOfCode / FILE_LINES_PER_HOUR);
    }

    /** Hours to break a cycle: half of {@link #DESIGN_HOURS} for each package in it, at least the whole. */
    static double cycleHours(int packages) {
        return halfHours(Math.max(DESIGN_HOURS, DESIGN_HOURS / 2 * packages));
    }

    private static double halfHours(double hours) {
        return Math.max(0.5, Math.round(hours * 2) / 2.0);
    }

    private static int linesOf(Region region) {
        return Math.max(1, region.endLine() - region.startLine() + 1);
    }

    /** The lines of code of the production file the finding names; its own lines when the file is not measured. */
    private static int fileLines(Finding finding, CodeHealthSummary health) {
        return health.file(finding.location().path()).map(FileHealth::linesOfCode)
                .orElseGet(() -> linesOf(finding.location().region()));
    }
}
