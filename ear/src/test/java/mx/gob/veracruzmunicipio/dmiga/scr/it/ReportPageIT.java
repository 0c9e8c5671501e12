package mx.gob.veracruzmunicipio.dmiga.scr.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/** Browser: the report page shows the header, the timeline entries and the reply oficios. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReportPageIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ScrDeployment.earWith(TestData.class, TestOficios.class);
    }

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void theReportPageShowsItsHeaderAndTimeline() throws Exception {
        String folio = TestData.openReport("Agregar el pago de licencias al portal");
        browser.signIn("secretaria", "demo");

        browser.open("/reporte.xhtml?folio=" + folio);

        assertEquals(folio, browser.text("folio"));
        assertEquals("Agregar el pago de licencias al portal", browser.text("asunto"));
        assertTrue(browser.text("procedimiento").startsWith("PR-DMIGA-06"), browser.text("procedimiento"));
        assertEquals("Tesorería Municipal", browser.text("dependencia"));
        assertEquals("2 · Generar el reporte", browser.text("paso"));
        assertTrue(browser.text("responsable").contains("Secretaria de la DMIGA"), browser.text("responsable"));
        assertTrue(browser.text("estado").contains("En trámite"), browser.text("estado"));

        String timeline = browser.text("bitacora");
        assertTrue(timeline.contains("Recibir oficio"), timeline);
        assertTrue(timeline.contains("Plataforma Cero Papel"), timeline);
        assertTrue(timeline.contains("ceropapel"), timeline);
        assertTrue(timeline.matches("(?s).*\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}.*"), timeline);
        assertTrue(browser.text("oficios").contains("No hay oficios de respuesta."), browser.text("oficios"));
        browser.screenshot("reporte");
    }

    @Test
    void anUnknownFolioSaysSo() throws Exception {
        browser.signIn("secretaria", "demo");

        browser.open("/reporte.xhtml?folio=DMIGA-1999-000001");

        assertTrue(browser.text("avisos").contains("No existe el reporte con folio DMIGA-1999-000001."),
                browser.text("avisos"));
        assertTrue(browser.driver().findElements(By.id("bitacora")).isEmpty());
    }
}
