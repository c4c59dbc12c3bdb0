package dev.readiness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readiness.core.analysis.ToolInfo;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code readiness portfolio} as a user runs it: formats, where they go, determinism and every bad input. */
class PortfolioCommandTest {

    @TempDir
    Path temp;

    @Test
    void withoutOutputItPrintsMarkdownAndNothingOnStandardError() {
        CliRun run = CliRun.of("portfolio", PortfolioSamples.reports().toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).startsWith("# Readiness portfolio: 3 repositories\n");
        assertThat(run.err()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"portfolio.html, <!DOCTYPE html>", "portfolio.json, {", "portfolio.csv, name,scope,score,level",
        "portfolio.md, # Readiness portfolio", "PORTFOLIO.HTM, <!DOCTYPE html>"})
    void theOutputFilesExtensionChoosesTheFormat(String fileName, String start) throws Exception {
        Path file = temp.resolve(fileName);

        CliRun run = CliRun.of("portfolio", PortfolioSamples.reports().toString(), "--output", file.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(Files.readString(file)).startsWith(start);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("Wrote ").contains("portfolio of 3 repositories (4 reports) to " + file);
    }

    @Test
    void formatWinsOverTheExtensionAndWritesToStandardOutputWithoutOutput() {
        CliRun csv = CliRun.of("portfolio", PortfolioSamples.reports().toString(), "--format", "CSV");
        CliRun json = CliRun.of("portfolio", PortfolioSamples.reports().toString(), "--format", "json", "--output",
                temp.resolve("portfolio.txt").toString(), "--quiet");

        assertThat(csv.exitCode()).as(csv.err()).isEqualTo(ExitCode.OK);
        assertThat(csv.out()).startsWith("name,scope,score,level,").contains("\r\n");
        assertThat(json.exitCode()).as(json.err()).isEqualTo(ExitCode.OK);
        assertThat(temp.resolve("portfolio.txt")).content().startsWith("{\n  \"portfolioSchemaVersion\": 1,");
        assertThat(json.err()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"md", "html", "json", "csv"})
    void twoRunsAndACopyOfTheReportsElsewhereGiveTheSameBytes(String format) throws Exception {
        Path copy = PortfolioSamples.copy(temp.resolve("elsewhere").resolve("reports"));

        CliRun first = CliRun.of("portfolio", PortfolioSamples.reports().toString(), "--format", format);
        CliRun second = CliRun.of("portfolio", PortfolioSamples.reports().toString(), "--format", format);
        CliRun moved = CliRun.of("portfolio", copy.toString(), "--format", format);

        assertThat(first.exitCode()).as(first.err()).isEqualTo(ExitCode.OK);
        assertThat(first.out()).isNotBlank().isEqualTo(second.out()).isEqualTo(moved.out());
        assertThat(first.out().getBytes(StandardCharsets.UTF_8)).isEqualTo(moved.out().getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aJsonFileThatIsNoReportIsSkippedWithOneNoteUnlessQuiet() throws Exception {
        Path reports = PortfolioSamples.copy(temp.resolve("reports"));
        Files.writeString(reports.resolve("tsconfig.json"), "{\"compilerOptions\": {}}\n");

        CliRun run = CliRun.of("portfolio", reports.toString());
        CliRun quiet = CliRun.of("portfolio", reports.toString(), "--quiet");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.err().lines()).containsExactly("readiness: skipped " + reports.resolve("tsconfig.json")
                + ": not a Repo Readiness scan report (it lacks tool.name \"Repo Readiness\" or schemaVersion)");
        assertThat(run.out()).startsWith("# Readiness portfolio: 3 repositories");
        assertThat(quiet.err()).isEmpty();
        assertThat(quiet.out()).isEqualTo(run.out());
    }

    @Test
    void aReportOfAnotherSchemaVersionStopsItWithOneLine() throws Exception {
        Path reports = PortfolioSamples.copy(temp.resolve("reports"));
        Path report = reports.resolve("weak-tests/readiness.json");
        ObjectNode json = (ObjectNode) new ObjectMapper().readTree(report.toFile());
        json.put("schemaVersion", 2);
        new ObjectMapper().writeValue(report.toFile(), json);

        CliRun run = CliRun.of("portfolio", reports.toString());

        assertFailsWithOneLine(run, "readiness: " + report + ": JSON report schema version 2, but this readiness ("
                + ToolInfo.VERSION + ") reads schema version 1; scan that repository again "
                + "with this version");
    }

    @Test
    void aMalformedReportStopsItWithOneLineNamingWhere() throws Exception {
        Path reports = PortfolioSamples.copy(temp.resolve("reports"));
        Path report = reports.resolve("layered-app/readiness.json");
        String text = Files.readString(report);
        Files.writeString(report, text.substring(0, text.length() / 2));

        CliRun run = CliRun.of("portfolio", reports.toString());

        assertFailsWithOneLine(run, "readiness: " + report + ": not valid JSON at line ");
        assertThat(run.err()).contains("Unexpected end-of-input");
    }

    @Test
    void aReportWithoutAFieldThePortfolioNeedsStopsItWithOneLineNamingTheField() throws Exception {
        Path reports = PortfolioSamples.copy(temp.resolve("reports"));
        Path report = reports.resolve("legacy-shop/readiness.json");
        ObjectNode json = (ObjectNode) new ObjectMapper().readTree(report.toFile());
        json.remove("summary");
        new ObjectMapper().writeValue(report.toFile(), json);

        CliRun run = CliRun.of("portfolio", reports.toString());

        assertFailsWithOneLine(run, "readiness: " + report + ": not a complete scan report: /summary/total is not a count");
    }

    @Test
    void anEmptyDirectoryStopsItWithOneLine() throws Exception {
        Path empty = Files.createDirectories(temp.resolve("empty"));
        Path onlyOther = Files.createDirectories(temp.resolve("other"));
        Files.writeString(onlyOther.resolve("package.json"), "{}");

        CliRun none = CliRun.of("portfolio", empty.toString());
        CliRun noReport = CliRun.of("portfolio", onlyOther.toString(), "--quiet");

        assertFailsWithOneLine(none, "readiness: no Repo Readiness JSON scan report in " + empty
                + " (no .json file in it or below it)");
        assertFailsWithOneLine(noReport, "readiness: no Repo Readiness JSON scan report in " + onlyOther
                + " (1 .json file(s), none of them a scan report)");
    }

    @Test
    void aMissingDirectoryOrAFileStopsItWithOneLine() throws Exception {
        Path file = Files.writeString(temp.resolve("readiness.json"), "{}");

        CliRun missing = CliRun.of("portfolio", temp.resolve("no-such-dir").toString());
        CliRun notADirectory = CliRun.of("portfolio", file.toString());

        assertFailsWithOneLine(missing, "readiness: " + temp.resolve("no-such-dir") + ": no such directory");
        assertFailsWithOneLine(notADirectory, "readiness: " + file + " is not a directory; give the directory holding "
                + "the JSON reports");
    }

    @Test
    void anUnknownFormatExtensionOrUnwritableOutputIsAUsageError() {
        String reports = PortfolioSamples.reports().toString();

        CliRun format = CliRun.of("portfolio", reports, "--format", "xml");
        CliRun extension = CliRun.of("portfolio", reports, "--output", temp.resolve("portfolio.txt").toString());
        CliRun directory = CliRun.of("portfolio", reports, "--output", temp.resolve("no/such/dir/p.html").toString());
        CliRun noArgument = CliRun.of("portfolio");

        assertFailsWithOneLine(format, "readiness: --format xml: portfolio writes md, html, json or csv");
        assertFailsWithOneLine(extension, "readiness: --output " + temp.resolve("portfolio.txt") + ": cannot tell the "
                + "format from the file name; name it .md, .html, .json or .csv, or give --format");
        assertFailsWithOneLine(directory, "readiness: cannot write " + temp.resolve("no/such/dir/p.html"));
        assertThat(noArgument.exitCode()).isEqualTo(ExitCode.USAGE_ERROR);
        assertThat(noArgument.err()).contains("REPORTS_DIR");
    }

    @Test
    void theReadmeQuotesWhatThePortfolioOfTheSamplesPrints() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"));
        int start = readme.indexOf("$ ./readiness portfolio reports\n");
        assertThat(start).as("README quotes a portfolio run").isNotNegative();
        List<String> quoted = readme.substring(start, readme.indexOf("```", start)).lines().skip(1)
                .filter(line -> !line.equals("...")).toList();

        CliRun run = CliRun.of("portfolio", PortfolioSamples.reports().toString());

        // abridged ("..."): every line it quotes is printed, in that order
        assertThat(quoted).hasSizeGreaterThan(20);
        assertThat(run.out().lines().toList()).containsSubsequence(quoted);
    }

    private static void assertFailsWithOneLine(CliRun run, String start) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.USAGE_ERROR);
        List<String> lines = run.err().lines().toList();
        assertThat(lines).singleElement().asString().startsWith(start).doesNotContain("Exception");
        assertThat(run.out()).isEmpty();
    }
}
