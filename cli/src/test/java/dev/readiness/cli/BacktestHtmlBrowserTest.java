package dev.readiness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readiness.cli.browser.BrowserAvailability;
import dev.readiness.cli.browser.HeadlessChromium;
import dev.readiness.core.testing.TestRepos;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * {@code backtest --format html} of a history with enough fixed files to judge, opened in a real headless Chromium:
 * it loads without a console error, shows the JSON's measures, draws one visible curve per ranking and fits a phone.
 */
@ExtendWith(BrowserAvailability.class)
class BacktestHtmlBrowserTest {

    private static final int CLASSES = 26;
    private static final int FIXED = 22;

    @TempDir
    static Path work;
    private static Path page;
    private static JsonNode json;
    @AutoClose
    private static HeadlessChromium browser;

    /** 26 classes of growing size, ranked at 2024-03-01; fixes to the largest 22 in the months after. */
    @BeforeAll
    static void backtestAPlantedHistoryAndStartTheBrowser() throws Exception {
        Path shop = work.resolve("shop");
        try (Git git = TestRepos.init(shop)) {
            for (int index = 0; index < CLASSES; index++) {
                TestRepos.commitFiles(git, Map.of(path(index), source(index, "int")), "Add C" + index, at("2024-01-10"));
            }
            TestRepos.commitFiles(git, Map.of("README.md", "# shop\n"), "Describe the shop", at("2024-03-01"));
            for (int index = CLASSES - FIXED; index < CLASSES; index++) {
                TestRepos.commitFiles(git, Map.of(path(index), source(index, "long")),
                        "Fix overflow in C" + index + " (#" + (index + 10) + ")", at("2024-05-02"));
            }
        }
        page = work.resolve("backtest.html");
        CliRun html = CliRun.of("backtest", shop.toString(), "--at", "2024-03-01", "--format", "html", "--output",
                page.toString(), "--no-cache");
        CliRun data = CliRun.of("backtest", shop.toString(), "--at", "2024-03-01", "--format", "json", "--no-cache");
        assertThat(html.exitCode()).as(html.err()).isEqualTo(ExitCode.OK);
        assertThat(data.exitCode()).as(data.err()).isEqualTo(ExitCode.OK);
        json = new ObjectMapper().readTree(data.out());
        browser = HeadlessChromium.start(1280, 900);
    }

    private static String path(int index) {
        return "src/main/java/p/C" + index + ".java";
    }

    private static String source(int index, String type) {
        StringBuilder fields = new StringBuilder();
        for (int field = 0; field <= index; field++) {
            fields.append("  ").append(type).append(" f").append(field).append(";\n");
        }
        return "package p;\nclass C" + index + " {\n" + fields + "}\n";
    }

    private static PersonIdent at(String date) {
        return TestRepos.ident("Dev", "dev@example.com", date + "T10:00:00Z");
    }

    @Test
    void loadsWithoutConsoleErrorsAndShowsTheAucOfEachRankingAsTheJsonHasIt() {
        browser.setViewport(1280, 900);
        browser.open(page);

        assertThat(json.get("judged").asBoolean()).isTrue();
        assertThat(json.get("filesWithFixes").asInt()).isEqualTo(FIXED);
        assertThat(browser.consoleErrors()).isEmpty();
        assertThat(browser.driver().findElements(By.cssSelector(".ranking-table td.auc")))
                .extracting(WebElement::getText)
                .containsExactlyElementsOf(StreamSupport.stream(json.get("rankings").spliterator(), false)
                        .map(ranking -> ranking.get("auc").isNull() ? "n/a" : String.format(Locale.ROOT, "%.3f", ranking.get("auc").asDouble()))
                        .toList());
    }

    @Test
    void everyRankingHasAVisibleCurveAndALegendEntry() {
        browser.setViewport(1280, 900);
        browser.open(page);

        List<WebElement> curves = browser.driver().findElements(By.cssSelector("#effort-curve polyline.curve"));
        assertThat(curves).hasSize(json.get("rankings").size());
        // each curve climbs from no fix found to all of them: its drawn box spans most of the plot's height
        assertThat(curves).allSatisfy(curve -> assertThat(curve.getRect().getHeight()).isGreaterThan(150));
        Object stroke = browser.script("return getComputedStyle(document.querySelector('#effort-curve .series-0'))"
                + ".stroke");
        assertThat(stroke).isEqualTo("rgb(192, 57, 43)");
        assertThat(browser.driver().findElements(By.cssSelector("#effort-curve text.legend")))
                .extracting(WebElement::getText)
                .containsExactly("risk", "health-weighted", "changes", "size", "health", "random");
    }

    @Test
    void onAPhoneNothingScrollsSidewaysAndTheChartShrinksToFit() {
        browser.setViewport(390, 844);
        browser.open(page);

        Number overflow = (Number) browser.script(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(overflow.longValue()).isZero();
        assertThat(browser.driver().findElement(By.id("effort-curve")).getRect().getWidth()).isLessThanOrEqualTo(390);
    }
}
