package mx.gob.veracruzmunicipio.dmiga.scr.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Browser: logging out ends the session (the pages ask for a sign-in again), and a page left open
 * after its session ended (time-out; here its cookie is dropped) sends the person to the login
 * form with a Spanish explanation, not to an error.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SessionIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ScrDeployment.ear();
    }

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void afterLogoutThePagesAskForASignInAgain() {
        browser.signIn("seguimiento", "demo");
        browser.find("sesion:salir").click();
        browser.find("login:usuario");

        browser.open("/bandeja.xhtml");

        assertTrue(browser.find("login:contrasena").isDisplayed());
        assertTrue(browser.driver().findElements(org.openqa.selenium.By.id("menu")).isEmpty());
    }

    @Test
    void aLoginFormPostedAfterTheServerForgotItsViewExplainsAndAsksAgain() throws Exception {
        Http client = new Http();
        client.get(Http.SERVER + "/scr/");

        HttpResponse<String> answer = client.postForm(Http.SERVER + "/scr/login.xhtml", Map.of("login", "login",
                "login:usuario", "secretaria", "login:contrasena", "demo", "login:entrar", "",
                "jakarta.faces.ViewState", "-123:456"));

        assertEquals(200, answer.statusCode());
        assertTrue(answer.body().contains("Su sesión terminó por inactividad"), answer.body());
        assertTrue(answer.body().contains("name=\"login:contrasena\""));
    }

    @Test
    void aPageLeftOpenAfterTheSessionEndedLeadsToTheLoginWithAnExplanation() {
        browser.signIn("secretaria", "demo");
        browser.open("/captura.xhtml");
        browser.find("captura:registrar");

        browser.driver().manage().deleteAllCookies();
        browser.find("captura:registrar").click();

        assertTrue(browser.text("sesion-expirada").contains("Su sesión terminó por inactividad"),
                browser.driver().getPageSource());
        browser.screenshot("sesion-expirada");
        browser.type("login:usuario", "secretaria");
        browser.find("login:contrasena").sendKeys("demo");
        browser.find("login:entrar").click();
        assertTrue(browser.find("bienvenida").isDisplayed());
    }
}
