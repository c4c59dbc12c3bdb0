package dev.readiness.core.engine;

import dev.readiness.core.analysis.ToolNotification;
import dev.readiness.core.repo.RepoFile;
import dev.readiness.core.repo.WellKnownFiles;
import dev.readiness.core.rule.Finding;
import dev.readiness.core.rule.Level;
import dev.readiness.core.rule.Need;
import dev.readiness.core.rule.RepositoryContext;
import dev.readiness.core.rule.RepositoryRule;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Runs the repository rules once over the finished models. A rule whose needs the scan cannot meet is skipped
 * (one note per missing need names the rules), and findings a rule reports in files outside its scope are
 * dropped (a note names the rule: that is a bug of the rule, not a finding).
 */
final class RepositoryRuleStage {

    private RepositoryRuleStage() {
    }

    /**
     * @param onCompiledClasses gets the id of every rule that read the compiled classes (directly or through the
     *                          dependency graph built from them)
     */
    static List<Finding> run(List<ActiveRule> rules, SnapshotContext context, List<ToolNotification> notifications,
                             Set<String> onCompiledClasses) {
        Map<Need, String> missing = missingNeeds(context);
        Map<Need, TreeSet<String>> skipped = new EnumMap<>(Need.class);
        List<Finding> findings = new ArrayList<>();
        for (ActiveRule rule : rules) {
            Optional<Need> unmet = rule.metadata().needs().stream().filter(missing::containsKey).findFirst();
            if (unmet.isPresent()) {
                skipped.computeIfAbsent(unmet.get(), need -> new TreeSet<>()).add(rule.metadata().id());
                continue;
            }
            List<Finding> reported = new ArrayList<>();
            int compiledClassReads = context.compiledClassReads();
            try {
                ((RepositoryRule) rule.rule()).check(context, rule.sink(reported));
            } catch (RuntimeException | StackOverflowError e) {
                // one rule's bug must not stop the scan: it becomes a notification naming the rule (as for per-file
                // rules, a stack overflow too: a rule's recursion over hostile input is such a bug)
                notifications.add(ToolNotification.global("rule-error", Level.ERROR,
                        "rule " + rule.metadata().id() + " failed: " + e));
            }
            findings.addAll(inScope(rule, reported, context, notifications));
            if (context.compiledClassReads() > compiledClassReads) {
                onCompiledClasses.add(rule.metadata().id());
            }
        }
        skipped.forEach((need, ids) -> notifications.add(ToolNotification.global("rule-skipped", Level.NOTE,
                (ids.size() == 1 ? "1 rule needs " : ids.size() + " rules need ") + need.description()
                        + " and did not run (" + missing.get(need) + "): " + String.join(", ", ids))));
        return findings;
    }

    private static List<Finding> inScope(ActiveRule rule, List<Finding> reported, RepositoryContext context,
                                         List<ToolNotification> notifications) {
        List<Finding> kept = reported.stream().filter(finding -> context.file(finding.location().path())
                .map(RepoFile::kind).map(rule::keepsFindingIn).orElse(true)).toList();
        if (kept.size() < reported.size()) {
            notifications.add(ToolNotification.global("rule-out-of-scope", Level.WARNING, "rule " + rule.metadata().id()
                    + " reported " + (reported.size() - kept.size()) + " finding(s) in files outside its scope "
                    + rule.metadata().scope() + "; they were dropped"));
        }
        return kept;
    }

    /** Each need this scan cannot meet, with why. */
    private static Map<Need, String> missingNeeds(RepositoryContext context) {
        Map<Need, String> missing = new EnumMap<>(Need.class);
        context.historyMissingReason().ifPresent(reason -> missing.put(Need.HISTORY, reason));
        if (context.bytecode().isEmpty()) {
            missing.put(Need.BYTECODE, "no compiled classes were found");
        }
        if (context.files().stream().noneMatch(WellKnownFiles::isBuildFile)) {
            missing.put(Need.BUILD_FILES, "no " + String.join(", ", WellKnownFiles.BUILD_FILES));
        }
        if (context.files().stream().noneMatch(WellKnownFiles::isAgentInstructions)) {
            missing.put(Need.AGENT_INSTRUCTIONS, "no agent instruction file");
        }
        return missing;
    }
}
