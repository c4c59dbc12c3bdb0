package dev.readiness.core.score;

import dev.readiness.core.rule.Finding;
import dev.readiness.core.rule.Level;
import dev.readiness.core.rule.RuleMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Hygiene = 100 × exp(−weighted hygiene findings per KLoC / {@value #RATE_SCALE}), at most
 * {@value #SECURITY_CAP} when a rule with a security severity (a hard-coded secret) reported a warning or error
 * (its notes are outside production code).
 */
final class HygieneScore {

    static final double RATE_SCALE = 10;
    static final double SECURITY_CAP = 40;

    private HygieneScore() {
    }

    static CategoryScore of(String category, ScoreMeasures measures) {
        List<RuleMetadata> rules = measures.rulesOf(category);
        if (rules.isEmpty()) {
            return CategoryScore.notMeasured(category, "no " + category + " rules ran", List.of());
        }
        long lines = measures.productionLinesOfCode();
        if (lines == 0) {
            return CategoryScore.notMeasured(category, "no production Java code", List.of());
        }
        List<Finding> findings = measures.findingsOf(category);
        FindingRate rate = FindingRate.of(findings, lines);
        List<ScoreInput> inputs = new ArrayList<>();
        inputs.add(new ScoreInput("weighted hygiene findings per KLoC", Scores.fourDecimals(rate.perKLoC()),
                rate.describe("hygiene finding", RATE_SCALE)));
        double score = 100 * rate.factor(RATE_SCALE);
        Set<String> security = rules.stream().filter(RuleMetadata::isSecurityRule).map(RuleMetadata::id)
                .collect(Collectors.toSet());
        // a security rule's notes (a fixture's key, an example's password) are outside production: no cap
        long secrets = findings.stream().filter(finding -> security.contains(finding.ruleId()))
                .filter(finding -> finding.level() != Level.NOTE).count();
        if (!security.isEmpty()) {
            inputs.add(new ScoreInput("security findings", (double) secrets, secrets == 0
                    ? "none: no cap"
                    : secrets + " finding(s) of a security rule cap the category at " + (int) SECURITY_CAP));
        }
        return CategoryScore.measured(category, secrets > 0 ? Math.min(SECURITY_CAP, score) : score, inputs);
    }
}
