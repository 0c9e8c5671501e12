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

/** Browser: a member of the staff signs in on the login page and lands on the home page. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInSucceedsIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ScrDeployment.ear();
    }

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void theSecretariaSignsInAndSeesHerNameAndRole() {
        browser.open("/");
        assertEquals("es-MX", browser.driver().findElement(By.tagName("html")).getAttribute("lang"));
        browser.screenshot("login");

        browser.signIn("secretaria", "demo");

        assertTrue(browser.text("bienvenida").contains("Bienvenido(a), Laura Méndez Ruiz"));
        assertTrue(browser.text("bienvenida").contains("Secretaria de la DMIGA"));
        assertEquals("Laura Méndez Ruiz", browser.text("usuario"));
        assertFalse(browser.driver().getPageSource().contains("j_security_check"));
        browser.screenshot("inicio");
    }
}
