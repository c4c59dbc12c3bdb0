package dev.readiness.rules.context;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds Maven and Gradle build and test commands in a README. In code (fenced or indented blocks, inline
 * code spans, shell prompts) any goal after the tool counts, e.g. {@code ./mvnw -pl core -am verify}; in
 * prose the goal must follow the tool directly (options aside), so "use gradle to build" is not a command.
 */
final class ReadmeCommands {

    /** What a README shows. */
    record Found(boolean build, boolean test) {

        static final Found NONE = new Found(false, false);

        Found or(Found other) {
            return new Found(build || other.build, test || other.test);
        }
    }

    /** The goals of one build tool that build, and that run tests. */
    private record Tool(Set<String> buildGoals, Set<String> testGoals) {

        // package and install run the test phase first; Gradle's build runs check, which runs test
        static final Tool MAVEN = new Tool(Set.of("compile", "package", "install", "verify", "test", "deploy"),
                Set.of("test", "verify", "package", "install"));
        static final Tool GRADLE = new Tool(Set.of("build", "assemble", "check", "test"),
                Set.of("test", "check", "build"));

        Found goal(String goal) {
            return new Found(buildGoals.contains(goal), testGoals.contains(goal));
        }
    }

    private static final Pattern TOOL = Pattern.compile(
            "(?<![\\w./\\\\-])(?:\\.[/\\\\])?(mvnw(?:\\.cmd)?|mvn|gradlew(?:\\.bat)?|gradle)(?![\\w./-])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SHELL_COMMENT = Pattern.compile("(^|\\s)#.*$");
    private static final Pattern SHELL_SEPARATOR = Pattern.compile("&&|\\|\\||[;|`]");

    /** Options whose value is the next word, so that word is not mistaken for the end of the command. */
    private static final Set<String> OPTIONS_WITH_VALUE = Set.of(
            "-pl", "--projects", "-f", "--file", "-p", "--project-dir", "-P", "--activate-profiles", "-s",
            "--settings", "-T", "--threads", "-rf", "--resume-from", "-x", "--exclude-task", "--tests", "-b");

    private ReadmeCommands() {
    }

    static Found find(String text) {
        return find(text, List.of());
    }

    /**
     * As {@link #find(String)}; a bare {@code mvn} or {@code ./mvnw} (options only) runs the POM's
     * {@code <defaultGoal>}, given as {@code mavenDefaultGoals}.
     */
    static Found find(String text, List<String> mavenDefaultGoals) {
        Found found = Found.NONE;
        for (MarkdownCode.Fragment fragment : MarkdownCode.fragments(text)) {
            found = found.or(parse(fragment.text(), fragment.code(), mavenDefaultGoals));
        }
        return found;
    }

    /** Every Maven or Gradle command written as code (block, span or prompt), in order. */
    static List<Invocation> invocations(String text) {
        List<Invocation> invocations = new ArrayList<>();
        for (MarkdownCode.Fragment fragment : MarkdownCode.fragments(text)) {
            Matcher tool = TOOL.matcher(fragment.text());
            while (fragment.code() && tool.find()) {
                String launcher = fragment.text().substring(tool.start(), tool.end());
                String[] words = arguments(fragment.text().substring(tool.end()));
                invocations.add(new Invocation(fragment.line(), launcher, List.of(words)));
            }
        }
        return invocations;
    }

    /** One command as written: its line, the launcher ({@code mvn}, {@code ./gradlew}, ...) and its words. */
    record Invocation(int line, String launcher, List<String> words) {

        /** The launcher's file name in lower case: {@code mvn}, {@code mvnw}, {@code gradlew.bat}, ... */
        String tool() {
            String name = launcher.toLowerCase(Locale.ROOT);
            return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        }

        boolean maven() {
            return tool().startsWith("mvn");
        }

        boolean wrapper() {
            return tool().startsWith("mvnw") || tool().startsWith("gradlew");
        }

        /** What the command builds and tests. */
        Found found() {
            return parseArguments(words.toArray(String[]::new), maven() ? Tool.MAVEN : Tool.GRADLE, true);
        }

        /** The launcher and words as one line, for messages. */
        String text() {
            return (launcher + " " + String.join(" ", words)).trim();
        }
    }

    /** Every tool named in {@code text}, with the goals and options that follow it up to a shell separator. */
    private static Found parse(String text, boolean code, List<String> mavenDefaultGoals) {
        Found found = Found.NONE;
        Matcher tool = TOOL.matcher(text);
        while (tool.find()) {
            Tool kind = tool.group(1).toLowerCase(Locale.ROOT).startsWith("mvn") ? Tool.MAVEN : Tool.GRADLE;
            String[] words = arguments(text.substring(tool.end()));
            if (kind == Tool.MAVEN && code && namesNoGoal(words)) {
                words = mavenDefaultGoals.toArray(String[]::new);
            }
            found = found.or(parseArguments(words, kind, code));
        }
        return found;
    }

    /** Only options (or nothing) after the tool: Maven runs the default goal. */
    private static boolean namesNoGoal(String[] words) {
        for (int i = 0; i < words.length; i++) {
            if (!words[i].isEmpty() && !words[i].startsWith("-")) {
                return false;
            }
            i += valuesOf(words[i]);
        }
        return true;
    }

    /** The words after a tool, up to the first shell separator or comment ({@code &&}, {@code ;}, a pipe, ...). */
    private static String[] arguments(String rest) {
        String uncommented = SHELL_COMMENT.matcher(rest).replaceFirst("");
        Matcher separator = SHELL_SEPARATOR.matcher(uncommented);
        String command = separator.find() ? uncommented.substring(0, separator.start()) : uncommented;
        return command.trim().split("\\s+");
    }

    private static Found parseArguments(String[] words, Tool tool, boolean code) {
        Found found = Found.NONE;
        boolean skipsTests = false;
        for (int i = 0; i < words.length; i++) {
            String word = words[i].replaceAll("[.,:)\"']+$", "");
            if (word.startsWith("-")) {
                found = found.or(option(word));
                skipsTests |= skipsTests(word, i + 1 < words.length ? words[i + 1] : "");
                i += valuesOf(word);
            } else if (!word.isEmpty()) {
                String goal = word.substring(word.lastIndexOf(':') + 1).toLowerCase(Locale.ROOT);
                found = found.or(tool.goal(goal));
                if (!code && endsProseCommand(tool, goal)) {
                    break; // prose: "use gradle to build" stops at "to"
                }
            }
        }
        return skipsTests ? new Found(found.build(), false) : found;
    }

    /** {@code -DskipTests}, {@code -Dmaven.test.skip=true} or Gradle's {@code -x test}: the command runs no tests. */
    private static boolean skipsTests(String option, String next) {
        return option.equals("-DskipTests") || option.equals("-DskipTests=true") || option.equals("-Dmaven.test.skip")
                || option.equals("-Dmaven.test.skip=true")
                || ((option.equals("-x") || option.equals("--exclude-task")) && next.equals("test"));
    }

    /** Selecting tests ({@code -Dtest=...}, {@code --tests}) means they are built and run. */
    private static Found option(String option) {
        boolean selectsTests = option.startsWith("-Dtest=") || option.equals("--tests");
        return new Found(selectsTests, selectsTests);
    }

    /** How many of the following words are this option's value. */
    private static int valuesOf(String option) {
        return OPTIONS_WITH_VALUE.contains(option) ? 1 : 0;
    }

    /** In prose only build goals and a few harmless ones may follow the tool. */
    private static boolean endsProseCommand(Tool tool, String goal) {
        return !tool.buildGoals().contains(goal) && !isKnownGoal(goal);
    }

    private static boolean isKnownGoal(String goal) {
        return goal.equals("clean") || goal.equals("validate") || goal.equals("clean-install");
    }
}
