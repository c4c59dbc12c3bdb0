package dev.readiness.cli;

import dev.readiness.core.analysis.AnalysisResult;
import dev.readiness.core.rule.Level;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The quality gate of {@code scan}: {@code --fail-on LEVEL} (no finding of that level or worse) and
 * {@code --fail-under SCORE} (the readiness score as shown, a whole number, is at least SCORE); either
 * may be absent (null). Each failed condition prints one line on standard error.
 */
record QualityGate(Level failOn, Integer failUnder) {

    static Integer parseScore(String text) throws UsageException {
        if (text == null) {
            return null;
        }
        try {
            int score = Integer.parseInt(text.strip());
            if (score >= 0 && score <= 100) {
                return score;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("--fail-under: '" + text + "' is not a whole number from 0 to 100");
    }

    int exitCode(AnalysisResult result, PrintStream err) {
        List<String> failures = new ArrayList<>();
        if (failOn != null) {
            // Suppressed findings never gate; with a baseline or --new-since only new ones do.
            long failing = result.gatingFindings().stream().filter(finding -> finding.level().isAtLeast(failOn)).count();
            if (failing > 0) {
                failures.add(failing + (result.comparison().isActive() ? " new" : "") + " finding(s) at level "
                        + failOn.id() + " or worse (--fail-on " + failOn.id() + ")");
            }
        }
        if (failUnder != null) {
            result.score().displayed().ifPresentOrElse(score -> {
                if (score < failUnder) {
                    failures.add("score " + score + " is under " + failUnder);
                }
            }, () -> failures.add("no readiness score could be measured (--fail-under " + failUnder + ")"));
        }
        failures.forEach(failure -> err.println("readiness: quality gate failed: " + failure));
        return failures.isEmpty() ? ExitCode.OK : ExitCode.QUALITY_GATE_FAILED;
    }
}
