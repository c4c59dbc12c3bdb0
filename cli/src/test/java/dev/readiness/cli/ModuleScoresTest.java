package dev.readiness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Per-module scores on a two-module Maven repository ({@link TwoModuleRepository}): each module and the readiness.yml
 * area scored on its own code and tests, in every format; a directory scanned alone is not scored 0 for tests it
 * keeps elsewhere.
 */
class ModuleScoresTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path work;
    private static Path repository;
    private static JsonNode report;

    @BeforeAll
    static void scanTheRepository() throws IOException {
        repository = TwoModuleRepository.create(work.resolve("shop"));
        CliRun run = CliRun.of("scan", repository.toString(), "--format", "json", "--no-cache", "--quiet");
        assertThat(run.exitCode()).as(run.err()).isZero();
        report = JSON.readTree(run.out());
    }

    private static List<JsonNode> modules() {
        return StreamSupport.stream(report.get("modules").spliterator(), false).toList();
    }

    private static double category(JsonNode module, String id) {
        return StreamSupport.stream(module.at("/score/categories").spliterator(), false)
                .filter(category -> category.get("id").asText().equals(id)).findFirst().orElseThrow()
                .get("score").asDouble();
    }

    @Test
    void eachModuleAndTheAreaIsScoredOnItsOwnCodeAndTests() {
        assertThat(modules()).extracting(module -> module.get("directory").asText())
                .containsExactly(TwoModuleRepository.BILLING, TwoModuleRepository.LEDGER, TwoModuleRepository.AREA);
        assertThat(modules()).extracting(module -> module.get("area").asBoolean()).containsExactly(false, false, true);
        // billing's one class is tested by a real assertion; ledger has no test at all
        assertThat(category(modules().get(0), "testing")).isPositive();
        assertThat(category(modules().get(1), "testing")).isZero();
        // the area holds billing's code and finds its test in the same package under src/test
        assertThat(category(modules().get(2), "testing")).isEqualTo(category(modules().get(0), "testing"));
        assertThat(modules()).extracting(module -> module.at("/score/overall").asDouble())
                .allSatisfy(overall -> assertThat(overall).isBetween(0.0, 100.0));
        assertThat(modules().get(1).at("/score/overall").asDouble())
                .isLessThan(modules().get(0).at("/score/overall").asDouble());
    }

    @Test
    void theTextAndMarkdownReportsListTheModulesWorstFirst() {
        String text = CliRun.of("scan", repository.toString(), "--no-cache", "--quiet").out();
        String markdown = CliRun.of("scan", repository.toString(), "--format", "md", "--no-cache", "--quiet").out();

        assertThat(text).containsPattern("(?s)Modules, worst first \\(3;.*  ledger\\n.*  billing\\n");
        assertThat(markdown).contains("### Modules, worst first")
                .containsPattern("(?s)\\| `ledger` \\| \\d+ \\|.*\\| `billing` \\| \\d+ \\|");
    }

    @Test
    void aPackageDirectoryScannedAloneIsNotScoredZeroForTestsThatLiveBesideIt() throws IOException {
        CliRun run = CliRun.of("scan", repository.resolve(TwoModuleRepository.AREA).toString(), "--format", "json",
                "--no-cache", "--quiet");

        JsonNode testing = StreamSupport.stream(JSON.readTree(run.out()).at("/score/categories").spliterator(), false)
                .filter(category -> category.get("id").asText().equals("testing")).findFirst().orElseThrow();
        assertThat(testing.get("score").isNull()).isTrue();
        assertThat(testing.get("reason").asText()).contains("no tests in this part");
    }
}
