package dev.readiness.rules.context;

import dev.readiness.core.repo.FileKind;
import dev.readiness.core.repo.RepoFile;
import dev.readiness.core.rule.Effort;
import dev.readiness.core.rule.DeclaredInactive;
import dev.readiness.core.rule.FindingSink;
import dev.readiness.core.rule.Level;
import dev.readiness.core.rule.Location;
import dev.readiness.core.rule.Precision;
import dev.readiness.core.rule.RepositoryAnchors;
import dev.readiness.core.rule.RepositoryContext;
import dev.readiness.core.rule.RepositoryRule;
import dev.readiness.core.rule.RuleDefinition;
import java.util.List;

/**
 * No agent instruction file, or instruction files that give an agent nothing to work with. Judged on
 * content, not presence: together they must show a build or test command and describe the layout or the
 * conventions; an empty or boilerplate AGENTS.md earns nothing.
 */
@RuleDefinition(
        id = "context/agent-instructions-missing",
        summary = "No agent instruction file, or one without a build command and layout.",
        description = "Reports a repository with no agent instruction file (" + InstructionFiles.NAMES
                + "), or whose instruction files together show no build or test command (as code) and "
                + "describe neither the layout (directories or modules that exist) nor the conventions. "
                + "Agents read these files first; without them they guess how to build, where code goes "
                + "and which rules apply.",
        level = Level.WARNING,
        effort = Effort.DOCUMENT,
        precision = Precision.HIGH,
        scope = FileKind.DOCS,
        tags = {"context", "agents", "documentation", "ai-readiness"},
        holds = "Agent instructions exist")
public final class AgentInstructionsMissing implements RepositoryRule {

    @Override
    public void check(RepositoryContext context, FindingSink findings) {
        FindingSink sink = DeclaredInactive.soften(context, findings);
        List<RepoFile> files = InstructionFiles.find(context);
        if (files.isEmpty()) {
            reportMissing(context, sink);
            return;
        }
        RepositoryPaths paths = RepositoryPaths.of(context);
        InstructionSubstance substance = new InstructionSubstance(false, false);
        for (RepoFile file : files) {
            String directory = ScopePaths.parent(ScopePaths.inScope(context, file.path()));
            substance = substance.or(InstructionSubstance.of(context.readText(file).orElse(""), paths, directory));
        }
        if (!substance.enough()) {
            RepoFile first = files.get(0);
            List<Location> others = files.subList(1, files.size()).stream()
                    .map(file -> Location.ofLine(file.path(), 1).withMessage("also read by agents")).toList();
            String gives = files.size() == 1 ? "gives" : "give";
            String gap = substance.layout() ? gives + " an agent no build or test command to run. Add the exact "
                    + "build and test commands in code (e.g. `./mvnw verify`)"
                    : gives + " an agent nothing to work with: " + substance.missing() + ". Add the exact build and "
                            + "test commands in code (e.g. `./mvnw verify`), the modules and directories and what "
                            + "lives where, and the coding rules to follow";
            sink.report(Location.ofLine(first.path(), 1), describe(files) + " but " + gap + ".", others);
        }
    }

    /** Only a scan of the whole repository can tell that there is none (the root may hold one). */
    private static void reportMissing(RepositoryContext context, FindingSink sink) {
        if (!context.scope().isEmpty()) {
            return;
        }
        RepositoryAnchors.forRepository(context).ifPresent(anchor -> sink.report(anchor,
                "No agent instruction file (" + InstructionFiles.NAMES + "): add an AGENTS.md at the root with "
                        + "the exact build and test commands, the module layout and the conventions to follow."));
    }

    private static String describe(List<RepoFile> files) {
        return files.size() == 1 ? files.get(0).fileName() + " exists" : files.get(0).fileName() + " and "
                + (files.size() - 1) + " other instruction file" + (files.size() == 2 ? "" : "s") + " exist";
    }
}
