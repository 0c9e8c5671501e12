package mx.gob.veracruzmunicipio.dmiga.scr.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Browser: the ADMIN creates an account that can then sign in, deactivates one that then cannot;
 * a person changes their own password and signs in with the new one; weak passwords are refused
 * with the rule in Spanish. Every test works on accounts it creates, never on the demo accounts.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccountPagesIT {

    private static final String PASSWORD = "Inicial-2026-abc";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ScrDeployment.ear();
    }

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void anAccountTheAdminCreatesCanSignIn() {
        String username = createAccount("Beatriz Ocampo Lagunes", "Departamento de Mantenimiento y Atención a Usuarios");
        browser.screenshot("admin-cuenta");
        assertTrue(browser.text("cuenta:historial").contains("Cuenta creada"), browser.text("cuenta:historial"));
        assertTrue(browser.text("cuenta:historial").contains("admin"));

        browser.find("menu-admin").click();
        browser.type("cuentas:texto", "Beatriz Ocampo");
        browser.find("cuentas:buscar").click();
        waitForText("cuentas:lista", username);
        browser.screenshot("admin-cuentas");

        signOut();
        browser.signIn(username, PASSWORD);
        assertEquals("Beatriz Ocampo Lagunes", browser.text("usuario"));
        assertTrue(browser.text("bienvenida").contains("Departamento de Mantenimiento y Atención a Usuarios"));
    }

    @Test
    void aDeactivatedAccountCannotSignIn() {
        String username = createAccount("Gonzalo Ruiz Prieto", "Programadores");
        browser.find("cuenta:activar").click();
        waitForText("cuenta:avisos", "Cuenta desactivada");
        assertEquals("Inactiva", browser.text("cuenta:estado"));

        signOut();
        browser.signIn(username, PASSWORD);
        assertTrue(browser.text("login:login-error").contains("Usuario o contraseña incorrectos"));
    }

    @Test
    void aMachineClientsKeyIsShownOnceAndAuthenticatesItsCalls() throws Exception {
        String username = "prueba." + UUID.randomUUID().toString().substring(0, 8);
        browser.signIn("admin", "demo");
        browser.open("/admin/cuenta.xhtml");
        browser.type("cuenta:usuario", username);
        browser.type("cuenta:nombre", "Cero Papel (pruebas)");
        checkRole("cuenta:roles", "Plataforma Cero Papel (cliente de sistema)");
        browser.find("cuenta:crear").click();
        waitForText("cuenta:avisos", "Cuenta creada.");
        String key = browser.text("cuenta:clave");
        assertTrue(key.matches("[A-Za-z0-9_-]{43}"), key);
        assertTrue(browser.text("cuenta:clave-generada").contains("no la vuelve a mostrar"));
        browser.screenshot("admin-cuenta-clave");

        assertEquals(200, new Http().get(Http.SERVER + "/scr/api/v1/sistema", username, key).statusCode());

        // The next time the page opens, the key is gone: only a new one can be generated.
        browser.open("/admin/cuenta.xhtml?usuario=" + username);
        assertEquals(username, browser.text("usuario-actual"));
        assertTrue(browser.driver().findElements(By.id("cuenta:clave")).isEmpty());
        assertFalse(browser.driver().getPageSource().contains(key));
        browser.find("cuenta:restablecer").click();
        waitForText("cuenta:avisos", "Clave nueva generada");
        String newKey = browser.text("cuenta:clave");
        assertFalse(newKey.equals(key));
        assertEquals(401, new Http().get(Http.SERVER + "/scr/api/v1/sistema", username, key).statusCode());
        assertEquals(200, new Http().get(Http.SERVER + "/scr/api/v1/sistema", username, newKey).statusCode());
    }

    @Test
    void aWeakInitialPasswordIsRefusedWithTheRule() {
        browser.signIn("admin", "demo");
        browser.open("/admin/cuenta.xhtml");
        browser.type("cuenta:usuario", "debil." + UUID.randomUUID().toString().substring(0, 6));
        browser.type("cuenta:nombre", "Cuenta Débil");
        browser.find("cuenta:contrasena").sendKeys("corta");
        checkRole("cuenta:roles", "Programadores");
        browser.find("cuenta:crear").click();

        waitForText("cuenta:avisos", "La contraseña debe tener al menos 10 caracteres, con letras y números");
        assertTrue(browser.driver().findElements(By.id("cuenta:historial")).isEmpty());
    }

    @Test
    void aPersonChangesTheirPasswordAndSignsInWithTheNewOne() {
        String username = createAccount("Elena Vidal Cruz", "Coordinación de Seguimiento de Proyectos");
        signOut();
        browser.signIn(username, PASSWORD);
        browser.find("menu-cuenta").click();

        browser.find("contrasena:actual").sendKeys("no-es-la-actual-1");
        browser.find("contrasena:nueva").sendKeys("Nueva-Clave-2027");
        browser.find("contrasena:confirmacion").sendKeys("Nueva-Clave-2027");
        browser.find("contrasena:cambiar").click();
        waitForText("contrasena:avisos", "La contraseña actual no es correcta.");

        browser.find("contrasena:actual").sendKeys(PASSWORD);
        browser.find("contrasena:nueva").sendKeys("sinnumeros");
        browser.find("contrasena:confirmacion").sendKeys("sinnumeros");
        browser.find("contrasena:cambiar").click();
        waitForText("contrasena:avisos", "con letras y números");

        browser.find("contrasena:actual").sendKeys(PASSWORD);
        browser.find("contrasena:nueva").sendKeys("Nueva-Clave-2027");
        browser.find("contrasena:confirmacion").sendKeys("Nueva-Clave-2027");
        browser.find("contrasena:cambiar").click();
        waitForText("contrasena:avisos", "Su contraseña se cambió.");
        browser.screenshot("mi-cuenta");

        signOut();
        browser.signIn(username, PASSWORD);
        assertTrue(browser.text("login:login-error").contains("Usuario o contraseña incorrectos"));
        browser.signIn(username, "Nueva-Clave-2027");
        assertEquals("Elena Vidal Cruz", browser.text("usuario"));
    }

    /** Signed in as admin, creates an account with one role and the initial password; stays on its page. */
    private String createAccount(String fullName, String roleLabel) {
        String username = "prueba." + UUID.randomUUID().toString().substring(0, 8);
        browser.signIn("admin", "demo");
        browser.find("menu-admin").click();
        browser.find("cuentas:nueva").click();
        browser.type("cuenta:usuario", username);
        browser.type("cuenta:nombre", fullName);
        browser.type("cuenta:correo", username + "@veracruzmunicipio.gob.mx");
        browser.find("cuenta:contrasena").sendKeys(PASSWORD);
        checkRole("cuenta:roles", roleLabel);
        browser.find("cuenta:crear").click();
        waitForText("cuenta:avisos", "Cuenta creada.");
        assertEquals(username, browser.text("usuario-actual"));
        return username;
    }

    private void checkRole(String id, String label) {
        WebElement box = browser.find(id);
        box.findElements(By.tagName("label")).stream().filter(l -> l.getText().trim().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("No role " + label + " in " + box.getText())).click();
    }

    private void signOut() {
        browser.find("sesion:salir").click();
        browser.find("login:usuario");
    }

    private void waitForText(String id, String text) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id(id)).getText().contains(text));
    }
}
