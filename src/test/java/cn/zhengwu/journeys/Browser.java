package cn.zhengwu.journeys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium (Debian's {@code chromium} and {@code chromium-driver}) driving the running application,
 * saving a screenshot of every step under {@code target/screenshots/<journey>/}. Without Chromium the journey
 * is skipped with a message, except in CI (environment variable {@code CI} set), where that is a failure.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private final WebDriver driver;
    private final String baseUrl;
    private final Path screenshots;
    private int step;

    private Browser(WebDriver driver, String baseUrl, Path screenshots) {
        this.driver = driver;
        this.baseUrl = baseUrl;
        this.screenshots = screenshots;
    }

    static Browser open(int port, String journey, Dimension window) {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        if (!installed) {
            if (System.getenv("CI") != null) {
                throw new IllegalStateException("CI needs Chromium for browser journeys: apt-get install chromium "
                    + "chromium-driver (.ci/run does this)");
            }
            Assumptions.abort("Browser journeys skipped: install Debian's chromium and chromium-driver to run them");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
            "--disable-quic", "--user-data-dir=" + temporaryProfile(), "--lang=en-US",
            "--window-size=" + window.getWidth() + "," + window.getHeight());
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
            .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(window);
        Path screenshots = Path.of("target", "screenshots", journey);
        try {
            Files.createDirectories(screenshots);
            try (var old = Files.list(screenshots)) {
                for (Path file : old.filter(png -> png.toString().endsWith(".png") || png.toString().endsWith(".pdf"))
                    .toList()) {
                    Files.delete(file);
                }
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Browser(driver, "http://localhost:" + port, screenshots);
    }

    void visit(String path) {
        driver.get(baseUrl + path);
    }

    WebElement find(By by) {
        try {
            return new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(by));
        }
        catch (TimeoutException notFound) {
            screenshot("not-found");
            throw notFound;
        }
    }

    void type(By by, String text) {
        WebElement field = find(by);
        field.clear();
        field.sendKeys(text);
    }

    /** Clicks the element once it is clickable, again if htmx replaced it or something covered it meanwhile. */
    void click(By by) {
        try {
            clickOnce(by);
        }
        catch (TimeoutException notClickable) {
            screenshot("not-clickable");
            throw notClickable;
        }
    }

    private void clickOnce(By by) {
        new WebDriverWait(driver, Duration.ofSeconds(10))
            .ignoring(StaleElementReferenceException.class)
            .ignoring(ElementClickInterceptedException.class)
            .until(ready -> {
                WebElement element = ExpectedConditions.elementToBeClickable(by).apply(ready);
                if (element == null) {
                    return false;
                }
                // Bootstrap scrolls smoothly; the click must not land where the element was before the scroll.
                ((JavascriptExecutor) ready).executeScript(
                    "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
                element.click();
                return true;
            });
    }

    /** Waits until the page shows the text somewhere in its body. */
    /** Waits until the element shows exactly this text, finding it anew each time (htmx may swap it meanwhile). */
    void waitForTextOf(By by, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.textToBe(by, text));
    }

    void waitForText(String text) {
        new WebDriverWait(driver, Duration.ofSeconds(10))
            .until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), text));
    }

    /** Chooses the option by its visible text, waiting for it to appear (htmx may still be filling the list). */
    void select(By by, String visibleText) {
        new WebDriverWait(driver, Duration.ofSeconds(10))
            .ignoring(StaleElementReferenceException.class)
            .ignoring(NoSuchElementException.class)
            .until(ready -> {
                new Select(ready.findElement(by)).selectByVisibleText(visibleText);
                return true;
            });
    }

    /** Clicks a button that posts a form and waits for the next page to replace this one. */
    void submit(By button) {
        WebElement before = driver.findElement(By.tagName("html"));
        click(button);
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(before));
    }

    /** Reloads the page until the element shows the text: for what a module event changes after the request. */
    void reloadUntil(By by, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).ignoring(NoSuchElementException.class).until(ready -> {
            if (ready.findElement(by).getText().contains(text)) {
                return true;
            }
            ready.navigate().refresh();
            return false;
        });
    }

    void waitUntilGone(By by) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.invisibilityOfElementLocated(by));
    }

    String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    String currentPath() {
        return driver.getCurrentUrl().substring(baseUrl.length());
    }

    WebDriver driver() {
        return driver;
    }

    /**
     * The WCAG 2.1 A and AA rules the current page breaks, as axe-core finds them (contrast, labels, names,
     * structure), each with the elements concerned.
     */
    List<String> accessibilityViolations() {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
            .analyze(driver);
        return results.getViolations().stream()
            .map(rule -> rule.getId() + ": " + rule.getHelp() + " " + rule.getNodes().stream()
                .map(node -> String.valueOf(node.getTarget())).toList())
            .toList();
    }

    /** Fails with the rules broken when the current page breaks WCAG 2.1 A or AA. */
    void assertAccessible() {
        List<String> violations = accessibilityViolations();
        if (!violations.isEmpty()) {
            screenshot("inaccessible");
            throw new AssertionError("WCAG 2.1 AA on " + currentPath() + ": " + violations);
        }
    }

    /** Signs in through the form and switches to the language: every account remembers its own. */
    void signIn(String username, String password, String language) {
        visit("/login?lang=" + language);
        type(By.id("username"), username);
        type(By.id("password"), password);
        submit(By.cssSelector("form button[type=submit]"));
        find(By.id("user-menu"));
        visit("/?lang=" + language);
        find(By.id("user-menu"));
    }

    void signOut() {
        click(By.id("user-menu"));
        click(By.id("sign-out"));
        find(By.id("username"));
    }

    /** What a link of the application returns to the signed-in person, fetched with the browser's cookies. */
    byte[] download(String path) {
        String cookies = driver.manage().getCookies().stream().map(cookie -> cookie.getName() + "=" + cookie.getValue())
            .collect(Collectors.joining("; "));
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Cookie", cookies).build();
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new AssertionError("GET " + path + " answered " + response.statusCode());
            }
            return response.body();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Saves the PDF and each of its pages as a PNG ({@code NN-name-1.png}, …, drawn by poppler's {@code pdftoppm}),
     * to be looked at like the screenshots; returns the pages.
     */
    List<Path> savePdfPages(byte[] pdf, String name) {
        String prefix = String.format(Locale.ROOT, "%02d-%s", ++step, name);
        try {
            Path file = Files.write(screenshots.resolve(prefix + ".pdf"), pdf);
            Process pdftoppm = new ProcessBuilder("pdftoppm", "-png", "-r", "60", file.toString(),
                screenshots.resolve(prefix).toString()).redirectErrorStream(true).start();
            String output = new String(pdftoppm.getInputStream().readAllBytes());
            if (pdftoppm.waitFor() != 0) {
                throw new AssertionError("pdftoppm failed: " + output);
            }
            try (var pages = Files.list(screenshots)) {
                return pages.filter(png -> png.getFileName().toString().startsWith(prefix + "-"))
                    .filter(png -> png.toString().endsWith(".png")).sorted().toList();
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Saves the screen as {@code NN-name.png}, to be looked at. */
    Path screenshot(String name) {
        byte[] png = driver instanceof ChromeDriver chrome ? wholePage(chrome)
            : ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        Path file = screenshots.resolve(String.format(Locale.ROOT, "%02d-%s.png", ++step, name));
        try {
            Files.write(file, png);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** The whole page, not just the window: what lies below the fold (and anything too wide) is seen too. */
    private static byte[] wholePage(ChromeDriver chrome) {
        @SuppressWarnings("unchecked")
        List<Number> size = (List<Number>) chrome.executeScript("return [document.documentElement.scrollWidth, "
            + "document.documentElement.scrollHeight]");
        Map<String, Object> shot = chrome.executeCdpCommand("Page.captureScreenshot", Map.of("captureBeyondViewport",
            true, "clip", Map.of("x", 0, "y", 0, "width", size.get(0), "height", size.get(1), "scale", 1)));
        return Base64.getDecoder().decode((String) shot.get("data"));
    }

    @Override
    public void close() {
        driver.quit();
    }

    private static String temporaryProfile() {
        try {
            return Files.createTempDirectory("zhengwu-chromium-").toString();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
