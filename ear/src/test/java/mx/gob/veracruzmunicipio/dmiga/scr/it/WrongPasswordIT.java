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

/** Browser: a wrong password is refused with the Spanish message, and the person stays signed out. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WrongPasswordIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ScrDeployment.ear();
    }

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void aWrongPasswordShowsTheMessageAndTheLoginPageAgain() {
        browser.signIn("director", "no-es-la-clave");

        assertTrue(browser.text("login:login-error").contains("Usuario o contraseña incorrectos"),
                browser.text("login:login-error"));
        browser.screenshot("login-contrasena-incorrecta");

        browser.open("/");
        assertTrue(browser.find("login:contrasena").isDisplayed());
        assertTrue(browser.driver().findElements(By.id("bienvenida")).isEmpty());
    }
}
