package dev.readiness.core.rule;

import dev.readiness.core.repo.RepoFile;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A project whose README says it is no longer developed: deprecated, no longer maintained or developed, archived,
 * end of life ("Joda-time is no longer in active development", "Square's JavaPoet project is deprecated"). A project
 * "in maintenance mode" still takes fixes (Gson, ZXing), for which agents need the same help: it is not one. Advice on how to work on it (agent instructions, a build wrapper, CI) still holds, but
 * matters only for the few changes it still takes: the rules that give it report notes that say so
 * ({@link #soften}). The statement must be about the project itself: its subject names the repository or its
 * README's title, or says "this project", "this library" or "this repository", and it stands in the README's first
 * {@value #LINES_READ} lines, where projects announce it.
 */
public final class DeclaredInactive {

    /** What a README says of the project, where, in its own words (at most one sentence). */
    public record Declaration(String path, int line, String state) {
    }

    private static final int LINES_READ = 40;
    private static final Pattern STATEMENT = Pattern.compile("(?i)(?<subject>[\\w' .-]{1,60}?)\\s+(?:is|has been)\\s+"
            + "(?:now\\s+)?(?:officially\\s+)?(?:currently\\s+)?(?<state>deprecated"
            + "|no longer (?:actively\\s+)?(?:maintained|developed|supported|in active development"
            + "|under active development)|unmaintained|archived|end[- ]of[- ]life)\\b");
    private static final Pattern SELF = Pattern.compile("(?i).*\\b(this|the) (project|library|repository|repo)$");
    /** What a subject may say besides the name: an owner's possessive, an article, the kind of project. */
    private static final Pattern OWNER_AND_KIND = Pattern.compile(
            "(?i)^(?:the\\s+)?(?:[\\w.-]+'s\\s+)?(?:the\\s+)?|\\s+(?:project|library|framework|repository)$");
    private static final Pattern MARKUP = Pattern.compile("[*_`>#=\\[\\]]");

    private DeclaredInactive() {
    }

    /** The declaration of the scanned repository's README, if it makes one. */
    public static Optional<Declaration> of(RepositoryContext context) {
        Optional<RepoFile> readme = RepositoryAnchors.readme(context);
        if (readme.isEmpty()) {
            return Optional.empty();
        }
        String text = context.readText(readme.get()).orElse("");
        Optional<String> name = projectName(text);
        String[] lines = text.split("\\R", -1);
        for (int index = 0; index < Math.min(lines.length, LINES_READ); index++) {
            String line = MARKUP.matcher(lines[index]).replaceAll("");
            Matcher statement = STATEMENT.matcher(line);
            while (statement.find()) {
                if (aboutTheProject(statement.group("subject").strip(), name)) {
                    return Optional.of(new Declaration(readme.get().path(), index + 1,
                            statement.group("state").toLowerCase(Locale.ROOT)));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * {@code sink}, or where the project declares itself inactive, a sink that reports each finding as a note saying
     * so; the finding is the same, its weight is that of advice for a project that takes few changes.
     */
    public static FindingSink soften(RepositoryContext context, FindingSink sink) {
        Optional<Declaration> declaration = of(context);
        if (declaration.isEmpty()) {
            return sink;
        }
        String because = " The README says the project is " + declaration.get().state() + " ("
                + declaration.get().path() + ":" + declaration.get().line()
                + "), so this matters only for the changes it still takes.";
        return new FindingSink() {
            @Override
            public void report(Location location, String message, List<Location> related, Map<String, String> properties) {
                sink.report(Level.NOTE, location, message + because, related);
            }

            @Override
            public void report(Level level, Location location, String message, List<Location> related) {
                sink.report(Level.NOTE, location, message + because, related);
            }
        };
    }

    /** The README's first line of text, its title, as letters and digits ("JUnit 4": "junit4"). */
    private static Optional<String> projectName(String readme) {
        return readme.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("<"))
                .findFirst().map(line -> letters(MARKUP.matcher(line).replaceAll(""))).filter(name -> name.length() >= 3);
    }

    /**
     * The subject is "this project" (or library, repository), or is the project's name: the title, or how it begins,
     * once an owner ("Square's", "Netflix"), an article and a trailing "project" or "library" are dropped. A part of
     * the project ("Gson's streaming API") is not the project.
     */
    private static boolean aboutTheProject(String subject, Optional<String> title) {
        if (SELF.matcher(subject).matches()) {
            return true;
        }
        String name = letters(OWNER_AND_KIND.matcher(subject).replaceAll(""));
        return name.length() >= 3 && title.filter(spelled -> spelled.equals(name) || spelled.startsWith(name)).isPresent();
    }

    private static String letters(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
