package org.casus.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web page in a real browser (headless Chromium through Selenium, Debian's {@code chromium} and
 * {@code chromium-driver}; {@code .ci/run} installs them): load the page, filter to the reference
 * article by its dates, see its points and shaded countries on the map, the timeline and the table,
 * open the Damascus strike and find its sentence with the trigger marked, code a pasted text, and
 * check the download link. Saves {@code target/serve-screenshot.png}. Skipped, with a message, when
 * Chromium or its driver is missing or {@code ../shared} is absent.
 */
class BrowserTest {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  static Object js(WebDriver d, String script, Object... args) {
    return ((JavascriptExecutor) d).executeScript(script, args);
  }

  static long number(WebDriver d, String expression) {
    Object v = js(d, "return " + expression + ";");
    return v == null ? -1 : ((Number) v).longValue();
  }

  @Test
  void anAnalystFiltersLooksAndChecksAnEvent() throws Exception {
    assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
        "skipped: the browser test needs Debian's chromium and chromium-driver (/usr/bin/chromium, /usr/bin/chromedriver);"
            + " apt-get install chromium chromium-driver (.ci/run does)");
    assumeTrue(ServeFixture.shared().isPresent(), "skipped: the browser test needs ../shared (the reference article)");
    System.setProperty("webdriver.chrome.driver", DRIVER.toString());
    Path profile = Files.createTempDirectory(ServeFixture.dir(), "chromium-profile");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
        "--window-size=1400,1900", "--user-data-dir=" + profile);
    try (ServeFixture.Served served = new ServeFixture.Served("browser")) {
      ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
          .usingAnyFreePort().build();
      WebDriver d = new ChromeDriver(service, options);
      try {
        WebDriverWait wait = new WebDriverWait(d, Duration.ofSeconds(60));
        d.get(served.base() + "/");
        wait.until(x -> number(x, "window.casus && window.casus.loads") >= 1);
        long everything = number(d, "window.casus.total");

        // filter to the reference article by its dates; the filter goes into the URL
        js(d, "document.querySelector('#f-from').value = '2024-04-01'; document.querySelector('#f-to').value = '2024-04-30';");
        d.findElement(By.id("apply")).click();
        wait.until(x -> number(x, "window.casus.loads") >= 2);
        String url = d.getCurrentUrl();
        assertTrue(url.contains("from=2024-04-01") && url.contains("to=2024-04-30"), url);
        long shown = number(d, "window.casus.total");
        assertTrue(shown > 0 && shown < everything, shown + " of " + everything);
        List<WebElement> rows = d.findElements(By.cssSelector("#events tbody tr"));
        assertEquals(shown, rows.size());
        for (WebElement r : rows) {
          assertTrue(r.getAttribute("data-id").startsWith(ServeFixture.REFERENCE + "-"), r.getAttribute("data-id"));
        }

        // the same URL opened afresh shows the same view
        d.get(url);
        wait.until(x -> number(x, "window.casus && window.casus.loads") >= 1);
        assertEquals(shown, number(d, "window.casus.total"));
        assertEquals("2024-04-01", d.findElement(By.id("f-from")).getAttribute("value"));

        // the map: points for city-precision places (Damascus, Astana), countries shaded for country precision
        assertTrue(number(d, "window.casus.mapPoints") >= 2, "points: " + number(d, "window.casus.mapPoints"));
        assertTrue(d.findElements(By.cssSelector(".event-point, .event-cluster")).size() >= 1, "no marker on the map");
        assertTrue(number(d, "window.casus.mapCountries") >= 1, "no shaded country");
        assertTrue(d.findElements(By.cssSelector("path.country-shade")).size() >= 1, "no shaded country path");
        // the timeline
        assertTrue(number(d, "window.casus.timelineBuckets") >= 1);
        assertTrue(d.findElement(By.id("timeline")).getSize().getHeight() > 100);

        // click the Damascus strike: its sentence with the trigger marked
        WebElement strike = d.findElements(By.cssSelector("#events tbody tr")).stream()
            .filter(r -> r.getText().contains("195") && r.getText().contains("Damascus")).findFirst()
            .orElseThrow(() -> new AssertionError("no Damascus strike in the table"));
        String id = strike.getAttribute("data-id");
        strike.click();
        wait.until(x -> id.equals(x.findElement(By.id("event-view")).getAttribute("data-id")));
        WebElement sentence = d.findElement(By.cssSelector("#event-view .sentence"));
        WebElement trigger = sentence.findElement(By.cssSelector("mark.trigger"));
        assertFalse(trigger.getText().isBlank());
        assertTrue(sentence.getText().contains("Damascus"), sentence.getText());
        assertTrue(d.findElement(By.id("event-view")).getText().contains("rule"), d.findElement(By.id("event-view")).getText());

        // the download link follows the filter and the chosen format
        String href = d.findElement(By.id("download")).getAttribute("href");
        assertTrue(href.contains("format=csv") && href.contains("from=2024-04-01"), href);
        HttpResponse<String> csv = served.get(href.substring(served.base().length()));
        assertEquals(200, csv.statusCode(), csv.body());
        assertTrue(csv.body().lines().count() > 1, csv.body());
        new Select(d.findElement(By.id("download-format"))).selectByValue("gdelt");
        assertTrue(d.findElement(By.id("download")).getAttribute("href").contains("format=gdelt"));

        // every resource came from this server: the page works offline
        Object foreign = js(d, "return performance.getEntriesByType('resource').map(e => e.name)"
            + ".filter(n => !n.startsWith(location.origin));");
        assertEquals(List.of(), foreign);

        Path shot = Path.of("target", "serve-screenshot.png");
        Files.copy(((TakesScreenshot) d).getScreenshotAs(OutputType.FILE).toPath(), shot,
            StandardCopyOption.REPLACE_EXISTING);

        // the paste box codes a text through POST /api/code and shows its events the same way
        d.findElement(By.id("paste-text")).sendKeys("Government troops shelled rebel positions near the town on"
            + " Sunday, the army said. The president of Kenya met the prime minister of Ethiopia in Nairobi on Monday.");
        js(d, "document.querySelector('#paste-date').value = '2026-03-12';");
        d.findElement(By.id("paste-code")).click();
        new WebDriverWait(d, Duration.ofSeconds(240)).until(x -> !x.findElements(By.cssSelector(
            "#paste-results .paste-event, #paste-results .paste-error")).isEmpty());
        assertTrue(d.findElements(By.cssSelector("#paste-results .paste-error")).isEmpty(),
            () -> d.findElement(By.id("paste-results")).getText());
        WebElement first = d.findElement(By.cssSelector("#paste-results .paste-event"));
        assertFalse(first.findElement(By.cssSelector("mark.trigger")).getText().isBlank());
        Files.copy(((TakesScreenshot) d).getScreenshotAs(OutputType.FILE).toPath(), Path.of("target",
            "serve-screenshot-paste.png"), StandardCopyOption.REPLACE_EXISTING);
        System.err.println("serve: browser test: " + shown + " of " + everything + " events after the filter, "
            + number(d, "window.casus.mapPoints") + " map points, " + number(d, "window.casus.mapCountries")
            + " shaded countries, screenshot " + shot.toAbsolutePath());
      } finally {
        d.quit();
        ServeFixture.delete(profile);
      }
    }
  }
}
