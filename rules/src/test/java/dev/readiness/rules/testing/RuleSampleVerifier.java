package dev.readiness.rules.testing;

import static org.assertj.core.api.Assertions.fail;

import dev.readiness.core.analysis.AnalysisResult;
import dev.readiness.core.config.ReadinessConfig;
import dev.readiness.core.engine.Analyzer;
import dev.readiness.core.engine.ProgressListener;
import dev.readiness.core.engine.Scan;
import dev.readiness.core.engine.ScanRequest;
import dev.readiness.core.rule.Finding;
import dev.readiness.core.rule.Rule;
import dev.readiness.core.rule.RuleMetadata;
import dev.readiness.core.rule.RuleRegistry;
import dev.readiness.core.rule.RuleType;
import dev.readiness.core.testing.ExpectMarkers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Error-Prone-style sample test: copies {@code samples/<name>} from the test resources into a plain
 * directory, runs the real {@link Analyzer} with one rule, and checks findings against inline markers —
 * {@code // expect: <rule-id> "text"} in Java, {@code <!-- expect: <rule-id> "text" -->} in Markdown and XML,
 * the text optional, on the reported line or on lines of their own above it (see {@link ExpectMarkers}) — both
 * ways: every marker must be reported on its line (with its text) and every finding must carry a marker.
 */
public final class RuleSampleVerifier {

    private final List<Class<? extends Rule>> rules;
    private final Set<String> ruleIds;
    private final Path workDirectory;
    private final ReadinessConfig config;

    private RuleSampleVerifier(List<Class<? extends Rule>> rules, Path workDirectory, ReadinessConfig config) {
        this.rules = List.copyOf(rules);
        this.ruleIds = rules.stream().map(rule -> RuleMetadata.of(rule).id())
                .collect(Collectors.toCollection(TreeSet::new));
        this.workDirectory = workDirectory;
        this.config = config;
    }

    /** A verifier for {@code rule} that copies samples into {@code workDirectory} (a JUnit {@code @TempDir}). */
    public static RuleSampleVerifier forRule(Class<? extends Rule> rule, Path workDirectory) {
        return new RuleSampleVerifier(List.of(rule), workDirectory, ReadinessConfig.EMPTY);
    }

    /**
     * A verifier running several rules together, e.g. to check that two rules never report the same
     * problem; only markers of these rules are checked, so one sample can carry markers for other rules.
     */
    public static RuleSampleVerifier forRules(List<Class<? extends Rule>> rules, Path workDirectory) {
        return new RuleSampleVerifier(rules, workDirectory, ReadinessConfig.EMPTY);
    }

    /** This verifier scanning with these readiness.yml settings (built in the test, not read from YAML). */
    public RuleSampleVerifier withConfig(ReadinessConfig settings) {
        return new RuleSampleVerifier(rules, workDirectory, settings);
    }

    /** Copies {@code samples/<sample>} into the work directory without checking anything; returns the copy. */
    public Path copy(String sample) {
        return copySample(sample);
    }

    /** The whole result of scanning {@code directory} (e.g. to check notifications); fails on rule or parse errors. */
    public AnalysisResult scan(Path directory) {
        // the rules as declared: a sample tests a rule's own levels, not the precision measured on the corpus
        Analyzer analyzer = new Analyzer(new RuleRegistry(rules.stream().map(RuleType::asDeclared).toList()),
                ProgressListener.NONE);
        try (Scan scan = analyzer.analyze(new ScanRequest(directory, 1).withConfig(config))) {
            AnalysisResult result = scan.result();
            result.notifications().stream()
                    .filter(notification -> notification.id().equals("rule-error")
                            || notification.id().equals("parse-error"))
                    .findFirst()
                    .ifPresent(notification -> fail("scan of the sample reported a problem: %s", notification));
            return result;
        } catch (Exception e) {
            throw new AssertionError("scan of " + directory + " failed: " + e, e);
        }
    }

    /** Scans {@code samples/<sample>} and asserts markers and findings match; returns the findings. */
    public List<Finding> verify(String sample) {
        return verifyDirectory(copySample(sample));
    }

    /** The same checks on a sample the test wrote itself (e.g. files too large to keep as resources). */
    public List<Finding> verifyDirectory(Path sample) {
        List<Finding> findings = analyze(sample);
        ExpectMarkers.assertMatch("sample '" + sample.getFileName() + "' for " + ruleIds,
                ExpectMarkers.markers(sample, ruleIds::contains), findings);
        return findings;
    }

    private List<Finding> analyze(Path directory) {
        return scan(directory).activeFindings(); // suppressed findings must not carry markers
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
}
