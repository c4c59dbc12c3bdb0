package dev.readiness.rules.testing;

import static org.assertj.core.api.Assertions.fail;

import dev.readiness.core.analysis.AnalysisResult;
import dev.readiness.core.engine.Analyzer;
import dev.readiness.core.engine.ProgressListener;
import dev.readiness.core.engine.Scan;
import dev.readiness.core.engine.ScanRequest;
import dev.readiness.core.rule.Finding;
import dev.readiness.core.rule.Rule;
import dev.readiness.core.rule.RuleRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Error-Prone-style sample test: copies {@code samples/<name>} from the test resources into a plain
 * directory, runs the real {@link Analyzer} with one rule, and checks findings against inline markers —
 * {@code // expect: <rule-id>} in Java, {@code <!-- expect: <rule-id> -->} in Markdown and XML — both ways:
 * every marker must be reported on its line and every finding must carry a marker.
 */
public final class RuleSampleVerifier {

    private static final Pattern JAVA_MARKER = Pattern.compile("//\\s*expect:\\s*([a-z]+/[a-z0-9-]+)");
    private static final Pattern XML_MARKER = Pattern.compile("<!--\\s*expect:\\s*([a-z]+/[a-z0-9-]+)\\s*-->");

    private final List<Rule> rules;
    private final Set<String> ruleIds;
    private final Path workDirectory;

    private RuleSampleVerifier(List<Rule> rules, Path workDirectory) {
        this.rules = List.copyOf(rules);
        this.ruleIds = rules.stream().map(rule -> rule.metadata().id()).collect(Collectors.toCollection(TreeSet::new));
        this.workDirectory = workDirectory;
    }

    /** A verifier for {@code rule} that copies samples into {@code workDirectory} (a JUnit {@code @TempDir}). */
    public static RuleSampleVerifier forRule(Rule rule, Path workDirectory) {
        return new RuleSampleVerifier(List.of(rule), workDirectory);
    }

    /**
     * A verifier running several rules together, e.g. to check that two rules never report the same
     * problem; only markers of these rules are checked, so one sample can carry markers for other rules.
     */
    public static RuleSampleVerifier forRules(List<Rule> rules, Path workDirectory) {
        return new RuleSampleVerifier(rules, workDirectory);
    }

    /** Scans {@code samples/<sample>} and asserts markers and findings match; returns the findings. */
    public List<Finding> verify(String sample) {
        Path copy = copySample(sample);
        Map<String, Integer> expected = markers(copy, ruleIds);
        List<Finding> findings = analyze(copy);
        Map<String, Integer> actual = new TreeMap<>();
        for (Finding finding : findings) {
            actual.merge(key(finding.location().path(), finding.location().region().startLine(), finding.ruleId()),
                    1, Integer::sum);
        }
        List<String> missing = new ArrayList<>();
        List<String> unexpected = new ArrayList<>();
        expected.forEach((key, count) -> {
            int reported = actual.getOrDefault(key, 0);
            if (reported < count) {
                missing.add(key + (count > 1 ? " (" + count + " expected, " + reported + " reported)" : ""));
            }
        });
        for (Finding finding : findings) {
            String key = key(finding.location().path(), finding.location().region().startLine(), finding.ruleId());
            if (actual.get(key) > expected.getOrDefault(key, 0)) {
                unexpected.add(key + " \"" + finding.message() + "\"");
            }
        }
        if (!missing.isEmpty() || !unexpected.isEmpty()) {
            fail("sample '%s' for %s does not match its markers%n  missing (marker, no finding):%n    %s%n"
                            + "  unexpected (finding, no marker):%n    %s",
                    sample, ruleIds, missing.isEmpty() ? "none" : String.join("\n    ", missing),
                    unexpected.isEmpty() ? "none" : String.join("\n    ", unexpected));
        }
        return findings;
    }

    private List<Finding> analyze(Path directory) {
        Analyzer analyzer = new Analyzer(new RuleRegistry(rules), ProgressListener.NONE);
        try (Scan scan = analyzer.analyze(new ScanRequest(directory, 1))) {
            AnalysisResult result = scan.result();
            result.notifications().stream()
                    .filter(notification -> notification.id().equals("rule-error")
                            || notification.id().equals("parse-error"))
                    .findFirst()
                    .ifPresent(notification -> fail("scan of the sample reported a problem: %s", notification));
            return result.findings();
        } catch (Exception e) {
            throw new AssertionError("scan of " + directory + " failed: " + e, e);
        }
    }

    private Path copySample(String sample) {
        URL url = RuleSampleVerifier.class.getResource("/samples/" + sample);
        if (url == null) {
            throw new IllegalArgumentException("no test resource samples/" + sample);
        }
        try {
            Path source = Path.of(url.toURI());
            Path target = workDirectory.resolve(sample);
            try (Stream<Path> paths = Files.walk(source)) {
                for (Path path : paths.sorted().toList()) {
                    Path destination = target.resolve(source.relativize(path).toString());
                    if (Files.isDirectory(path)) {
                        Files.createDirectories(destination);
                    } else {
                        Files.copy(path, destination);
                    }
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Markers by "path:line rule-id", counted; paths relative to the sample root with forward slashes. */
    static Map<String, Integer> markers(Path root, Set<String> ruleIds) {
        Map<String, Integer> markers = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path file : paths.filter(Files::isRegularFile).sorted().toList()) {
                String relative = root.relativize(file).toString().replace('\\', '/');
                Pattern pattern = relative.endsWith(".java") ? JAVA_MARKER : XML_MARKER;
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher matcher = pattern.matcher(lines.get(i));
                    while (matcher.find()) {
                        if (!ruleIds.contains(matcher.group(1))) {
                            continue;
                        }
                        markers.merge(key(relative, i + 1, matcher.group(1)), 1, Integer::sum);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return markers;
    }

    private static String key(String path, int line, String ruleId) {
        return path + ":" + line + " " + ruleId;
    }
}
