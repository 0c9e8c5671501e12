package mx.gob.veracruzmunicipio.dmiga.scr.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Browser: the search page over all reports and the Bandeja keep their filters in the address, so
 * a filtered list can be bookmarked and shared; a requesting area cannot open the search.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReportSearchPageIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ScrDeployment.earWith(TestData.class, TestOficios.class);
    }

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void theDirectorSearchesAndTheAddressReproducesTheFilter() throws Exception {
        String folio = TestData.openReport("Depurar el catálogo de giros comerciales");
        browser.signIn("director", "demo");

        browser.open("/buscar.xhtml");
        // Without a filter the page lists nothing and says what to do.
        assertTrue(browser.text("busqueda:reportes").contains("Indique al menos un filtro"));
        browser.find("busqueda:texto").sendKeys(folio);
        browser.find("busqueda:buscar").click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(d -> d.getCurrentUrl().contains("texto=" + folio));
        assertTrue(browser.text("busqueda:reportes").contains("Depurar el catálogo de giros comerciales"));
        String shared = browser.driver().getCurrentUrl();

        // Someone else opens the shared address: the same filter, the same report.
        browser.open("/index.xhtml");
        browser.driver().get(shared);
        assertEquals(folio, browser.find("busqueda:texto").getDomProperty("value"));
        String table = browser.text("busqueda:reportes");
        assertTrue(table.contains(folio), table);
        assertTrue(table.contains("1–1 de 1"), table);
        browser.screenshot("buscar-1280");

        // On a phone the same address shows the same report.
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        browser.driver().get(shared);
        assertTrue(browser.text("busqueda:reportes").contains(folio));
        browser.screenshot("buscar-390");
        showTable("busqueda:reportes");
        browser.screenshot("buscar-390-tabla");
        browser.driver().manage().window().setSize(new Dimension(1280, 900));

        browser.driver().findElement(By.linkText(folio)).click();
        assertEquals(folio, browser.text("folio"));
    }

    @Test
    void aBookmarkedBandejaAddressAppliesItsFilters() throws Exception {
        String folio = TestData.openReport("Publicar el tabulador de derechos en línea");
        browser.signIn("secretaria", "demo");

        browser.open("/bandeja.xhtml?procedimiento=PR_DMIGA_06&estado=EN_TRAMITE&texto=" + enc(folio));
        assertEquals(folio, browser.find("bandeja:texto").getDomProperty("value"));
        String table = browser.text("bandeja:reportes");
        assertTrue(table.contains(folio), table);
        browser.screenshot("bandeja-1280");
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        browser.driver().navigate().refresh();
        assertTrue(browser.text("bandeja:reportes").contains(folio));
        showTable("bandeja:reportes");
        browser.screenshot("bandeja-390");
        browser.driver().manage().window().setSize(new Dimension(1280, 900));

        browser.open("/bandeja.xhtml?procedimiento=PR_DMIGA_05&texto=" + enc(folio));
        table = browser.text("bandeja:reportes");
        assertFalse(table.contains(folio), table);
        assertTrue(table.contains("No hay reportes pendientes con estos filtros."), table);
    }

    @Test
    void aRequestingAreaCannotOpenTheSearch() {
        browser.signIn("solicitante", "demo");
        browser.open("/bandeja.xhtml");
        browser.find("bandeja:reportes");

        browser.open("/buscar.xhtml");
        assertTrue(browser.driver().findElements(By.id("busqueda:reportes")).isEmpty());
        assertFalse(browser.driver().getPageSource().contains("Buscar reportes"));
    }

    private void showTable(String id) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView()", browser.find(id));
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
