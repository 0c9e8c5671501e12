package mx.gob.veracruzmunicipio.dmiga.scr.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Browser: the ADMIN registers a monthly service on "Contratos de servicios", the Director finds it
 * among the month's "Facturas pendientes", and the ADMIN deactivates it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PendingInvoicesBrowserIT {

    /** Telcel's demo RFC: no test invoices Telcel, so its contract stays pending. */
    private static final String TELCEL = "RDI870312CD2";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ScrDeployment.ear();
    }

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void aContractRegisteredByTheAdminIsPendingUntilDeactivated() throws IOException {
        String account = "229-" + TestCfdis.newUuid().substring(0, 8);
        browser.signIn("admin", "demo");
        browser.open("/admin/cuentas.xhtml");
        browser.find("cuentas:contratos").click();
        browser.find("contratos:datos");
        browser.find("contratos:guardar").click();
        waitFor("contratos:avisos", "Seleccione un proveedor registrado y activo para el contrato.");

        new Select(browser.find("contratos:proveedor")).selectByValue(TELCEL);
        new Select(browser.find("contratos:servicio")).selectByValue("MOBILE");
        browser.type("contratos:cuenta", account);
        browser.type("contratos:descripcion", "Plan de telefonía móvil de la Dirección");
        browser.type("contratos:monto", "2320.00");
        browser.find("contratos:guardar").click();
        waitFor("contratos:avisos", "Contrato de servicio registrado.");
        assertTrue(browser.text("contratos:lista").contains(account), browser.text("contratos:lista"));
        browser.screenshot("contratos-servicios");

        browser.driver().manage().deleteAllCookies();
        browser.signIn("director", "demo");
        browser.find("menu-pendientes").click();
        browser.find("pendientes:mes");
        ((JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].value = '2026-11';", browser.find("pendientes:mes"));
        browser.find("pendientes:mostrar").click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(d -> d.getCurrentUrl().contains("mes=2026-11"));
        String pending = browser.text("pendientes:lista");
        assertTrue(pending.contains(account) && pending.contains("Radiomóvil Dipsa (Telcel)")
                && pending.contains("$2320.00"), pending);
        browser.screenshot("facturas-pendientes");
        // The export holds exactly the rows the list shows, under Spanish headers
        List<String> csv = Files.readAllLines(browser.download("pendientes:exportar-lista-csv"), StandardCharsets.UTF_8)
                .stream().map(line -> line.replace("\uFEFF", "")).filter(line -> !line.isBlank()).toList();
        int shown = browser.driver().findElements(By.cssSelector("#pendientes\\:lista tbody tr")).size();
        assertEquals(shown + 1, csv.size(), String.join("\n", csv));
        assertTrue(csv.get(0).startsWith("\"Proveedor\""), csv.get(0));
        assertTrue(csv.stream().anyMatch(line -> line.contains(account) && line.contains("2320.00")
                && line.contains("Radiomóvil Dipsa (Telcel) (" + TELCEL + ")")), String.join("\n", csv));

        // The Tablero tells how many contracts have no invoice this month, the rows of the page it links
        browser.open("/tablero.xhtml");
        String count = browser.text("tablero:facturas-pendientes-numero");
        browser.find("tablero:ver-pendientes").click();
        browser.find("pendientes:lista");
        assertEquals(Integer.parseInt(count), browser.driver().findElements(
                By.cssSelector("#pendientes\\:lista tbody tr:not(.ui-datatable-empty-message)")).size(),
                "this month's pending contracts");

        browser.driver().manage().deleteAllCookies();
        browser.signIn("admin", "demo");
        browser.open("/admin/contratos.xhtml");
        List<WebElement> rows = browser.driver().findElements(By.cssSelector("#contratos\\:lista tbody tr"));
        WebElement row = rows.stream().filter(r -> r.getText().contains(account)).findFirst()
                .orElseThrow();
        row.findElement(By.cssSelector("button[id$='activar']")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElements(By.cssSelector("#contratos\\:lista tbody tr")).stream()
                        .anyMatch(r -> r.getText().contains(account) && r.getText().contains("Inactivo")));
        browser.open("/facturas-pendientes.xhtml?mes=2026-11");
        assertFalse(browser.text("pendientes:lista").contains(account));
        assertEquals("2026-11", browser.find("pendientes:mes").getAttribute("value"));
    }

    private void waitFor(String id, String text) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .until(d -> browser.text(id).contains(text));
    }
}
