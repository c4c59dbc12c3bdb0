package dev.readiness.core.testing;

import static org.assertj.core.api.Assertions.fail;

import dev.readiness.core.rule.Finding;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Error-Prone-style expectations: {@code // expect: <rule-id>} in Java and {@code <!-- expect: <rule-id> -->}
 * in Markdown/XML (either in Gradle scripts) mark the line where a finding must be reported. A quoted text
 * after the rule id ({@code // expect: modularity/long-method "has 71 lines"}) must also occur in the
 * finding's message. A line holding nothing but markers applies them to the next line that is not such a
 * line. {@link #assertMatch} checks both ways: every marker has its finding and every finding has its marker.
 */
public final class ExpectMarkers {

    private static final String RULE_AND_TEXT = "expect:\\s*([a-z]+/[a-z0-9-]+)(?:\\s*\"([^\"]*)\")?";
    private static final Pattern JAVA_MARKER = Pattern.compile("//\\s*" + RULE_AND_TEXT);
    private static final Pattern XML_MARKER = Pattern.compile("<!--\\s*" + RULE_AND_TEXT + "\\s*-->");

    private ExpectMarkers() {
    }

    /** The markers of the rules {@code ruleIds} accepts, paths relative to {@code root} with forward slashes. */
    public static List<ExpectMarker> markers(Path root, Predicate<String> ruleIds) {
        List<ExpectMarker> markers = new ArrayList<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path file : paths.filter(Files::isRegularFile).filter(path -> !isInGitDirectory(root, path))
                    .filter(path -> !path.toString().endsWith(".class")).sorted().toList()) {
                String relative = root.relativize(file).toString().replace('\\', '/');
                markers.addAll(markersOf(relative, Files.readAllLines(file, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return markers.stream().filter(marker -> ruleIds.test(marker.ruleId())).toList();
    }

    private static List<ExpectMarker> markersOf(String path, List<String> lines) {
        MarkedFile file = new MarkedFile(path, lines, path.endsWith(".java") ? List.of(JAVA_MARKER)
                : isGradleScript(path) ? List.of(JAVA_MARKER, XML_MARKER) : List.of(XML_MARKER));
        List<ExpectMarker> markers = new ArrayList<>();
        List<Integer> waiting = new ArrayList<>(); // lines of markers standing alone, for the next other line
        for (int line = 1; line <= lines.size(); line++) {
            if (file.standsAlone(line)) {
                waiting.add(line);
            } else {
                for (int markerLine : waiting) {
                    markers.addAll(file.markers(line, markerLine));
                }
                markers.addAll(file.markers(line, line));
                waiting.clear();
            }
        }
        // markers on the last lines point past the end: they stay, and fail as missing
        for (int markerLine : waiting) {
            markers.addAll(file.markers(lines.size() + 1, markerLine));
        }
        return markers;
    }

    /** A file's lines and the marker syntax of its kind. */
    private record MarkedFile(String path, List<String> lines, List<Pattern> patterns) {

        /** True for a line holding nothing but markers. */
        boolean standsAlone(int line) {
            String text = lines.get(line - 1);
            String rest = text;
            for (Pattern pattern : patterns) {
                rest = pattern.matcher(rest).replaceAll("");
            }
            return rest.isBlank() && !rest.equals(text);
        }

        /** The markers written on {@code markerLine}, expecting findings on {@code line}. */
        List<ExpectMarker> markers(int line, int markerLine) {
            List<ExpectMarker> markers = new ArrayList<>();
            for (Pattern pattern : patterns) {
                Matcher matcher = pattern.matcher(lines.get(markerLine - 1));
                while (matcher.find()) {
                    String demanded = matcher.group(2) == null ? "" : matcher.group(2);
                    markers.add(new ExpectMarker(path, line, matcher.group(1), demanded, markerLine));
                }
            }
            return markers;
        }
    }

    /** Fails listing missing and unexpected findings; finding paths are relative to the same root. */
    public static void assertMatch(String what, List<ExpectMarker> expected, List<Finding> findings) {
        MarkerMatch match = MarkerMatch.of(expected, findings);
        List<String> missing = match.missing();
        List<String> unexpected = match.unexpected();
        if (!missing.isEmpty() || !unexpected.isEmpty()) {
            fail("%s does not match its markers%n  missing (marker, no finding):%n    %s%n"
                            + "  unexpected (finding, no marker):%n    %s",
                    what, missing.isEmpty() ? "none" : String.join("\n    ", missing),
                    unexpected.isEmpty() ? "none" : String.join("\n    ", unexpected));
        }
    }

    private static boolean isGradleScript(String path) {
        return path.endsWith(".gradle") || path.endsWith(".gradle.kts");
    }

    private static boolean isInGitDirectory(Path root, Path file) {
        return root.relativize(file).startsWith(".git");
    }
}
