package mx.gob.veracruzmunicipio.dmiga.scr.it;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The report page's action panel as a person uses it: choose an action, fill its form by the
 * fields' names (data-campo), post it and read what the page answers.
 */
final class ReportPage {

    private final Browser browser;

    ReportPage(Browser browser) {
        this.browser = browser;
    }

    /** Another person at the same browser: the session ends and they sign in. */
    ReportPage signInAs(String username) {
        browser.driver().manage().deleteAllCookies();
        browser.signIn(username, "demo");
        return this;
    }

    ReportPage open(String folio) {
        browser.open("/reporte.xhtml?folio=" + folio);
        browser.find("folio");
        return this;
    }

    /** The labels of the actions offered to this person. */
    List<String> actions() {
        return driver().findElements(By.cssSelector("#acciones-disponibles [data-accion]")).stream()
                .map(WebElement::getText).toList();
    }

    List<String> actionKeys() {
        return driver().findElements(By.cssSelector("#acciones-disponibles [data-accion]")).stream()
                .map(e -> e.getAttribute("data-accion")).toList();
    }

    ReportPage choose(String actionKey) {
        WebElement link = wait(20).until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#acciones-disponibles [data-accion='" + actionKey + "']")));
        link.click();
        wait(20).until(d -> d.getCurrentUrl().contains("accion=" + actionKey));
        browser.find("acciones:registrar");
        return this;
    }

    ReportPage type(String field, String text) {
        WebElement input = field(field);
        input.clear();
        input.sendKeys(text);
        return this;
    }

    ReportPage select(String field, String value) {
        new Select(field(field)).selectByValue(value);
        return this;
    }

    ReportPage yes(String field) {
        return select(field, "true");
    }

    ReportPage no(String field) {
        return select(field, "false");
    }

    /** A file field: the browser picks the file from the disk, as a person's file dialog would. */
    ReportPage attach(String field, Path file) {
        field(field).sendKeys(file.toAbsolutePath().toString());
        return this;
    }

    /** A date or date-time field: the browser's own picker takes the ISO text the server reads. */
    ReportPage date(String field, String iso) {
        ((JavascriptExecutor) driver()).executeScript("arguments[0].value = arguments[1];", field(field), iso);
        return this;
    }

    /** A field of the n-th row of a rows field (material used, items of equipment…). */
    ReportPage rowType(String rowsField, int row, String column, String text) {
        WebElement input = rowField(rowsField, row, column);
        input.clear();
        input.sendKeys(text);
        return this;
    }

    ReportPage rowSelect(String rowsField, int row, String column, String value) {
        new Select(rowField(rowsField, row, column)).selectByValue(value);
        return this;
    }

    ReportPage rowSelectIndex(String rowsField, int row, String column, int index) {
        new Select(rowField(rowsField, row, column)).selectByIndex(index);
        return this;
    }

    /** Ticks the options of a multiple choice (AS/400 modules…) by their values. */
    ReportPage check(String field, String... values) {
        for (String value : values) {
            WebElement box = driver().findElement(By.cssSelector(
                    "#acciones [data-campo='" + field + "'] input[value='" + value + "']"));
            if (!box.isSelected()) {
                box.click();
            }
        }
        return this;
    }

    /** Shows the action's form at the top of the window, for a screenshot. */
    ReportPage scrollToForm() {
        ((JavascriptExecutor) driver()).executeScript(
                "document.getElementById('panel-acciones').scrollIntoView({block: 'start'});");
        return this;
    }

    ReportPage addRow(String rowsField) {
        int before = rows(rowsField);
        driver().findElement(By.cssSelector(".scr-rows[data-campo='" + rowsField + "'] > button[id$='agregar']")).click();
        wait(20).ignoring(StaleElementReferenceException.class).until(d -> rows(rowsField) == before + 1);
        return this;
    }

    int rows(String rowsField) {
        return driver().findElements(By.cssSelector(".scr-rows[data-campo='" + rowsField + "'] .scr-rows__row")).size();
    }

    /**
     * Posts the form and waits for the answer: the form again with its messages, or the page
     * reloaded with the success notice.
     */
    String submit() {
        // An AJAX update still in flight (a row added, a choice reloaded) may replace the button
        // between finding and clicking it: find it again then.
        WebElement button = wait(20).until(d -> {
            try {
                WebElement current = d.findElement(By.id("acciones:registrar"));
                current.click();
                return current;
            } catch (WebDriverException e) {
                return requireDetached(e, null);
            }
        });
        wait(30).until(d -> {
            try {
                button.isEnabled();
                return false;
            } catch (WebDriverException e) {
                return requireDetached(e, true);
            }
        });
        return wait(30).ignoring(StaleElementReferenceException.class).until(d -> {
            List<WebElement> errors = d.findElements(By.cssSelector("#acciones\\:mensajes .ui-messages-error"));
            if (!errors.isEmpty()) {
                return errors.get(0).getText();
            }
            List<WebElement> notice = d.findElements(By.cssSelector("#avisos .ui-messages-info, #avisos .ui-messages-warn"));
            return notice.isEmpty() ? null : notice.get(0).getText();
        });
    }

    /**
     * A node the page replaced: chromedriver reports it as stale, or, when the node left the
     * document in the middle of a command, as an "unknown error" that says so. Anything else is a
     * real failure and is thrown.
     */
    private static <T> T requireDetached(WebDriverException e, T answer) {
        if (e instanceof StaleElementReferenceException
                || String.valueOf(e.getMessage()).contains("does not belong to the document")) {
            return answer;
        }
        throw e;
    }

    String formMessages() {
        return browser.text("acciones:mensajes");
    }

    String text(String id) {
        return browser.text(id);
    }

    boolean hasForm() {
        return !driver().findElements(By.id("acciones:registrar")).isEmpty();
    }

    /** The value of a choice field's first real option (after "— Seleccione —"). */
    String firstOption(String field) {
        return new Select(field(field)).getOptions().get(1).getAttribute("value");
    }

    String fieldAttribute(String field, String attribute) {
        return field(field).getAttribute(attribute);
    }

    String fieldValue(String field) {
        return field(field).getAttribute("value");
    }

    private WebElement field(String name) {
        return wait(20).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#acciones .scr-action-form__grid > .scr-field > [data-campo='" + name + "']")));
    }

    private WebElement rowField(String rowsField, int row, String column) {
        return driver().findElements(By.cssSelector(".scr-rows[data-campo='" + rowsField + "'] .scr-rows__row"))
                .get(row).findElement(By.cssSelector("[data-campo='" + column + "']"));
    }

    private WebDriver driver() {
        return browser.driver();
    }

    private WebDriverWait wait(int seconds) {
        return new WebDriverWait(driver(), Duration.ofSeconds(seconds));
    }
}
