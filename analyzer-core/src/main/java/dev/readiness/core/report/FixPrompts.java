package dev.readiness.core.report;

import dev.readiness.core.analysis.AnalysisResult;
import dev.readiness.core.rule.Finding;
import dev.readiness.core.rule.RuleMetadata;
import java.util.List;

/**
 * A finding as a short, self-contained instruction an agent can act on: what is wrong and where, how its rule says
 * to fix it, what done looks like and the command that checks it (the module's tests, as the build declares them).
 * Built from the rule's metadata and the finding's facts only, so the same finding always gets the same prompt.
 */
public final class FixPrompts {

    private static final String HOW_TO_FIX = "## How to fix";

    private FixPrompts() {
    }

    /** The prompt for {@code finding} of {@code result}. */
    public static String of(AnalysisResult result, Finding finding) {
        RuleMetadata rule = result.rules().stream().filter(candidate -> candidate.id().equals(finding.ruleId()))
                .findFirst().orElse(null);
        String place = finding.location().path() + ":" + finding.location().region().startLine();
        String verify = result.verifyCommands().forPath(finding.location().path()).map(command -> "`" + command + "`")
                .orElse("the project's tests");
        return "Fix " + (rule == null ? finding.ruleId() : rule.title()) + " at " + place + " (" + finding.ruleId()
                + ").\nWhat is wrong: " + oneLine(finding.message()) + "\n"
                + (rule == null ? "" : howToFix(rule).map(how -> "How: " + how + "\n").orElse(""))
                + "Done when: Repo Readiness no longer reports " + finding.ruleId() + " at " + finding.location().path()
                + ", the behaviour is unchanged, and " + verify + " passes.";
    }

    /** The prompt with its placeholders, as {@code readiness rules <id>} shows it. */
    public static String template(RuleMetadata rule) {
        return "Fix " + rule.title() + " at <path>:<line> (" + rule.id() + ").\nWhat is wrong: <the finding's message>\n"
                + howToFix(rule).map(how -> "How: " + how + "\n").orElse("")
                + "Done when: Repo Readiness no longer reports " + rule.id() + " at <path>, the behaviour is unchanged, "
                + "and <the module's test command> passes.";
    }

    /** The first paragraph of the rule's "How to fix" section, on one line. */
    static java.util.Optional<String> howToFix(RuleMetadata rule) {
        List<String> lines = rule.helpMarkdown().lines().toList();
        int heading = lines.indexOf(HOW_TO_FIX);
        if (heading < 0) {
            return java.util.Optional.empty();
        }
        StringBuilder paragraph = new StringBuilder();
        for (String line : lines.subList(heading + 1, lines.size())) {
            if (line.isBlank() && paragraph.length() > 0 || line.startsWith("#") || line.startsWith("```")) {
                break;
            }
            if (!line.isBlank()) {
                paragraph.append(paragraph.length() == 0 ? "" : " ").append(line.strip());
            }
        }
        return paragraph.length() == 0 ? java.util.Optional.empty() : java.util.Optional.of(paragraph.toString());
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
