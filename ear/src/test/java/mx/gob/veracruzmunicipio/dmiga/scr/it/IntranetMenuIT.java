package mx.gob.veracruzmunicipio.dmiga.scr.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * Browser: each role's menu shows only the pages it may use, and typing the address of another
 * page answers with the Spanish 403 page (the server refuses it, not only the menu); unknown
 * addresses get the Spanish 404 page. No page shows a stack trace.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IntranetMenuIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ScrDeployment.ear();
    }

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void theSecretariaCapturesButDoesNotAdminister() {
        browser.signIn("secretaria", "demo");

        assertEquals(List.of("Inicio", "Bandeja", "Capturar solicitud", "Buscar reportes", "Tablero", "Manual vivo",
                "Mi cuenta"), menu());
        browser.screenshot("menu-secretaria");
    }

    @Test
    void mantenimientoNeitherCapturesNorAdministers() {
        browser.signIn("mantenimiento", "demo");

        assertEquals(List.of("Inicio", "Bandeja", "Buscar reportes", "Tablero", "Manual vivo", "Mi cuenta"), menu());

        browser.open("/captura.xhtml");
        assertEquals("Acceso no permitido", browser.text("titulo"));
        browser.open("/admin/cuentas.xhtml");
        assertEquals("Acceso no permitido", browser.text("titulo"));
        assertTrue(browser.text("explicacion").contains("Sus roles no le permiten usar esta página"));
        browser.screenshot("error-403");
    }

    @Test
    void aPersonOfAnotherDepartmentSeesOnlyTheirInboxAndAccount() {
        browser.signIn("solicitante", "demo");

        assertEquals(List.of("Inicio", "Bandeja", "Manual vivo", "Mi cuenta"), menu());

        // The Tablero counts every department's reports: not theirs to open.
        browser.open("/tablero.xhtml");
        assertEquals("Acceso no permitido", browser.text("titulo"));
    }

    @Test
    void theAdminAdministersButDoesNotCapture() {
        browser.signIn("admin", "demo");

        assertEquals(List.of("Inicio", "Bandeja", "Buscar reportes", "Tablero", "Facturas pendientes", "Administración",
                "Manual vivo", "Mi cuenta"), menu());
        browser.find("menu-admin").click();
        assertTrue(browser.text("cuentas:lista").contains("secretaria"));
    }

    @Test
    void anUnknownAddressGetsTheSpanishNotFoundPage() {
        browser.signIn("desarrollo", "demo");

        browser.open("/no-existe.xhtml");

        assertEquals("Página no encontrada", browser.text("titulo"));
        browser.find("inicio").click();
        assertTrue(browser.find("bienvenida").isDisplayed());
    }

    @Test
    void theServerRefusesForbiddenPagesWith403AndNoStackTrace() throws Exception {
        Http client = new Http();
        IntranetLoginIT.signIn(client, "programador", "demo");

        for (String page : List.of("/scr/admin/cuentas.xhtml", "/scr/admin/cuenta.xhtml?usuario=admin",
                "/scr/captura.xhtml")) {
            HttpResponse<String> answer = client.get(Http.SERVER + page);
            assertEquals(403, answer.statusCode(), page);
            assertTrue(answer.body().contains("Acceso no permitido"), answer.body());
            assertFalse(answer.body().contains("Caused by") || answer.body().contains(".java:"), answer.body());
        }
        HttpResponse<String> missing = client.get(Http.SERVER + "/scr/no-existe.xhtml");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("Página no encontrada"), missing.body());
    }

    private List<String> menu() {
        return browser.find("menu").findElements(By.cssSelector(".scr-nav__link")).stream().map(a -> a.getText().trim()).toList();
    }
}
