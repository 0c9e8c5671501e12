package mx.gob.veracruzmunicipio.dmiga.scr.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import mx.gob.veracruzmunicipio.dmiga.scr.report.ProcedureKey;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Procedures;

/**
 * Browser: the open data page answers without signing in, from a link on the login page, and
 * shows counts but none of a report's text; the Manual vivo draws the chosen procedure's diagram,
 * one box per step of its definition, at an address that can be bookmarked.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ManualAndOpenDataPagesIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ScrDeployment.earWith(TestData.class, TestOficios.class);
    }

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void theOpenDataPageNeedsNoSignInAndShowsNoReportText() throws Exception {
        String folio = TestData.openReport("Conciliar la nómina de Eleuterio Barrientos Ocampo");

        browser.open("/");
        browser.find("datos-abiertos").click();
        assertEquals("Datos abiertos", browser.driver().findElement(By.tagName("h1")).getText());
        String month = YearMonth.now(ZoneId.of("America/Mexico_City")).toString();
        WebElement row = browser.find("cifras").findElements(By.cssSelector("tbody tr")).stream()
                .filter(r -> r.getText().contains(month) && r.getText().contains("PR-DMIGA-06")).findFirst()
                .orElseThrow();
        List<WebElement> cells = row.findElements(By.tagName("td"));
        assertTrue(Long.parseLong(cells.get(2).getText().replaceAll("\\D", "")) >= 1, row.getText());
        String page = browser.driver().getPageSource();
        for (String secret : List.of(folio, "Eleuterio", "Barrientos", "Gabriela Torres", "gabriela.torres")) {
            assertFalse(page.contains(secret), secret);
        }
        assertTrue(browser.find("csv").getAttribute("href").endsWith("/scr/api/v1/datos-abiertos/reportes-por-mes.csv"));
        browser.screenshot("datos-abiertos");

        browser.open("/datos-abiertos.xhtml?desde=2019-03&hasta=2019-04");
        assertEquals(22, browser.find("cifras").findElements(By.cssSelector("tbody tr")).size());
        assertTrue(browser.find("json").getAttribute("href")
                .endsWith("/scr/api/v1/datos-abiertos/reportes-por-mes.json?desde=2019-03&hasta=2019-04"));
    }

    @Test
    void theManualDrawsOneBoxPerStepOfTheChosenProcedure() {
        browser.signIn("solicitante", "demo");
        browser.find("menu-manual").click();

        assertTrue(browser.text("nombre").startsWith("PR-DMIGA-01"));
        assertEquals(Procedures.of(ProcedureKey.PR_DMIGA_01).steps().size(), steps());
        assertEquals(steps(), browser.find("pasos").findElements(By.cssSelector("tbody tr")).size());

        browser.choose("manual:procedimiento", "PR-DMIGA-04 · Elaboración y trámite de una orden de pago");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(d -> d.getCurrentUrl().endsWith("manual.xhtml?procedimiento=PR_DMIGA_04"));
        assertTrue(browser.text("nombre").startsWith("PR-DMIGA-04"));
        // PR-DMIGA-04 has 15 steps (1, 1A, 1B, 2, 3, 3A, 4 … 11, 13), its rejections loop back to step 3.
        assertEquals(15, steps());
        List<String> boxes = browser.find("diagrama").findElements(By.cssSelector("g.scr-flow__node")).stream()
                .map(g -> g.getAttribute("data-paso")).toList();
        assertEquals(List.of("1", "1A", "1B", "2", "3", "3A", "4", "5", "6", "7", "8", "9", "10", "11", "13"), boxes);
        assertTrue(browser.find("diagrama").findElements(By.cssSelector(".scr-flow__loop")).size() >= 6);
        assertTrue(browser.find("diagrama").getText().contains("Rechazada por la Contraloría Interna"));
        assertTrue(browser.text("rutas").contains("Factura no vigente en el SAT: se rechaza"));
        assertTrue(browser.text("roles").contains("Comisión de Hacienda"));
        browser.screenshot("manual-pr04");

        // The address alone shows the same procedure.
        browser.open("/manual.xhtml?procedimiento=PR_DMIGA_10");
        assertTrue(browser.text("nombre").startsWith("PR-DMIGA-10"));
        assertEquals(Procedures.of(ProcedureKey.PR_DMIGA_10).steps().size(), steps());
        browser.screenshot("manual-pr10");
    }

    private int steps() {
        return browser.find("diagrama").findElements(By.cssSelector("rect.scr-flow__step")).size();
    }
}
