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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Two agent instruction files that disagree on how to run the tests (another build tool, wrapper against
 * a global install, flags that skip tests in one only) or on the Java version. Each agent reads a
 * different file, so each builds differently.
 */
@RuleDefinition(
        id = "context/agent-instructions-conflict",
        summary = "Agent instruction files disagree on the test command or the Java version.",
        description = "Compares the first test command and the first Java version of each agent instruction "
                + "file with those of the first file that names one (the root AGENTS.md first). Reported: "
                + "another build tool (Maven against Gradle), the wrapper against a global install, flags that "
                + "skip tests in one file only (-DskipTests, -Dmaven.test.skip, -DskipITs, -x test), and "
                + "Java versions that cannot both hold (17 against 21; \"17 or newer\" against 11).",
        level = Level.WARNING,
        effort = Effort.DOCUMENT,
        precision = Precision.HIGH,
        scope = FileKind.DOCS,
        needs = Need.AGENT_INSTRUCTIONS,
        tags = {"context", "agents", "documentation", "ai-readiness"},
        holds = "Agent instruction files agree on the test command and the Java version")
public final class AgentInstructionsConflict implements RepositoryRule {

    @Override
    public void check(RepositoryContext context, FindingSink sink) {
        Optional<Claimed<InstructionClaims.TestCommand>> firstCommand = Optional.empty();
        Optional<Claimed<InstructionClaims.JavaVersion>> firstVersion = Optional.empty();
        for (RepoFile file : InstructionFiles.find(context)) {
            InstructionClaims claims = InstructionClaims.of(context.readText(file).orElse(""));
            if (claims.testCommand().isPresent() && firstCommand.isPresent()) {
                compareCommands(firstCommand.get(), new Claimed<>(file, claims.testCommand().get()), sink);
            } else if (claims.testCommand().isPresent()) {
                firstCommand = Optional.of(new Claimed<>(file, claims.testCommand().get()));
            }
            if (claims.javaVersion().isPresent() && firstVersion.isPresent()) {
                compareVersions(firstVersion.get(), new Claimed<>(file, claims.javaVersion().get()), sink);
            } else if (claims.javaVersion().isPresent()) {
                firstVersion = Optional.of(new Claimed<>(file, claims.javaVersion().get()));
            }
        }
    }

    /** A claim and the file that makes it. */
    private record Claimed<T>(RepoFile file, T claim) {
    }

    private static void compareCommands(Claimed<InstructionClaims.TestCommand> first,
                                        Claimed<InstructionClaims.TestCommand> second, FindingSink sink) {
        InstructionClaims.TestCommand a = first.claim();
        InstructionClaims.TestCommand b = second.claim();
        List<String> differences = new ArrayList<>();
        if (a.maven() != b.maven()) {
            differences.add("it runs the tests with " + b.toolName() + ", " + first.file().fileName() + " with "
                    + a.toolName());
        } else if (a.wrapper() != b.wrapper()) {
            differences.add(b.wrapper() ? "it uses the wrapper, " + first.file().fileName() + " a global install"
                    : "it uses a global install, " + first.file().fileName() + " the wrapper");
        }
        if (!a.skips().equals(b.skips())) {
            differences.add("it skips " + (b.skips().isEmpty() ? "nothing" : String.join(" ", b.skips())) + ", "
                    + first.file().fileName() + " " + (a.skips().isEmpty() ? "nothing" : String.join(" ", a.skips())));
        }
        if (!differences.isEmpty()) {
            sink.report(Location.ofLine(second.file().path(), b.line()), second.file().fileName() + " says to test with `"
                    + b.text() + "` but " + first.file().fileName() + " with `" + a.text() + "` ("
                    + String.join("; ", differences) + "): agents reading different files build differently; "
                    + "agree on one command.", List.of(Location.ofLine(first.file().path(), a.line())
                    .withMessage("the test command in " + first.file().fileName())));
        }
    }

    private static void compareVersions(Claimed<InstructionClaims.JavaVersion> first,
                                        Claimed<InstructionClaims.JavaVersion> second, FindingSink sink) {
        if (first.claim().contradicts(second.claim())) {
            sink.report(Location.ofLine(second.file().path(), second.claim().line()), second.file().fileName()
                    + " names " + second.claim().text() + " but " + first.file().fileName() + " names "
                    + first.claim().text() + ": agents set up different JDKs; name the version the build uses in both.",
                    List.of(Location.ofLine(first.file().path(), first.claim().line())
                            .withMessage("the Java version in " + first.file().fileName())));
        }
    }
}
