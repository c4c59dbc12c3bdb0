package dev.readiness.rules.context;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What one instruction file tells an agent to use: its first test command and the first Java version it names. */
record InstructionClaims(Optional<TestCommand> testCommand, Optional<JavaVersion> javaVersion) {

    /** A command that runs the tests: Maven or Gradle, wrapper or not, and the flags that skip tests. */
    record TestCommand(int line, String text, boolean maven, boolean wrapper, Set<String> skips) {

        String toolName() {
            return maven ? "Maven" : "Gradle";
        }
    }

    /** A Java version: exactly {@code version}, or at least it when {@code minimum}. */
    record JavaVersion(int line, int version, boolean minimum, String text) {

        boolean contradicts(JavaVersion other) {
            if (minimum && other.minimum) {
                return false;
            }
            return minimum ? other.version < version : other.minimum ? version < other.version : version != other.version;
        }
    }

    private static final Pattern JAVA_VERSION = Pattern.compile(
            "\\b(?:java|jdk|openjdk)[ -]?(?:version\\s+)?(?:1\\.)?(\\d{1,2})\\b(\\+|\\s+or\\s+(?:newer|later|above|higher))?",
            Pattern.CASE_INSENSITIVE);
    private static final List<String> SKIP_FLAGS = List.of("-DskipTests", "-Dmaven.test.skip", "-DskipITs");

    static InstructionClaims of(String text) {
        Optional<TestCommand> command = ReadmeCommands.invocations(text).stream()
                .filter(invocation -> invocation.found().test()).findFirst()
                .map(invocation -> new TestCommand(invocation.line(), invocation.text(), invocation.maven(),
                        invocation.wrapper(), skips(invocation.words())));
        return new InstructionClaims(command, javaVersion(text));
    }

    private static Set<String> skips(List<String> words) {
        Set<String> skips = new TreeSet<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            SKIP_FLAGS.stream().filter(flag -> word.equals(flag) || word.startsWith(flag + "=true"))
                    .forEach(skips::add);
            if (word.equals("-x") && i + 1 < words.size() && words.get(i + 1).toLowerCase(Locale.ROOT).endsWith("test")) {
                skips.add("-x " + words.get(i + 1));
            }
        }
        return skips;
    }

    private static Optional<JavaVersion> javaVersion(String text) {
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher version = JAVA_VERSION.matcher(lines[i]);
            if (version.find()) {
                return Optional.of(new JavaVersion(i + 1, Integer.parseInt(version.group(1)), version.group(2) != null,
                        version.group().strip()));
            }
        }
        return Optional.empty();
    }
}
