package mx.gob.veracruzmunicipio.dmiga.scr.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every web-service message is taken as the account of its own credentials: the services hand out
 * no session cookie, so a client that keeps cookies (as this test's does) and sends a wrong key or
 * none right after a good call is refused, on SOAP and on REST alike.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WebServiceSessionIT {

    private static final String SISTEMA = Http.SERVER + "/scr/api/v1/sistema";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ScrDeployment.ear();
    }

    @Test
    void noAnswerSetsACookie() throws Exception {
        Http http = new Http();
        String id = "CP-SES-" + UUID.randomUUID();

        assertNoCookie(http.post(OficioSoap.ENDPOINT, "text/xml; charset=UTF-8", OficioWsSecurityIT.withToken(
                "ceropapel", "demo", OficioWsSecurityIT.TEXT, OficioConcurrencyIT.recibirOficio(id)), null, null), 200);
        assertNoCookie(http.post(OficioSoap.ENDPOINT, "text/xml; charset=UTF-8", OficioSoap.envelope(
                "<scr:ConsultarEstado><scr:idCeroPapel>" + id + "</scr:idCeroPapel></scr:ConsultarEstado>"),
                "ceropapel", "demo"), 200);
        assertNoCookie(http.get(SISTEMA, "ceropapel", "demo"), 200);
        assertNoCookie(http.get(SISTEMA, "ceropapel", "equivocada"), 401);
    }

    @Test
    void aWrongKeyRightAfterAGoodCallIsRefused() throws Exception {
        Http http = new Http();
        String consulta = "<scr:ConsultarEstado><scr:folio>DMIGA-1999-000001</scr:folio></scr:ConsultarEstado>";
        // Back to back, many times: an identity the good call left behind would be found by one of them.
        for (int round = 0; round < 25; round++) {
            HttpResponse<String> good = http.post(OficioSoap.ENDPOINT, "text/xml; charset=UTF-8",
                    OficioSoap.envelope(consulta), "ceropapel", "demo");
            assertTrue(good.body().contains("DMIGA-1999-000001"), good.body());

            HttpResponse<String> wrongToken = http.post(OficioSoap.ENDPOINT, "text/xml; charset=UTF-8",
                    OficioWsSecurityIT.withToken("ceropapel", "equivocada", OficioWsSecurityIT.TEXT, consulta), null, null);
            assertEquals(401, wrongToken.statusCode(), "round " + round + ": " + wrongToken.body());

            HttpResponse<String> noCredentials = http.post(OficioSoap.ENDPOINT, "text/xml; charset=UTF-8",
                    OficioSoap.envelope(consulta), null, null);
            assertEquals(401, noCredentials.statusCode(), "round " + round + ": " + noCredentials.body());

            assertEquals(401, http.get(SISTEMA).statusCode(), "round " + round + ": REST without credentials");
        }
    }

    private static void assertNoCookie(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().allValues("Set-Cookie").isEmpty(),
                "Set-Cookie: " + response.headers().allValues("Set-Cookie"));
    }
}
