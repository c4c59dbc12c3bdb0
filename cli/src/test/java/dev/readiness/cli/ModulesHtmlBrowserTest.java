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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The modules table of the HTML report of a two-module repository, in a real headless Chromium. */
@ExtendWith(BrowserAvailability.class)
class ModulesHtmlBrowserTest {

    @TempDir
    static Path work;
    private static Path report;
    private static JsonNode json;
    @AutoClose
    private static HeadlessChromium browser;

    @BeforeAll
    static void scanAndStartTheBrowser() throws IOException {
        Path repository = TwoModuleRepository.create(work.resolve("shop"));
        Path out = work.resolve("reports");
        CliRun run = CliRun.of("scan", repository.toString(), "--format", "html,json", "--output", out.toString(),
                "--no-cache", "--quiet");
        assertThat(run.exitCode()).as(run.err()).isZero();
        report = out.resolve("readiness.html");
        json = new ObjectMapper().readTree(out.resolve("readiness.json").toFile());
        browser = HeadlessChromium.start(1280, 900);
    }

    private static List<String> column(int index) {
        return browser.driver().findElements(By.cssSelector("#modules tbody tr")).stream()
                .map(row -> row.findElements(By.tagName("td")).get(index).getAttribute("data-value")).toList();
    }

    @Test
    void listsEachModuleWithTheScoreOfTheJsonReportWorstFirstAndSortsOnAClick() {
        browser.open(report);
        List<JsonNode> modules = StreamSupport.stream(json.get("modules").spliterator(), false).toList();

        assertThat(browser.consoleErrors()).isEmpty();
        assertThat(column(1)).containsExactlyElementsOf(modules.stream()
                .map(module -> module.at("/score/overall").asText()).sorted((a, b) -> Double.compare(
                        Double.parseDouble(a), Double.parseDouble(b))).toList());
        assertThat(column(0)).containsExactlyInAnyOrder("billing", "ledger", TwoModuleRepository.AREA);

        WebElement moduleHeading = browser.driver().findElement(By.cssSelector("#modules th[data-sort=text]"));
        moduleHeading.click();
        assertThat(column(0)).containsExactly("billing", TwoModuleRepository.AREA, "ledger");
        moduleHeading.click();
        assertThat(column(0)).containsExactly("ledger", TwoModuleRepository.AREA, "billing");
        assertThat(moduleHeading.getAttribute("aria-sort")).isEqualTo("descending");
    }
}
