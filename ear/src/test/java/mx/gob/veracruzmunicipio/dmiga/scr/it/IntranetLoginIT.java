package mx.gob.veracruzmunicipio.dmiga.scr.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The intranet at /scr/ asks for a sign-in and lets the demo staff in, as a browser sees it. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IntranetLoginIT {

    private static final String INTRANET = Http.SERVER + "/scr/";
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ScrDeployment.ear();
    }

    @Test
    void theIntranetShowsTheSpanishLoginPageFirst() throws Exception {
        HttpResponse<String> page = new Http().get(INTRANET);

        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("lang=\"es-MX\""), page.body());
        assertTrue(page.body().contains("Sistema de Control de Reportes"));
        assertTrue(page.body().contains("name=\"login:usuario\""));
        assertTrue(page.body().contains("name=\"login:contrasena\""));
        assertFalse(page.body().contains("j_security_check"));
    }

    @Test
    void aDemoAccountSignsInAndSeesItsNameAndRole() throws Exception {
        Http browser = new Http();

        HttpResponse<String> home = signIn(browser, "secretaria", "demo");

        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("Bienvenido(a), Laura Méndez Ruiz"), home.body());
        assertTrue(home.body().contains("Secretaria de la DMIGA"));
        assertTrue(home.body().contains("Cerrar sesión"));
    }

    @Test
    void aWrongPasswordIsRefusedWithASpanishMessage() throws Exception {
        Http browser = new Http();

        HttpResponse<String> page = signIn(browser, "submod", "no-es-la-clave");

        assertTrue(page.body().contains("Usuario o contraseña incorrectos"), page.body());
        assertFalse(page.body().contains("Bienvenido(a)"));
        // Still not signed in: the intranet answers with the login page again.
        assertTrue(browser.get(INTRANET).body().contains("name=\"login:contrasena\""));
    }

    @Test
    void aMachineClientCannotUseTheIntranet() throws Exception {
        Http browser = new Http();

        HttpResponse<String> page = signIn(browser, "ceropapel", "demo");

        assertEquals(403, page.statusCode());
        assertTrue(browser.get(INTRANET).body().contains("name=\"login:contrasena\""));
    }

    @Test
    void theServersOwnFormLoginIsClosedSoNobodyBypassesTheLockout() throws Exception {
        Http browser = new Http();
        browser.get(INTRANET);

        HttpResponse<String> page = browser.postForm(Http.SERVER + "/scr/j_security_check",
                Map.of("j_username", "secretaria", "j_password", "demo"));

        assertEquals(404, page.statusCode());
        assertFalse(browser.get(INTRANET).body().contains("Bienvenido(a)"));
    }

    /** Posts the login page's Faces form as a browser would (with its view state). */
    static HttpResponse<String> signIn(Http browser, String username, String password) throws Exception {
        HttpResponse<String> login = browser.get(INTRANET);
        Matcher viewState = VIEW_STATE.matcher(login.body());
        assertTrue(viewState.find(), login.body());
        return browser.postForm(Http.SERVER + "/scr/login.xhtml", Map.of(
                "login", "login",
                "login:usuario", username,
                "login:contrasena", password,
                "login:entrar", "",
                "jakarta.faces.ViewState", viewState.group(1)));
    }
}
