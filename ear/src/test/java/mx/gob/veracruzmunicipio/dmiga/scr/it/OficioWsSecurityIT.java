package mx.gob.veracruzmunicipio.dmiga.scr.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.UUID;

import jakarta.xml.soap.SOAPMessage;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * OficioService accepts a WS-Security UsernameToken (PasswordText) instead of HTTP Basic, checked
 * by the same security domain: the right account works, a wrong password is 401, another
 * account 403, and nothing is stored for a refused call.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OficioWsSecurityIT {

    private static final String WSSE = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd";
    static final String TEXT = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ScrDeployment.ear();
    }

    @Test
    void aUsernameTokenAuthenticatesCeroPapelWithoutHttpBasic() throws Exception {
        Http http = new Http();
        String id = "CP-WSS-" + UUID.randomUUID();

        HttpResponse<String> acuse = post(http, withToken("ceropapel", "demo", TEXT, OficioConcurrencyIT.recibirOficio(id)));
        assertEquals(200, acuse.statusCode(), acuse.body());
        assertTrue(acuse.body().contains("RECIBIDO"), acuse.body());

        SOAPMessage estado = new OficioSoap("ceropapel", "demo").call(
                "<scr:ConsultarEstado><scr:idCeroPapel>" + id + "</scr:idCeroPapel></scr:ConsultarEstado>");
        assertEquals("PR-DMIGA-02", OficioSoap.text(estado, "procedimiento"));
        assertTrue(OficioSoap.texts(estado, "bitacora").size() == 1);
    }

    @Test
    void aWrongTokenOrAnotherAccountIsRefusedAndNothingIsStored() throws Exception {
        Http http = new Http();
        String id = "CP-WSS-" + UUID.randomUUID();

        HttpResponse<String> wrong = post(http, withToken("ceropapel", "equivocada", TEXT, OficioConcurrencyIT.recibirOficio(id)));
        assertEquals(401, wrong.statusCode());
        assertTrue(wrong.body().contains("Usuario o contraseña incorrectos."), wrong.body());

        HttpResponse<String> as400 = post(http, withToken("as400", "demo", TEXT, OficioConcurrencyIT.recibirOficio(id)));
        assertEquals(403, as400.statusCode());
        assertTrue(as400.body().contains("Su cuenta no tiene permiso para este servicio."), as400.body());

        // Same client, cookies kept: the AS/400's login above lasted one message. And a digest cannot
        // be checked against SCR's stored password hashes: not accepted.
        HttpResponse<String> digest = post(http, withToken("ceropapel", "ZGlnZXN0",
                TEXT.replace("#PasswordText", "#PasswordDigest"), OficioConcurrencyIT.recibirOficio(id)));
        assertEquals(401, digest.statusCode());

        HttpResponse<String> none = post(http, OficioSoap.envelope(OficioConcurrencyIT.recibirOficio(id)));
        assertEquals(401, none.statusCode());
        assertTrue(none.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));

        HttpResponse<String> unknown = http.post(OficioSoap.ENDPOINT, "text/xml; charset=UTF-8", OficioSoap.envelope(
                "<scr:ConsultarEstado><scr:idCeroPapel>" + id + "</scr:idCeroPapel></scr:ConsultarEstado>"), "ceropapel", "demo");
        assertTrue(unknown.body().contains("No existe un oficio con idCeroPapel " + id + "."), unknown.body());
    }

    private static HttpResponse<String> post(Http http, String envelope) throws Exception {
        return http.post(OficioSoap.ENDPOINT, "text/xml; charset=UTF-8", envelope, null, null);
    }

    static String withToken(String username, String password, String type, String body) {
        return "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:scr=\""
                + OficioSoap.NS + "\"><soapenv:Header><wsse:Security xmlns:wsse=\"" + WSSE + "\" soapenv:mustUnderstand=\"1\">"
                + "<wsse:UsernameToken><wsse:Username>" + username + "</wsse:Username><wsse:Password Type=\"" + type + "\">"
                + password + "</wsse:Password></wsse:UsernameToken></wsse:Security></soapenv:Header><soapenv:Body>" + body
                + "</soapenv:Body></soapenv:Envelope>";
    }
}
