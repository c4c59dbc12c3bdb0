package dev.readiness.rules;

import dev.readiness.core.config.RuleOption;
import dev.readiness.core.rule.Need;
import dev.readiness.core.repo.FileKind;
import dev.readiness.core.rule.MeasuredPrecision;
import dev.readiness.core.rule.RuleMetadata;
import java.util.List;
import java.util.stream.Collectors;

/** Renders the parts of docs/ that are generated from the rules' metadata, so they cannot drift from the code. */
final class RuleDocs {

    private RuleDocs() {
    }

    /** docs/rules.md: every rule by category, with its level, precision, scope, needs and summary. */
    static String catalog(List<RuleMetadata> rules) {
        StringBuilder text = new StringBuilder("# Rules\n\n")
                .append("<!-- Generated from each rule's @RuleDefinition by RuleDocsTest; do not edit by hand. -->\n\n")
                .append(rules.size()).append(" rules in ")
                .append(rules.stream().map(RuleMetadata::category).distinct().count())
                .append(" categories. `readiness rules <rule-id>` prints a rule's help: what it finds, why it matters, ")
                .append("how to fix it and its source. \"Judges\" names the files a rule looks at and reports in; ")
                .append("a rule that needs something a scan lacks is skipped with a note saying why. \"Measured\" is ")
                .append("the share of its findings judged correct and worth attention when read against the code of ")
                .append("public repositories it was never tuned on (bench/precision), with the share found wrong; a ")
                .append("rule correct in less than ").append(MeasuredPrecision.BAR_PERCENT)
                .append(" % of at least ").append(MeasuredPrecision.MIN_SAMPLE)
                .append(" labelled findings is below the bar: it is off by default until it is fixed. ")
                .append("`scan --unproven-rules` or readiness.yml's `enabled: true` runs it, at note level and off ")
                .append("the score; readiness.yml's `level` runs it at that level, on the score.\n");
        String category = "";
        for (RuleMetadata rule : rules) {
            if (!rule.category().equals(category)) {
                category = rule.category();
                text.append("\n## ").append(category).append("\n\n")
                        .append("| rule | level | precision | measured | judges | needs | what it reports |\n")
                        .append("| --- | --- | --- | --- | --- | --- | --- |\n");
            }
            text.append("| `").append(rule.id()).append("` | ").append(rule.defaultLevel().id()).append(" | ")
                    .append(rule.precision().id()).append(" | ")
                    .append(rule.measuredPrecision().map(measured -> Math.round(measured.share() * 100) + " % of "
                            + measured.labelled() + ", " + Math.round(measured.wrongShare() * 100) + " % wrong"
                            + (measured.belowBar() ? ", below the bar: off by default" : "")).orElse("not yet"))
                    .append(" | ")
                    .append(rule.scope().stream().map(FileKind::id)
                            .collect(Collectors.joining(", ")))
                    .append(" | ").append(rule.needs().stream().map(Need::description).collect(Collectors.joining(", ")))
                    .append(" | ").append(cell(rule.shortDescription())).append(" |\n");
        }
        return text.toString();
    }

    /** The options table of docs/config.md: one row per option a rule declares. */
    static String optionsTable(List<RuleMetadata> rules) {
        StringBuilder text = new StringBuilder("| rule | option | default | range | what it changes |\n")
                .append("| --- | --- | --- | --- | --- |\n");
        for (RuleMetadata rule : rules) {
            for (RuleOption option : rule.options()) {
                text.append("| `").append(rule.id()).append("` | `").append(option.name()).append("` | ")
                        .append(option.format(option.defaultValue())).append(" | ")
                        .append(option.format(option.min())).append("–").append(option.format(option.max()))
                        .append(" | ").append(cell(option.description())).append(" |\n");
            }
        }
        return text.toString();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
