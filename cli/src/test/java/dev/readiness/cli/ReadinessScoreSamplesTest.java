package dev.readiness.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.readiness.core.config.ConfigLoader;
import dev.readiness.core.config.ReadinessConfig;
import dev.readiness.core.engine.Analyzer;
import dev.readiness.core.engine.ProgressListener;
import dev.readiness.core.engine.Scan;
import dev.readiness.core.engine.ScanRequest;
import dev.readiness.core.rule.RuleRegistry;
import dev.readiness.core.score.ReadinessScore;
import dev.readiness.core.testing.SampleRepository;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The properties of the readiness score (DESIGN.md "Score") on the samples of sample-repos/, materialised
 * as real Git repositories and scanned by the real analyzer with every built-in rule.
 */
class ReadinessScoreSamplesTest {

    private static final RuleRegistry RULES = RuleRegistry.fromClasspath(ReadinessScoreSamplesTest.class.getClassLoader());

    @TempDir
    Path temp;

    @Test
    void theCleanLibraryScoresClearlyHigherThanTheLayeredAppAndTheLegacyShop() {
        double clean = overall(materialize("clean-library"));
        double layered = overall(materialize("layered-app"));
        double legacy = overall(materialize("legacy-shop"));

        assertThat(clean).isGreaterThan(80);
        assertThat(clean - layered).isGreaterThan(20);
        assertThat(clean - legacy).isGreaterThan(20);
    }

    @Test
    void theSameRepositoryAlwaysGetsTheSameScore() {
        Path legacy = materialize("legacy-shop");

        assertThat(score(legacy)).isEqualTo(score(legacy));
    }

    @Test
    void removingAConsoleLoggingLineNeverLowersTheScore() throws IOException {
        Path legacy = materialize("legacy-shop");
        // console-logging is below the precision bar and unscored by default; setting its level scores it again
        Files.writeString(legacy.resolve(ConfigLoader.FILE_NAME), "rules:\n  hygiene/console-logging:\n"
                + "    level: note\n");
        ReadinessScore before = score(legacy);
        Path service = legacy.resolve("src/main/java/com/example/shop/service/OrderService.java");
        String text = Files.readString(service);
        Files.writeString(service, text.replace(
                "        System.out.println(\"Cancelled order \" + orderId); // expect: hygiene/console-logging\n", ""));
        ReadinessScore after = score(legacy);

        assertThat(Files.readString(service)).isNotEqualTo(text);
        assertThat(after.overall()).isGreaterThanOrEqualTo(before.overall());
        assertThat(category(after, "hygiene")).isGreaterThan(category(before, "hygiene"));
    }

    @Test
    void addingAnAssertionToAnAssertionFreeTestNeverLowersTheScore() throws IOException {
        Path weak = materialize("weak-tests");
        ReadinessScore before = score(weak);
        Path test = weak.resolve("src/test/java/com/example/bank/InterestCalculatorTest.java");
        String text = Files.readString(test);
        Files.writeString(test, text.replace("        calculator.yearly(1000);\n",
                "        assertEquals(\"yearly\", 12 * calculator.monthly(1000), calculator.yearly(1000));\n"));
        ReadinessScore after = score(weak);

        assertThat(Files.readString(test)).isNotEqualTo(text);
        assertThat(after.overall()).isGreaterThanOrEqualTo(before.overall());
        assertThat(category(after, "testing")).isGreaterThan(category(before, "testing"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"legacy-shop", "weak-tests", "layered-app", "clean-library"})
    void duplicatingTheContentChangesTheScoreByAtMostOnePoint(String sample) throws IOException {
        Path original = copyWorkTree(materialize(sample), temp.resolve(sample + "-plain"));
        Path doubled = copyWorkTree(original, temp.resolve(sample + "-doubled"));
        duplicateSources(original, doubled);

        assertThat(Files.exists(doubled.resolve("src/main/java/com/example/copy"))).isTrue();
        assertThat(overall(doubled)).isCloseTo(overall(original), within(1.0));
    }

    private Path materialize(String sample) {
        return SampleRepository.materialize(sample, temp.resolve(sample));
    }

    private static double overall(Path repository) {
        return score(repository).overall();
    }

    private static double category(ReadinessScore score, String id) {
        return score.category(id).orElseThrow().score();
    }

    /** A scan as the CLI runs it: every built-in rule and the repository's readiness.yml when it has one. */
    private static ReadinessScore score(Path repository) {
        Analyzer analyzer = new Analyzer(RULES, ProgressListener.NONE);
        try (Scan scan = analyzer.analyze(new ScanRequest(repository, 2).withConfig(config(repository)))) {
            return scan.result().score();
        } catch (Exception e) {
            throw new IllegalStateException("cannot scan " + repository + ": " + e.getMessage(), e);
        }
    }

    private static ReadinessConfig config(Path repository) throws Exception {
        Path file = repository.resolve(ConfigLoader.FILE_NAME);
        return Files.exists(file) ? ConfigLoader.load(file, repository, RULES.knownRules()) : ReadinessConfig.EMPTY;
    }

    /** The copies obey the architecture rules of the originals: each forbidden dependency is declared for them too. */
    private static void duplicateForbiddenDependencies(Path original, Path target) throws IOException {
        Path config = original.resolve(ConfigLoader.FILE_NAME);
        if (!Files.exists(config)) {
            return;
        }
        List<String> lines = Files.readAllLines(config);
        int forbidden = lines.indexOf("  forbidden:");
        if (forbidden < 0) {
            return;
        }
        int end = forbidden + 1;
        while (end < lines.size() && lines.get(end).startsWith("    ")) {
            end++;
        }
        List<String> doubled = new ArrayList<>(lines.subList(0, end));
        lines.subList(forbidden + 1, end).forEach(line -> doubled.add(line.replace("com.example.", "com.example.copy.")));
        doubled.addAll(lines.subList(end, lines.size()));
        Files.write(target.resolve(ConfigLoader.FILE_NAME), doubled);
    }

    /** The work tree without .git: a plain directory, so both copies have the same (no) history. */
    private static Path copyWorkTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path relative = from.relativize(file);
                if (!relative.startsWith(".git")) {
                    Files.createDirectories(to.resolve(relative).getParent());
                    Files.copy(file, to.resolve(relative));
                }
            }
        }
        return to;
    }

    /** Adds a second copy of every Java file under the package com.example.copy.… beside the original. */
    private static void duplicateSources(Path original, Path target) throws IOException {
        duplicateForbiddenDependencies(original, target);
        List<Path> javaFiles;
        try (Stream<Path> files = Files.walk(original)) {
            javaFiles = files.filter(file -> file.toString().endsWith(".java")).toList();
        }
        javaFiles.forEach(file -> {
            String relative = original.relativize(file).toString().replace('\\', '/')
                    .replace("com/example/", "com/example/copy/");
            try {
                Path copy = target.resolve(relative);
                Files.createDirectories(copy.getParent());
                Files.writeString(copy, Files.readString(file).replace("com.example.", "com.example.copy."));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
