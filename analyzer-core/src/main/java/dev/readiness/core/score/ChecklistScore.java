package dev.readiness.core.score;

import dev.readiness.core.rule.RuleMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import dev.readiness.core.rule.Finding;

/**
 * A checklist category (context): every rule of the category that ran is an item weighted by its default
 * level (error 3, warning 2, note 1) and passes when it reported nothing; score = 100 × passed weight /
 * total weight. The rules judge substance, so an empty instruction file passes nothing.
 */
final class ChecklistScore {

    private ChecklistScore() {
    }

    static CategoryScore of(String category, ScoreMeasures measures) {
        List<RuleMetadata> rules = measures.rulesOf(category);
        if (rules.isEmpty()) {
            return CategoryScore.notMeasured(category, "no " + category + " rules ran", List.of());
        }
        Set<String> failing = new TreeSet<>();
        measures.findingsOf(category).stream().map(Finding::ruleId).forEach(failing::add);
        List<ScoreInput> inputs = new ArrayList<>();
        long passed = 0;
        long total = 0;
        for (RuleMetadata rule : rules) {
            int weight = Scores.weight(rule.defaultLevel());
            boolean passes = !failing.contains(rule.id());
            total += weight;
            passed += passes ? weight : 0;
            inputs.add(new ScoreInput(rule.id(), passes ? 1.0 : 0.0, (passes ? "passes" : "fails")
                    + ": " + (passes ? "earns " : "loses ") + weight + " of the checklist's weight ("
                    + rule.defaultLevel().id() + ")"));
        }
        return CategoryScore.measured(category, 100.0 * passed / total, inputs);
    }
}
