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
    }

    private static final Pattern TOOL = Pattern.compile(
            "(?<![\\w./\\\\-])(?:\\.[/\\\\])?(mvnw(?:\\.cmd)?|mvn|gradlew(?:\\.bat)?|gradle)(?![\\w./-])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern INLINE_CODE = Pattern.compile("`+([^`]+)`+");
    private static final Pattern FENCE = Pattern.compile("^\\s*(```|~~~|----|\\.\\.\\.\\.)");
    private static final Pattern SHELL_SEPARATOR = Pattern.compile("&&|\\|\\||[;|`]");

    private static final Set<String> MAVEN_BUILD = Set.of("compile", "package", "install", "verify", "test");
    private static final Set<String> MAVEN_TEST = Set.of("test", "verify");
    private static final Set<String> GRADLE_BUILD = Set.of("build", "assemble", "check", "test");
    private static final Set<String> GRADLE_TEST = Set.of("test", "check");
    /** Options whose value is the next word, so that word is not mistaken for the end of the command. */
    private static final Set<String> OPTIONS_WITH_VALUE = Set.of(
            "-pl", "--projects", "-f", "--file", "-p", "--project-dir", "-P", "--activate-profiles", "-s",
            "--settings", "-T", "--threads", "-rf", "--resume-from", "-x", "--exclude-task", "--tests", "-b");

    private ReadmeCommands() {
    }

    static Found find(String text) {
        boolean build = false;
        boolean test = false;
        boolean inFence = false;
        for (String line : text.split("\\R", -1)) {
            if (FENCE.matcher(line).find()) {
                inFence = !inFence;
                continue;
            }
            for (Candidate candidate : candidates(line, inFence)) {
                Found found = parse(candidate.text(), candidate.code());
                build |= found.build();
                test |= found.test();
            }
        }
        return new Found(build, test);
    }

    private record Candidate(String text, boolean code) {
    }

    private static List<Candidate> candidates(String line, boolean inFence) {
        List<Candidate> candidates = new ArrayList<>();
        String stripped = line.stripLeading();
        boolean indentedCode = line.startsWith("    ") || line.startsWith("\t");
        if (inFence || indentedCode || stripped.startsWith("$ ") || stripped.startsWith("> ")) {
            candidates.add(new Candidate(stripped.replaceFirst("^[$>]\\s+", ""), true));
            return candidates;
        }
        Matcher code = INLINE_CODE.matcher(line);
        StringBuilder prose = new StringBuilder();
        int last = 0;
        while (code.find()) {
            candidates.add(new Candidate(code.group(1), true));
            prose.append(line, last, code.start()).append(' ');
            last = code.end();
        }
        prose.append(line.substring(last));
        candidates.add(new Candidate(prose.toString(), false));
        return candidates;
    }

    private static Found parse(String text, boolean code) {
        boolean build = false;
        boolean test = false;
        Matcher tool = TOOL.matcher(text);
        while (tool.find()) {
            boolean maven = tool.group(1).toLowerCase(Locale.ROOT).startsWith("mvn");
            String rest = text.substring(tool.end());
            Matcher separator = SHELL_SEPARATOR.matcher(rest);
            if (separator.find()) {
                rest = rest.substring(0, separator.start());
            }
            String[] words = rest.trim().split("\\s+");
            for (int i = 0; i < words.length; i++) {
                String word = words[i].replaceAll("[.,:)\"']+$", "");
                if (word.isEmpty()) {
                    continue;
                }
                if (word.startsWith("-")) {
                    if (word.startsWith("-Dtest=") || word.equals("--tests")) {
                        test = true;
                        build = true;
                    }
                    if (OPTIONS_WITH_VALUE.contains(word)) {
                        i++;
                    }
                    continue;
                }
                String goal = word.substring(word.lastIndexOf(':') + 1).toLowerCase(Locale.ROOT);
                boolean isBuild = (maven ? MAVEN_BUILD : GRADLE_BUILD).contains(goal);
                boolean isTest = (maven ? MAVEN_TEST : GRADLE_TEST).contains(goal);
                build |= isBuild;
                test |= isTest;
                if (!code && !isBuild && !isKnownGoal(goal)) {
                    break; // prose: "use gradle to build" stops at "to"
                }
            }
        }
        return new Found(build, test);
    }

    private static boolean isKnownGoal(String goal) {
        return goal.equals("clean") || goal.equals("validate") || goal.equals("clean-install");
    }
}
