package dev.readiness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readiness.core.testing.TestRepos;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code readiness backtest} on a planted history, and each kind of bad input as one line and exit 2. */
class BacktestCommandTest {

    private static final String SOURCES = "src/main/java/p/";

    @TempDir
    Path temp;

    /** Two classes ranked at 2024-03-01; a fix to Cart and a change to Price after it, another change a year on. */
    private Path shop() {
        Path shop = temp.resolve("shop");
        try (Git git = TestRepos.init(shop)) {
            TestRepos.commitFiles(git, Map.of(SOURCES + "Cart.java", "package p;\nclass Cart {\n  int items;\n}\n",
                    SOURCES + "Price.java", "package p;\nclass Price {\n}\n"), "Initial classes", at("2024-01-10"));
            TestRepos.commitFiles(git, Map.of(SOURCES + "Cart.java", "package p;\nclass Cart {\n  int items;\n"
                    + "  int total;\n}\n"), "Count the total", at("2024-03-01"));
            TestRepos.commitFiles(git, Map.of(SOURCES + "Cart.java", "package p;\nclass Cart {\n  long items;\n"
                    + "  int total;\n}\n"), "Fix overflow of the item count (#3)", at("2024-05-02"));
            TestRepos.commitFiles(git, Map.of(SOURCES + "Price.java", "package p;\nclass Price {\n  int cents;\n}\n"),
                    "Add cents", at("2024-06-02"));
            TestRepos.commitFiles(git, Map.of(SOURCES + "Price.java", "package p;\nclass Price {\n  long cents;\n}\n"),
                    "Widen cents", at("2025-05-01"));
        }
        return shop;
    }

    private static PersonIdent at(String date) {
        return TestRepos.ident("Dev", "dev@example.com", date + "T10:00:00Z");
    }

    @Test
    void writesEveryRankingsMeasuresAsJsonTheSameOnEveryRun() throws Exception {
        Path shop = shop();

        CliRun first = CliRun.of("backtest", shop.toString(), "--at", "2024-03-01", "--format", "json", "--no-cache");
        CliRun second = CliRun.of("backtest", shop.toString(), "--at", "2024-03-01", "--format", "json", "--no-cache");

        assertThat(first.exitCode()).as(first.err()).isEqualTo(ExitCode.OK);
        assertThat(second.out()).isEqualTo(first.out());
        JsonNode result = new ObjectMapper().readTree(first.out());
        assertThat(result.get("window").asText()).isEqualTo("12 months");
        assertThat(result.get("windowCommits").asInt()).isEqualTo(2);
        assertThat(result.get("fixCommits").asInt()).isEqualTo(1);
        assertThat(result.get("files").asInt()).isEqualTo(2);
        assertThat(result.get("filesWithFixes").asInt()).isEqualTo(1);
        assertThat(result.get("judged").asBoolean()).isFalse();
        // Cart changed twice before T0, Price once: change count ranks the fixed file first
        assertThat(result.get("rankings").get(2).get("id").asText()).isEqualTo("changes");
        assertThat(result.get("rankings").get(2).get("auc").decimalValue()).isEqualByComparingTo("1.000");
        assertThat(result.get("rankings")).extracting(ranking -> ranking.get("id").asText())
                .containsExactly("risk", "health-weighted", "changes", "size", "health", "random");
        assertThat(result.get("healthBands")).hasSize(3);
        JsonNode cart = result.get("rankedFiles").get(0);
        assertThat(cart.get("path").asText()).isEqualTo(SOURCES + "Cart.java");
        assertThat(cart.get("recentChanges").asInt()).isEqualTo(2);
        assertThat(cart.get("fixes").asInt()).isEqualTo(1);
        assertThat(cart.get("biomarkers")).isEmpty();
        assertThat(result.get("rankedFiles").get(1).get("fixes").asInt()).isZero();
    }

    @Test
    void theTextSaysWhatWasComparedAndThatTooFewFixesCannotJudge() throws Exception {
        CliRun run = CliRun.of("backtest", shop().toString(), "--at", "2024-03-01", "--no-cache");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).startsWith("Backtest of shop: ranked at ").contains("), 12 months\n")
                .contains("Not enough history to judge: fixes touched ");
    }

    @Test
    void scanWithTrackRecordAddsTheBacktestOfTheRankingAndSaysWhyWhenThereIsNone() throws Exception {
        Path plain = Files.createDirectories(temp.resolve("plain"));
        Files.writeString(plain.resolve("A.java"), "class A { }");

        CliRun run = CliRun.of("scan", shop().toString(), "--track-record", "--format", "json", "--no-cache");
        CliRun withoutGit = CliRun.of("scan", plain.toString(), "--track-record", "--no-cache");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        JsonNode record = new ObjectMapper().readTree(run.out()).get("trackRecord");
        // T0 is the last commit a year before HEAD (2025-05-01): "Count the total", with the fix in the year after
        assertThat(record.get("t0Time").asText()).startsWith("2024-03-01");
        assertThat(record.get("fixCommits").asInt()).isEqualTo(1);
        assertThat(record.get("filesWithFixes").asInt()).isEqualTo(1);
        assertThat(withoutGit.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(withoutGit.out()).contains("Track record of the hotspot ranking (backtest)\n"
                + "  Not available: " + plain.toRealPath() + " is not a Git repository");
    }

    @Test
    void badInputIsOneLineAndExitTwo() throws Exception {
        Path shop = shop();
        Path plain = Files.createDirectories(temp.resolve("plain"));
        Files.writeString(plain.resolve("A.java"), "class A { }");

        assertUsageError(CliRun.of("backtest", shop.toString(), "--window", "a.while"), "--window a.while: give a length");
        assertUsageError(CliRun.of("backtest", shop.toString(), "--format", "sarif"), "backtest writes text, json or html");
        assertUsageError(CliRun.of("backtest", shop.toString(), "--fix-pattern", "(unclosed"),
                "--fix-pattern is not a valid regular expression");
        assertUsageError(CliRun.of("backtest", shop.toString(), "--at", "1999-01-01", "--no-cache"),
                "is before the first commit");
        assertUsageError(CliRun.of("backtest", shop.toString(), "--at", "2024-03-01", "--fix-pattern", "hotfix",
                "--no-cache"), "no defect-fix commit between T0");
        assertUsageError(CliRun.of("backtest", shop.toString(), "--at", "v9.9", "--no-cache"),
                "--at v9.9: no such branch, tag or commit");
        assertUsageError(CliRun.of("backtest", plain.toString(), "--no-cache"), "is not a Git repository");
    }

    private static void assertUsageError(CliRun run, String message) {
        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCode.USAGE_ERROR);
        assertThat(run.err()).contains(message).doesNotContain("\tat ").hasLineCount(1);
        assertThat(run.out()).isEmpty();
    }
}
