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

/** Browser: a report waiting at a SECRETARIA step is in the secretaria's Bandeja and links to its page. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecretariaInboxIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ScrDeployment.earWith(TestData.class, TestOficios.class);
    }

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void theSecretariaSeesTheNewReportInHerBandeja() throws Exception {
        String folio = TestData.openReport("Corregir el padrón de contribuyentes en línea");
        browser.signIn("secretaria", "demo");

        browser.find("menu-bandeja").click();
        browser.find("bandeja:reportes");
        browser.screenshot("bandeja");
        browser.searchInbox(folio);

        String table = browser.text("bandeja:reportes");
        assertTrue(table.contains(folio), table);
        assertTrue(table.contains("Corregir el padrón de contribuyentes en línea"), table);
        assertTrue(table.contains("PR-DMIGA-06"), table);
        assertTrue(table.contains("2 · Generar el reporte"), table);
        browser.screenshot("bandeja-filtrada");

        browser.driver().findElement(By.linkText(folio)).click();
        assertEquals(folio, browser.text("folio"));
    }
}
