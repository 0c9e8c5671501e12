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

/** Browser: the Director's Bandeja does not show a report waiting at a SECRETARIA step. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DirectorInboxIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ScrDeployment.earWith(TestData.class, TestOficios.class);
    }

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void theDirectorDoesNotSeeTheSecretariasReport() throws Exception {
        String folio = TestData.openReport("Actualizar el catálogo de colonias del portal");
        browser.signIn("director", "demo");

        browser.searchInbox(folio);

        String table = browser.text("bandeja:reportes");
        assertFalse(table.contains(folio), table);
        assertTrue(table.contains("No hay reportes pendientes con estos filtros."), table);
    }
}
