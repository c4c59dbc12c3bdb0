package dev.readiness.rules.context;

import dev.readiness.core.repo.FileKind;
import dev.readiness.core.repo.RepoFile;
import dev.readiness.core.rule.Effort;
import dev.readiness.core.rule.FindingSink;
import dev.readiness.core.rule.Level;
import dev.readiness.core.rule.Location;
import dev.readiness.core.rule.Precision;
import dev.readiness.core.rule.Need;
import dev.readiness.core.rule.RepositoryContext;
import dev.readiness.core.rule.RepositoryRule;
import dev.readiness.core.rule.RuleDefinition;

/**
 * Agent instruction files that mention modules, paths, types or wrapper scripts the repository does not
 * have. An agent trusts these files: a stale mention sends it to build a module that is gone or to edit a
 * class that was renamed.
 */
@RuleDefinition(
        id = "context/agent-instructions-stale",
        summary = "Agent instructions mention modules, paths, types or wrappers that do not exist.",
        description = "Reports each mention, in an agent instruction file (" + InstructionFiles.NAMES
                + "), of something the repository does not have: a Maven or Gradle module (`-pl foo`, "
                + "`:foo:test`, \"the `foo` module\"), a path or a Java type in a code span that nothing "
                + "matches, or a command run through a wrapper (`./mvnw`, `./gradlew`) that is not there. "
                + "Placeholders, URLs and library types the code uses are not reported.",
        level = Level.WARNING,
        effort = Effort.DOCUMENT,
        precision = Precision.MEDIUM,
        scope = FileKind.DOCS,
        needs = Need.AGENT_INSTRUCTIONS,
        tags = {"context", "agents", "documentation", "ai-readiness"},
        holds = "Agent instructions name only modules, paths, types and wrappers that exist")
public final class AgentInstructionsStale implements RepositoryRule {

    @Override
    public void check(RepositoryContext context, FindingSink sink) {
        RepositoryPaths paths = RepositoryPaths.of(context);
        KnownTypes types = KnownTypes.of(context);
        for (RepoFile file : InstructionFiles.find(context)) {
            String directory = ScopePaths.parent(ScopePaths.inScope(context, file.path()));
            String text = context.readText(file).orElse("");
            for (StaleMentions.Stale stale : StaleMentions.of(text, paths, types, directory)) {
                sink.report(Location.ofLine(file.path(), stale.line()), file.fileName() + " " + stale.message()
                        + ": correct or remove the mention, agents follow it literally.");
            }
        }
    }
}
