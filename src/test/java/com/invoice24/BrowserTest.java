package com.invoice24;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Drives Debian's headless Chromium through its ChromeDriver, both named explicitly so that
 * Selenium never tries to download a browser. Waits look again when htmx has swapped an element out
 * from under them. Runs with {@code -Pbrowser}; screenshots go to
 * {@code target/screenshots/}.
 */
@Tag("browser")
public abstract class BrowserTest extends IntegrationTest {

    protected WebDriver browser;
    protected WebDriverWait waiting;

    @BeforeEach
    void openBrowser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getenv().getOrDefault("CHROMIUM_BIN", "/usr/bin/chromium"));
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--window-size=1280,900");
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService driver = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getenv().getOrDefault("CHROMEDRIVER_BIN", "/usr/bin/chromedriver")))
                .build();
        browser = new ChromeDriver(driver, options);
        waiting = new WebDriverWait(browser, Duration.ofSeconds(10));
        waiting.ignoring(StaleElementReferenceException.class);
    }

    /** Whatever the test did, no page it saw had script or style refused by the Content-Security-Policy. */
    @AfterEach
    void closeBrowser() {
        if (browser == null) {
            return;
        }
        try {
            assertThat(contentSecurityPolicyViolations()).as("Content-Security-Policy violations").isEmpty();
        } finally {
            browser.quit();
        }
    }

    /** The browser console's complaints about the Content-Security-Policy since they were last read. */
    protected List<String> contentSecurityPolicyViolations() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy")).toList();
    }

    protected void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    protected void screenshot(String name) {
        try {
            Path target = Path.of("target", "screenshots", name + ".png");
            Files.createDirectories(target.getParent());
            File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
