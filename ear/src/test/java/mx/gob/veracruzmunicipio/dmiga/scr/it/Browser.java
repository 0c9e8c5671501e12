package mx.gob.veracruzmunicipio.dmiga.scr.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real browser for the intranet's UI tests: Debian's headless chromium driven through its own
 * chromedriver (nothing is downloaded), a fresh profile per test. Register it with
 * {@code @RegisterExtension}; when a test fails it saves a screenshot to ear/target/screenshots.
 */
public final class Browser implements BeforeEachCallback, AfterEachCallback, TestExecutionExceptionHandler {

    private static final Path SCREENSHOTS = Paths.get(System.getProperty("scr.screenshots", "target/screenshots"));

    private WebDriver driver;
    private Path profile;
    private Path downloads;

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        profile = Files.createTempDirectory("scr-chromium-");
        downloads = Files.createDirectories(profile.resolve("descargas"));
        ChromeOptions options = new ChromeOptions()
                .setBinary("/usr/bin/chromium")
                .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--disable-dev-shm-usage", "--window-size=1280,900", "--lang=es-MX",
                        "--user-data-dir=" + profile);
        // Files the pages send as attachments land here, without asking (see download).
        options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new java.io.File("/usr/bin/chromedriver"))
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        if (driver != null) {
            try {
                screenshot("FAILED-" + context.getRequiredTestClass().getSimpleName() + "-"
                        + context.getRequiredTestMethod().getName());
            } catch (RuntimeException e) {
                failure.addSuppressed(e);
            }
        }
        throw failure;
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    public WebDriver driver() {
        return driver;
    }

    /** Opens a page of the intranet, e.g. {@code "/"} or {@code "/bandeja.xhtml"}. */
    public void open(String path) {
        driver.get(Http.SERVER + "/scr" + path);
    }

    public WebElement find(String id) {
        return new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    /** Signs in through the login page, as a person would. */
    public void signIn(String username, String password) {
        open("/");
        find("login:usuario").clear();
        find("login:usuario").sendKeys(username);
        find("login:contrasena").sendKeys(password);
        find("login:entrar").click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.findElements(By.id("login:entrar")).isEmpty()
                || !d.findElements(By.cssSelector("#login\\:login-error .ui-messages-error")).isEmpty());
    }

    /** Opens the Bandeja and searches it for one folio (free-text filter). */
    public void searchInbox(String folio) {
        open("/bandeja.xhtml");
        find("bandeja:texto").clear();
        find("bandeja:texto").sendKeys(folio);
        find("bandeja:buscar").click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class).until(d -> {
            String table = d.findElement(By.id("bandeja:reportes")).getText();
            return table.contains(folio) || table.contains("No hay reportes pendientes");
        });
    }

    /**
     * Chooses the option with this label in a PrimeFaces selectOneMenu, as a person would: opens
     * it, scrolls to the option and clicks it (again if the panel was still opening).
     */
    public void choose(String id, String label) {
        By option = By.cssSelector("li[data-label='" + label.replace("'", "\\'") + "']");
        new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.ElementNotInteractableException.class)
                .until(d -> {
                    if (find(id + "_label").getText().equals(label)) {
                        return true;
                    }
                    WebElement panel = d.findElement(By.id(id + "_panel"));
                    if (!panel.isDisplayed()) {
                        find(id).click();
                        return false;
                    }
                    WebElement item = panel.findElement(option);
                    ((org.openqa.selenium.JavascriptExecutor) d)
                            .executeScript("arguments[0].scrollIntoView({block: 'nearest'});", item);
                    item.click();
                    return find(id + "_label").getText().equals(label);
                });
    }

    /** Types into a text field, replacing what it held. */
    public void type(String id, String text) {
        WebElement field = find(id);
        field.clear();
        field.sendKeys(text);
    }

    /** The text of an element, read again when an AJAX update replaced it meanwhile. */
    public String text(String id) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .until(d -> find(id).getText());
    }

    /**
     * Clicks the element and waits for the file it downloads: the new complete file (chromium
     * writes a {@code .crdownload} or a hidden file until it is) in this browser's download directory.
     */
    public Path download(String id) throws IOException {
        java.util.Set<Path> before;
        try (var files = Files.list(downloads)) {
            before = files.collect(java.util.stream.Collectors.toSet());
        }
        find(id).click();
        return new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> {
            try (var files = Files.list(downloads)) {
                List<Path> fresh = files.filter(f -> !before.contains(f) && !f.getFileName().toString().startsWith("."))
                        .toList();
                return fresh.size() == 1 && !fresh.get(0).toString().endsWith(".crdownload") ? fresh.get(0) : null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Saves the page as it looks now to ear/target/screenshots/{name}.png. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Path taken = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            return Files.copy(taken, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
