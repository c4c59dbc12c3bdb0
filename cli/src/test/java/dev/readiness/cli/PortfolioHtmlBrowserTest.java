package dev.readiness.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.readiness.cli.browser.BrowserAvailability;
import dev.readiness.cli.browser.HeadlessChromium;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * portfolio.html of the sample reports in a real headless Chromium: no console error, each repository's score and
 * level as its JSON report has them, a bar as long as the score, and a table that sorts by the header clicked.
 */
@ExtendWith(BrowserAvailability.class)
class PortfolioHtmlBrowserTest {

    @TempDir
    static Path work;
    private static Path page;
    @AutoClose
    private static HeadlessChromium browser;

    @BeforeAll
    static void writeThePortfolioAndStartTheBrowser() {
        page = work.resolve("portfolio.html");
        CliRun run = CliRun.of("portfolio", PortfolioSamples.reports().toString(), "--output", page.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        browser = HeadlessChromium.start(1280, 900);
    }

    @BeforeEach
    void openThePage() {
        browser.setViewport(1280, 900);
        browser.open(page);
    }

    @Test
    void eachRepositoryShowsTheScoreAndLevelOfItsJsonReportWorstFirst() {
        assertThat(browser.consoleErrors()).isEmpty();
        assertThat(rows()).extracting(row -> row.getAttribute("data-repository"),
                        row -> text(row.findElement(By.cssSelector(".score-value"))),
                        row -> text(row.findElement(By.cssSelector(".level"))))
                .containsExactlyElementsOf(PortfolioSamples.SAMPLES.stream().map(PortfolioSamples::report)
                        .sorted(Comparator.comparingDouble(report -> report.at("/score/overall").asDouble()))
                        .map(report -> tuple(report.at("/target/name").asText(),
                                String.valueOf(Math.round(report.at("/score/overall").asDouble())),
                                report.at("/score/level").asText()))
                        .toList());
    }

    @Test
    void eachScoreBarIsAsLongAsTheScore() {
        assertThat(rows()).allSatisfy(row -> {
            JsonNode report = PortfolioSamples.report(row.getAttribute("data-repository"));
            double track = row.findElement(By.cssSelector(".score-bar .track")).getRect().getWidth();
            double fill = row.findElement(By.cssSelector(".score-bar .fill")).getRect().getWidth();
            assertThat(fill / track).isCloseTo(report.at("/score/overall").asDouble() / 100, within(0.02));
        });
    }

    @Test
    void clickingTheRepositoryHeaderSortsByNameAndAgainReversesIt() {
        WebElement header = header("Repository");

        header.findElement(By.tagName("button")).click();
        List<String> ascending = names();
        String firstSort = header.getAttribute("aria-sort");
        header.findElement(By.tagName("button")).click();

        assertThat(ascending).containsExactly("layered-app", "legacy-shop", "weak-tests");
        assertThat(firstSort).isEqualTo("ascending");
        assertThat(names()).containsExactly("weak-tests", "legacy-shop", "layered-app");
        assertThat(header.getAttribute("aria-sort")).isEqualTo("descending");
        assertThat(header("Score").getAttribute("aria-sort")).isNull();
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void clickingTheFindingsHeaderSortsByTheNumberOfFindingsFewestFirst() {
        header("Findings").findElement(By.tagName("button")).click();

        // ties keep the page's order, which is worst score first
        assertThat(names()).containsExactlyElementsOf(PortfolioSamples.SAMPLES.stream().map(PortfolioSamples::report)
                .sorted(Comparator.comparingInt((JsonNode report) -> report.at("/summary/total").asInt())
                        .thenComparingDouble(report -> report.at("/score/overall").asDouble()))
                .map(report -> report.at("/target/name").asText()).toList());
        assertThat(rows()).extracting(row -> Integer.parseInt(text(row.findElement(By.cssSelector("td.findings")))))
                .isSorted();
    }

    @Test
    void theScoreColumnStartsWorstFirstAndAClickPutsTheBestFirst() {
        WebElement score = header("Score");
        String before = score.getAttribute("aria-sort");

        score.findElement(By.tagName("button")).click();

        assertThat(before).isEqualTo("ascending");
        assertThat(rows()).extracting(row -> Double.parseDouble(row.findElement(By.cssSelector("td.score"))
                        .getAttribute("data-value")))
                .hasSize(3).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(score.getAttribute("aria-sort")).isEqualTo("descending");
    }

    @Test
    void onAPhoneThePageDoesNotScrollSideways() {
        browser.setViewport(390, 844);
        browser.open(page);

        Number overflow = (Number) browser.script(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(overflow.longValue()).isZero();
    }

    private static List<WebElement> rows() {
        return browser.driver().findElements(By.cssSelector("#repository-table tbody tr"));
    }

    private static List<String> names() {
        return rows().stream().map(row -> row.getAttribute("data-repository")).toList();
    }

    private static WebElement header(String title) {
        return browser.driver().findElements(By.cssSelector("#repository-table thead th")).stream()
                .filter(th -> text(th).equals(title)).findFirst().orElseThrow();
    }

    /** The text as the page holds it (getText would apply the style sheet's capitalisation). */
    private static String text(WebElement element) {
        return element.getDomProperty("textContent").strip();
    }
}
