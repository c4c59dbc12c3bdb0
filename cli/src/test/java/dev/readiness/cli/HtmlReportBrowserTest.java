package dev.readiness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readiness.cli.browser.BrowserAvailability;
import dev.readiness.cli.browser.HeadlessChromium;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The HTML report of a sample with history, opened in a real headless Chromium: it loads without a console
 * error, shows the score the JSON report has, and its filters, chart and buttons change the findings listed.
 */
@ExtendWith(BrowserAvailability.class)
class HtmlReportBrowserTest {

    @TempDir
    static Path work;
    private static Path report;
    private static JsonNode json;
    @AutoClose
    private static HeadlessChromium browser;

    @BeforeAll
    static void scanTheSampleAndStartTheBrowser() throws IOException {
        Path out = SampleReports.htmlAndJson(work, "legacy-shop", "--unproven-rules"); // every level to filter
        report = out.resolve("readiness.html");
        json = new ObjectMapper().readTree(out.resolve("readiness.json").toFile());
        browser = HeadlessChromium.start(1280, 900);
    }

    @BeforeEach
    void openTheReport() {
        browser.open(report);
    }

    @Test
    void loadsWithoutConsoleErrorsAndShowsTheScoreOfTheJsonReport() {
        WebElement score = browser.driver().findElement(By.id("overall-score"));

        assertThat(browser.consoleErrors()).isEmpty();
        assertThat(score.getText()).isEqualTo(String.valueOf(Math.round(json.at("/score/overall").asDouble())));
        assertThat(score.getAttribute("data-score")).isEqualTo(json.at("/score/overall").asText());
        assertThat(browser.driver().findElements(By.cssSelector(".card .category-score")))
                .extracting(WebElement::getText)
                .containsExactlyElementsOf(StreamSupport.stream(json.at("/score/categories").spliterator(), false)
                        .map(category -> category.get("score").isNull() ? "N/A"
                                : String.valueOf(Math.round(category.get("score").asDouble())))
                        .toList());
        assertThat(listedCount()).isEqualTo(json.at("/summary/total").asInt());
    }

    @Test
    void aLevelFilterAndAPathFilterNarrowTheListAndResetRestoresIt() {
        new Select(browser.driver().findElement(By.id("filter-level"))).selectByValue("note");

        assertThat(listedCount()).isEqualTo(json.at("/summary/byLevel/note").asInt()).isPositive();
        assertThat(rows()).allSatisfy(row -> assertThat(row.getAttribute("class")).isEqualTo("finding note"));

        browser.driver().findElement(By.id("filter-path")).sendKeys("OrderService");
        long expected = activeFindings().stream().filter(finding -> finding.get("level").asText().equals("note"))
                .filter(finding -> finding.at("/location/path").asText().contains("OrderService")).count();
        assertThat(listedCount()).isEqualTo(expected).isPositive();
        assertThat(rows()).allSatisfy(row -> assertThat(row.findElement(By.className("location")).getText())
                .contains("OrderService"));

        browser.driver().findElement(By.id("filter-reset")).click();
        assertThat(listedCount()).isEqualTo(json.at("/summary/total").asInt());
    }

    @Test
    void clickingAHotspotBubbleListsTheFindingsOfThatFile() {
        WebElement bubble = browser.driver().findElements(By.cssSelector("#hotspot-chart circle.bubble")).stream()
                .filter(circle -> findingsIn(circle.getAttribute("data-path")) > 0).findFirst().orElseThrow();
        String path = bubble.getAttribute("data-path");

        bubble.click();

        long expected = findingsIn(path);
        assertThat(browser.driver().findElement(By.id("filter-path")).getAttribute("value")).isEqualTo(path);
        assertThat(listedCount()).isEqualTo(expected).isPositive();
        assertThat(rows()).allSatisfy(row -> assertThat(row.findElement(By.className("location")).getText())
                .startsWith(path + ":"));
    }

    @Test
    void aTopRiskButtonListsExactlyThatRulesFindings() {
        WebElement button = browser.driver().findElement(By.cssSelector("li.risk button.show-rule"));
        String rule = button.getAttribute("data-rule");

        button.click();

        assertThat(listedCount()).isEqualTo(json.at("/summary/byRule/" + rule.replace("/", "~1")).asInt())
                .isPositive();
        assertThat(rows()).allSatisfy(row -> assertThat(row.findElement(By.tagName("code")).getText()).isEqualTo(rule));
    }

    private static int listedCount() {
        return Integer.parseInt(browser.driver().findElement(By.id("finding-count")).getAttribute("data-count"));
    }

    private static List<WebElement> rows() {
        return browser.driver().findElements(By.cssSelector("#findings-table tbody tr"));
    }

    private static long findingsIn(String path) {
        return activeFindings().stream().filter(finding -> finding.at("/location/path").asText().contains(path)).count();
    }

    private static List<JsonNode> activeFindings() {
        return StreamSupport.stream(json.get("findings").spliterator(), false)
                .filter(finding -> finding.get("suppressed").isNull()).toList();
    }
}
