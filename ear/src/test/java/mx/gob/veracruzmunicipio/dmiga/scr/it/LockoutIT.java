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

/**
 * Browser: after 5 failed sign-ins the username is refused for 15 minutes, even with the right
 * password. Uses its own demo account ({@code contraloria}), which no other browser test signs in
 * with. On a server whose data survived an earlier run less than 15 minutes ago the account may
 * already be locked; the refusal of the right password is checked either way.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LockoutIT {

    private static final String LOCKED = "La cuenta está bloqueada hasta las ";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ScrDeployment.ear();
    }

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void theSixthAttemptIsRefusedEvenWithTheRightPassword() {
        browser.signIn("contraloria", "equivocada-1");
        boolean lockedBefore = browser.text("login:login-error").contains(LOCKED);
        if (!lockedBefore) {
            assertTrue(browser.text("login:login-error").contains("Usuario o contraseña incorrectos"));
            for (int attempt = 2; attempt <= 4; attempt++) {
                browser.signIn("contraloria", "equivocada-" + attempt);
                assertTrue(browser.text("login:login-error").contains("Usuario o contraseña incorrectos"),
                        "intento " + attempt + ": " + browser.text("login:login-error"));
            }
            browser.signIn("contraloria", "equivocada-5");
            assertTrue(browser.text("login:login-error").contains(LOCKED), browser.text("login:login-error"));
        }

        browser.signIn("contraloria", "demo");

        String message = browser.text("login:login-error");
        assertTrue(message.matches("(?s).*La cuenta está bloqueada hasta las \\d{2}:\\d{2} por intentos fallidos.*"),
                message);
        assertTrue(browser.driver().findElements(By.id("bienvenida")).isEmpty());
        browser.screenshot("login-bloqueada");
    }
}
