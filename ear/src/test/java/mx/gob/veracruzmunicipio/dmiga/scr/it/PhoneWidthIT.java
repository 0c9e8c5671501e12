package mx.gob.veracruzmunicipio.dmiga.scr.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Browser at a phone's width (390 px): the intranet's own pages fit the screen, with no sideways
 * scrolling; a screenshot of each is kept in ear/target/screenshots (telefono-*.png).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PhoneWidthIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ScrDeployment.ear();
    }

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void theSecretariasPagesFitAPhone() {
        browser.signIn("secretaria", "demo");
        phone();

        fits(Map.of("inicio", "/", "captura", "/captura.xhtml", "cuenta", "/cuenta.xhtml"));
    }

    @Test
    void theAdministrationPagesFitAPhone() {
        browser.signIn("admin", "demo");
        phone();

        fits(Map.of("admin-cuentas", "/admin/cuentas.xhtml", "admin-cuenta", "/admin/cuenta.xhtml?usuario=secretaria",
                "admin-nueva", "/admin/cuenta.xhtml", "error-404", "/no-existe.xhtml"));
    }

    private void phone() {
        browser.driver().manage().window().setSize(new Dimension(390, 844));
    }

    private void fits(Map<String, String> pages) {
        pages.forEach((name, path) -> {
            browser.open(path);
            browser.find(path.startsWith("/no-existe") ? "titulo" : "menu");
            long overflow = (Long) ((JavascriptExecutor) browser.driver()).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            browser.screenshot("telefono-" + name);
            assertTrue(overflow <= 0, path + " se desborda " + overflow + " px a lo ancho");
        });
    }
}
