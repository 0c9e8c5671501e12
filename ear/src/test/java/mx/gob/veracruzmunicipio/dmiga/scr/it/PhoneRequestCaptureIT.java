package mx.gob.veracruzmunicipio.dmiga.scr.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.UUID;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Browser: the SECRETARIA captures a phone request and gets its folio with a link to the report;
 * a category the manual's policy 1.3 reserves for oficios is refused with that explanation and
 * uses no folio; an empty form names every missing field.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PhoneRequestCaptureIT {

    private static final String PR01 = "PR-DMIGA-01 · Recepción y seguimiento de reportes";
    private static final String FOLIO = "DMIGA-\\d{4}-\\d{6}";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ScrDeployment.ear();
    }

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void aPhoneRequestGetsAFolioAndALinkToItsReport() {
        browser.signIn("secretaria", "demo");
        browser.find("menu-captura").click();
        String subject = "No enciende el equipo de la ventanilla 3 " + UUID.randomUUID().toString().substring(0, 6);

        String folio = capture("Asistencia técnica a usuarios", subject);

        assertTrue(folio.matches(FOLIO), folio);
        assertTrue(browser.driver().findElement(By.id("captura:avisos")).getText().isBlank());
        browser.screenshot("captura-registrada");
        // The form is empty again for the next call.
        assertEquals("", browser.find("captura:asunto").getAttribute("value"));

        browser.find("captura:folio").click();

        assertEquals(folio, browser.text("folio"));
        assertEquals(subject, browser.text("asunto"));
        assertEquals("Dirección de Catastro", browser.text("dependencia"));
        assertEquals("3 · Levantar el reporte de servicio", browser.text("paso"));
    }

    @Test
    void aCategoryThatNeedsAnOficioIsRefusedWithThePolicyAndUsesNoFolio() {
        browser.signIn("secretaria", "demo");
        browser.open("/captura.xhtml");
        String before = capture("Asistencia técnica a usuarios", "Impresora atascada en Catastro");

        browser.choose("captura:dependencia", "Dirección de Catastro");
        browser.choose("captura:categoria", "Cableado de red (requiere oficio)");
        browser.type("captura:asunto", "Cablear la nueva oficina de Catastro");
        browser.type("captura:solicitante", "Ing. Pedro Salas, jefe de oficina");
        browser.find("captura:registrar").click();

        String message = waitForMessage();
        assertTrue(message.contains("Las solicitudes de «Cableado de red» requieren oficio por medio de Cero Papel "
                + "(política 1.3 del manual); no se reciben por teléfono."), message);
        assertTrue(browser.driver().findElements(By.id("captura:folio")).isEmpty());
        // What was typed stays, so the SECRETARIA can explain it to the caller.
        assertEquals("Cablear la nueva oficina de Catastro", browser.find("captura:asunto").getAttribute("value"));
        browser.screenshot("captura-rechazada");

        // Nothing was stored: the next accepted request takes the very next folio.
        String after = capture("Asistencia técnica a usuarios", "Sin acceso a la red en Catastro");
        assertEquals(number(before) + 1, number(after), before + " → " + after);
    }

    @Test
    void anEmptyFormNamesEveryMissingFieldInSpanish() {
        browser.signIn("secretaria", "demo");
        browser.open("/captura.xhtml");

        browser.find("captura:registrar").click();

        String message = waitForMessage();
        assertTrue(message.contains("El procedimiento es obligatorio."), message);
        assertTrue(message.contains("La dependencia solicitante es obligatoria."), message);
        assertTrue(message.contains("La categoría del servicio es obligatoria."), message);
        assertTrue(message.contains("El asunto es obligatorio."), message);
        assertTrue(message.contains("El nombre de quien solicita es obligatorio."), message);
        assertTrue(browser.driver().findElements(By.id("captura:folio")).isEmpty());
    }

    /** Fills the form (procedure PR-DMIGA-01, Dirección de Catastro), registers it and returns the folio. */
    private String capture(String category, String subject) {
        browser.choose("captura:procedimiento", PR01);
        browser.choose("captura:dependencia", "Dirección de Catastro");
        browser.choose("captura:categoria", category);
        browser.choose("captura:prioridad", "Alta");
        browser.type("captura:solicitante", "Lic. Ana Torres, Catastro");
        browser.type("captura:asunto", subject);
        browser.type("captura:descripcion", "Llamó a las 10:15; pide atención hoy.");
        browser.find("captura:registrar").click();
        return browser.text("captura:folio");
    }

    private String waitForMessage() {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    String text = d.findElement(By.id("captura:avisos")).getText();
                    return text.isBlank() ? null : text;
                });
    }

    private static int number(String folio) {
        return Integer.parseInt(folio.substring(folio.lastIndexOf('-') + 1));
    }
}
