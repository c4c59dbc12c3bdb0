package dev.readiness.cli.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * The browser's console as chromedriver records it with goog:loggingPrefs browser=ALL: console.error calls
 * and uncaught exceptions both arrive as SEVERE entries. chromedriver hands out each entry only once, so the
 * entries are collected here until the next page is opened.
 */
final class ConsoleLog {

    private final WebDriver driver;
    private final List<String> errors = new ArrayList<>();

    ConsoleLog(WebDriver driver) {
        this.driver = driver;
    }

    /** Forgets everything logged so far, before a new page is opened. */
    void clear() {
        drain();
        errors.clear();
    }

    /**
     * Every error so far. Lets the page finish its current task first: an unhandled promise rejection is only
     * reported at the end of the task that rejected, and would otherwise be missed by a quick look.
     */
    List<String> errors() {
        ((JavascriptExecutor) driver).executeAsyncScript("const done = arguments[arguments.length - 1];"
                + " setTimeout(done, 0);");
        drain().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .forEach(errors::add);
        return List.copyOf(errors);
    }

    private List<LogEntry> drain() {
        return driver.manage().logs().get(LogType.BROWSER).getAll();
    }
}
