package dev.readiness.cli;

import dev.readiness.core.config.RuleOption;
import dev.readiness.core.report.FixPrompts;
import dev.readiness.core.rule.MeasuredPrecision;
import dev.readiness.core.rule.Need;
import dev.readiness.core.rule.RuleMetadata;
import dev.readiness.core.rule.RuleRegistry;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code readiness rules [RULE-ID]}: list the rules, or print one rule's help. */
@Command(name = "rules",
        mixinStandardHelpOptions = true,
        usageHelpAutoWidth = true,
        description = {"Lists the rules with their default level, or prints the full help of one rule."},
        footerHeading = "%nExamples:%n",
        footer = {"  readiness rules", "  readiness rules modularity/complex-method"},
        exitCodeListHeading = ExitCode.HELP_HEADING,
        exitCodeList = {"0:listed or shown", "2:usage error or no such rule"})
final class RulesCommand implements Callable<Integer> {

    private final Streams streams;

    @Parameters(index = "0", arity = "0..1", paramLabel = "RULE-ID", description = "The rule to explain.")
    String ruleId;

    RulesCommand(Streams streams) {
        this.streams = streams;
    }

    @Override
    public Integer call() throws UsageException {
        RuleRegistry registry = RuleRegistry.fromClasspath(RulesCommand.class.getClassLoader());
        if (ruleId == null) {
            list(registry.metadata(), streams.out());
            return ExitCode.OK;
        }
        Optional<RuleMetadata> rule = registry.find(ruleId).map(found -> found.metadata());
        if (rule.isEmpty()) {
            throw new UsageException("no rule '" + ruleId + "'. Run 'readiness rules' for the list.");
        }
        show(rule.get(), streams.out());
        return ExitCode.OK;
    }

    private static void list(List<RuleMetadata> rules, PrintStream out) {
        int width = rules.stream().mapToInt(rule -> rule.id().length()).max().orElse(10);
        String category = "";
        for (RuleMetadata rule : rules) {
            if (!rule.category().equals(category)) {
                out.println(category.isEmpty() ? rule.category() : System.lineSeparator() + rule.category());
                category = rule.category();
            }
            out.printf(Locale.ROOT, "  %-" + width + "s  %-7s  %s%s%n", rule.id(), rule.defaultLevel().id(),
                    rule.scored() ? "" : "[off] ", rule.shortDescription());
        }
        out.println();
        out.println(rules.size() + " rules. Run 'readiness rules <rule-id>' for one rule's help. [off]: correct in less "
                + "than " + MeasuredPrecision.BAR_PERCENT + " % of its findings read on public repositories, so it "
                + "runs only when asked (scan --unproven-rules, or readiness.yml 'enabled: true'), reports notes and "
                + "leaves the score alone.");
    }

    private static void show(RuleMetadata rule, PrintStream out) {
        out.println(rule.id() + " (" + rule.name() + ")");
        out.println("Default level: " + rule.defaultLevel().id() + (rule.scored() ? "" : " (off by default, unscored)")
                + "    Precision: " + rule.precision().id()
                + (rule.isSecurityRule() ? "    Security severity: " + rule.securitySeverity() : ""));
        out.println("Tags: " + String.join(", ", rule.tags()));
        out.println("Judges: " + rule.scope().stream().map(kind -> kind.name().toLowerCase(Locale.ROOT) + " files")
                .collect(Collectors.joining(", ")) + (rule.needs().isEmpty() ? "" : "    Needs: "
                + rule.needs().stream().map(Need::description).collect(Collectors.joining(", "))));
        out.println();
        out.println(rule.fullDescription());
        out.println();
        if (!rule.options().isEmpty()) {
            out.println("Options (readiness.yml: rules: " + rule.id() + ": options: ...):");
            for (RuleOption option : rule.options()) {
                out.println("  " + option.name() + " = " + option.format(option.defaultValue()) + "  ("
                        + option.type().description() + ", " + option.format(option.min()) + " to "
                        + option.format(option.max()) + "): " + option.description());
            }
            out.println();
        }
        out.print(rule.helpMarkdown());
        out.println();
        out.println();
        out.println("## Fix prompt (in the JSON and SARIF reports and the MCP tools, filled in for each finding)");
        out.println();
        FixPrompts.template(rule).lines().forEach(line -> out.println("    " + line));
    }
}
