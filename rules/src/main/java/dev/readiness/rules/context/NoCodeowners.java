package dev.readiness.rules.context;

import dev.readiness.core.repo.FileKind;
import dev.readiness.core.rule.Effort;
import dev.readiness.core.rule.FindingSink;
import dev.readiness.core.rule.Level;
import dev.readiness.core.rule.Precision;
import dev.readiness.core.rule.RepositoryAnchors;
import dev.readiness.core.rule.RepositoryContext;
import dev.readiness.core.rule.RepositoryRule;
import dev.readiness.core.rule.RuleDefinition;
import java.util.List;

/** No CODEOWNERS file: an agent's pull request has no one asked to review it. */
@RuleDefinition(
        id = "context/no-codeowners",
        summary = "No CODEOWNERS file names who reviews changes.",
        description = "Reports a repository without a CODEOWNERS file (at the root, in .github/ or in docs/), on "
                + "the README or the build file. Without one, pull requests opened by agents are not routed to the "
                + "people who know the code. Only a scan of the whole repository is judged.",
        level = Level.NOTE,
        effort = Effort.DOCUMENT,
        precision = Precision.HIGH,
        scope = FileKind.OTHER,
        tags = {"context", "review", "ai-readiness"},
        holds = "Code owners are declared")
public final class NoCodeowners implements RepositoryRule {

    private static final List<String> LOCATIONS = List.of("CODEOWNERS", ".github/CODEOWNERS", "docs/CODEOWNERS");

    @Override
    public void check(RepositoryContext context, FindingSink sink) {
        if (!context.scope().isEmpty() || LOCATIONS.stream().anyMatch(path -> context.file(path).isPresent())) {
            return;
        }
        RepositoryAnchors.forRepository(context).ifPresent(anchor -> sink.report(anchor, "No CODEOWNERS file: "
                + "changes, agents' pull requests among them, are not routed to the people who know the code; add "
                + ".github/CODEOWNERS naming an owner for each part (e.g. `* @your-org/maintainers`)."));
    }
}
