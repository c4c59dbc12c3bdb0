package dev.readiness.rules.context;

import dev.readiness.core.repo.FileKind;
import dev.readiness.core.repo.RepoFile;
import dev.readiness.core.rule.Effort;
import dev.readiness.core.rule.FindingSink;
import dev.readiness.core.rule.Level;
import dev.readiness.core.rule.Location;
import dev.readiness.core.rule.Precision;
import dev.readiness.core.rule.RepositoryAnchors;
import dev.readiness.core.rule.RepositoryContext;
import dev.readiness.core.rule.RepositoryRule;
import dev.readiness.core.rule.RuleDefinition;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The README at the root of the scanned scope is missing, or shows no command to build and/or to run the
 * tests. Without one, an AI agent guesses the build (and often runs none), so its changes go unverified.
 */
@RuleDefinition(
        id = "context/readme-missing-commands",
        summary = "README is missing or does not show how to build and test.",
        description = "Reports a repository (or scanned directory) without a README at its root, or whose README shows no "
                + "build command and/or no test command (Maven or Gradle, wrapper or not, in code or plain "
                + "text). Agents and new contributors read the README first; without exact commands they "
                + "guess, and their changes go unverified.",
        level = Level.WARNING,
        effort = Effort.DOCUMENT,
        precision = Precision.HIGH,
        scope = FileKind.DOCS,
        tags = {"context", "documentation", "onboarding", "ai-readiness"},
        holds = "README shows how to build and test")
public final class ReadmeMissingCommands implements RepositoryRule {

    /** The first one is the project's own; later ones sit in profiles. */
    private static final Pattern DEFAULT_GOAL = Pattern.compile("<defaultGoal>([^<]+)</defaultGoal>");
    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}(#{1,6}|={1,6})\\s+(.+)$");
    private static final Pattern USEFUL_HEADING = Pattern.compile(
            "build|test|getting started|quick ?start|develop|usage|install|contribut|running|setup|set up",
            Pattern.CASE_INSENSITIVE);

    @Override
    public void check(RepositoryContext context, FindingSink sink) {
        List<RepoFile> atRoot = context.rootFiles();
        Optional<RepoFile> readme = RepositoryAnchors.readme(context);
        String suggestion = suggestedCommands(atRoot);
        if (readme.isEmpty()) {
            RepositoryAnchors.forRepository(context).ifPresent(anchor -> sink.report(anchor,
                    "No README at " + describeScope(context.scope()) + ": add a README.md that says what this is "
                            + "and how to build and test it, with exact commands" + suggestion + "."));
            return;
        }
        String text = context.readText(readme.get()).orElse("");
        ReadmeCommands.Found found = ReadmeCommands.find(text, mavenDefaultGoals(context, atRoot));
        if (found.build() && found.test()) {
            return;
        }
        String missing = !found.build() && !found.test() ? "no build command and no test command"
                : !found.build() ? "no build command" : "no test command";
        sink.report(Location.ofLine(readme.get().path(), bestLine(text)), readme.get().fileName() + " shows "
                + missing + ": add the exact command" + (found.build() || found.test() ? "" : "s")
                + " in a code block" + suggestion + ", so agents and new contributors can verify their changes.");
    }

    /** The goals of the root POM's {@code <defaultGoal>}, which a bare {@code mvn} runs. */
    private static List<String> mavenDefaultGoals(RepositoryContext context, List<RepoFile> atRoot) {
        return atRoot.stream().filter(file -> file.fileName().equals("pom.xml")).findFirst()
                .flatMap(context::readText)
                .map(DEFAULT_GOAL::matcher)
                .filter(Matcher::find)
                .map(matcher -> List.of(matcher.group(1).trim().split("\\s+")))
                .orElse(List.of());
    }

    private static String suggestedCommands(List<RepoFile> atRoot) {
        Set<String> names = atRoot.stream().map(RepoFile::fileName).collect(Collectors.toSet());
        if (names.contains("mvnw")) {
            return " (e.g. `./mvnw verify`, `./mvnw test`)";
        } else if (names.contains("pom.xml")) {
            return " (e.g. `mvn verify`, `mvn test`)";
        } else if (names.contains("gradlew")) {
            return " (e.g. `./gradlew build`, `./gradlew test`)";
        } else if (names.contains("build.gradle") || names.contains("build.gradle.kts")) {
            return " (e.g. `gradle build`, `gradle test`)";
        }
        return "";
    }

    /** The first heading about building, testing or getting started; else line 1. */
    private static int bestLine(String text) {
        String[] lines = text.split("\\R", -1);
        boolean inFence = false;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].stripLeading().startsWith("```")) {
                inFence = !inFence;
                continue;
            }
            Matcher heading = HEADING.matcher(lines[i]);
            if (!inFence && heading.matches() && USEFUL_HEADING.matcher(heading.group(2)).find()) {
                return i + 1;
            }
        }
        return 1;
    }

    private static String describeScope(String scope) {
        return scope.isEmpty() ? "the repository root" : "'" + scope + "'";
    }
}
