package dev.readiness.cli.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
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

    List<String> errors() {
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
