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
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Error-Prone-style expectations: {@code // expect: <rule-id>} in Java and {@code <!-- expect: <rule-id> -->}
 * in Markdown/XML (either in Gradle scripts) mark the line where a finding must be reported.
 * {@link #assertMatch} checks both ways: every marker has its finding and every finding has its marker.
 */
public final class ExpectMarkers {

    private static final Pattern JAVA_MARKER = Pattern.compile("//\\s*expect:\\s*([a-z]+/[a-z0-9-]+)");
    private static final Pattern XML_MARKER = Pattern.compile("<!--\\s*expect:\\s*([a-z]+/[a-z0-9-]+)\\s*-->");

    private ExpectMarkers() {
    }

    /** Markers by "path:line rule-id", counted; paths relative to {@code root}, forward slashes. */
    public static Map<String, Integer> markers(Path root, Predicate<String> ruleIds) {
        Map<String, Integer> markers = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path file : paths.filter(Files::isRegularFile).filter(path -> !isInGitDirectory(root, path))
                    .filter(path -> !path.toString().endsWith(".class")).sorted().toList()) {
                String relative = root.relativize(file).toString().replace('\\', '/');
                List<Pattern> patterns = relative.endsWith(".java") ? List.of(JAVA_MARKER)
                        : isGradleScript(relative) ? List.of(JAVA_MARKER, XML_MARKER) : List.of(XML_MARKER);
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    for (String ruleId : markedRuleIds(lines.get(i), patterns, ruleIds)) {
                        markers.merge(key(relative, i + 1, ruleId), 1, Integer::sum);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return markers;
    }

    private static List<String> markedRuleIds(String line, List<Pattern> patterns, Predicate<String> ruleIds) {
        List<String> ids = new ArrayList<>();
        for (Pattern pattern : patterns) {
            Matcher matcher = pattern.matcher(line);
            while (matcher.find()) {
                ids.add(matcher.group(1));
            }
        }
        return ids.stream().filter(ruleIds).toList();
    }

    /** Fails listing missing and unexpected findings; finding paths are relative to the same root. */
    public static void assertMatch(String what, Map<String, Integer> expected, List<Finding> findings) {
        Map<String, Integer> actual = new TreeMap<>();
        findings.forEach(finding -> actual.merge(key(finding), 1, Integer::sum));
        List<String> missing = new ArrayList<>();
        List<String> unexpected = new ArrayList<>();
        expected.forEach((key, count) -> {
            int reported = actual.getOrDefault(key, 0);
            if (reported < count) {
                missing.add(key + (count > 1 ? " (" + count + " expected, " + reported + " reported)" : ""));
            }
        });
        for (Finding finding : findings) {
            if (actual.get(key(finding)) > expected.getOrDefault(key(finding), 0)) {
                unexpected.add(key(finding) + " \"" + finding.message() + "\"");
            }
        }
        if (!missing.isEmpty() || !unexpected.isEmpty()) {
            fail("%s does not match its markers%n  missing (marker, no finding):%n    %s%n"
                            + "  unexpected (finding, no marker):%n    %s",
                    what, missing.isEmpty() ? "none" : String.join("\n    ", missing),
                    unexpected.isEmpty() ? "none" : String.join("\n    ", unexpected));
        }
    }

    private static String key(Finding finding) {
        return key(finding.location().path(), finding.location().region().startLine(), finding.ruleId());
    }

    private static String key(String path, int line, String ruleId) {
        return path + ":" + line + " " + ruleId;
    }

    private static boolean isGradleScript(String path) {
        return path.endsWith(".gradle") || path.endsWith(".gradle.kts");
    }

    private static boolean isInGitDirectory(Path root, Path file) {
        return root.relativize(file).startsWith(".git");
    }
}
