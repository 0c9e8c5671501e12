package mx.gob.veracruzmunicipio.dmiga.scr.ws.soap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** Finding the credentials of a SOAP call: HTTP Basic, or the UsernameToken of the message's header. */
class SoapAuthenticationTest {

    private static final String TOKEN = "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Header>"
            + "<wsse:Security xmlns:wsse=\"" + SoapAuthentication.WSSE + "\"><wsse:UsernameToken>"
            + "<wsse:Username> ceropapel </wsse:Username><wsse:Password Type=\"http://docs.oasis-open.org/wss/2004/01/"
            + "oasis-200401-wss-username-token-profile-1.0#PasswordText\">s3cr:et</wsse:Password></wsse:UsernameToken>"
            + "</wsse:Security></s:Header><s:Body><x/></s:Body></s:Envelope>";

    @Test
    void theTokenInTheHeaderIsRead() {
        assertArrayEquals(new String[] {"ceropapel", "s3cr:et"},
                SoapAuthentication.usernameToken(TOKEN.getBytes(StandardCharsets.UTF_8), "text/xml"));
    }

    @Test
    void theTokenIsFoundInTheRootPartOfAnMtomPackage() {
        String mtom = "--uuid:1\r\nContent-Type: application/xop+xml; type=\"text/xml\"\r\n\r\n" + TOKEN + "\r\n--uuid:1--";
        assertArrayEquals(new String[] {"ceropapel", "s3cr:et"}, SoapAuthentication.usernameToken(
                mtom.getBytes(StandardCharsets.UTF_8), "multipart/related; type=\"application/xop+xml\""));
    }

    @Test
    void aDigestADoctypeOrNoTokenGiveNoCredentials() {
        assertNull(SoapAuthentication.usernameToken(TOKEN.replace("#PasswordText", "#PasswordDigest")
                .getBytes(StandardCharsets.UTF_8), "text/xml"));
        assertNull(SoapAuthentication.usernameToken(("<!DOCTYPE s [<!ENTITY u \"ceropapel\">]>" + TOKEN)
                .getBytes(StandardCharsets.UTF_8), "text/xml"));
        assertNull(SoapAuthentication.usernameToken("<s:Envelope xmlns:s=\"x\"><s:Body/></s:Envelope>"
                .getBytes(StandardCharsets.UTF_8), "text/xml"));
    }

    @Test
    void basicCredentialsAreDecoded() {
        assertArrayEquals(new String[] {"ceropapel", "de:mo"}, SoapAuthentication.basic("Basic Y2Vyb3BhcGVsOmRlOm1v"));
        assertNull(SoapAuthentication.basic("Bearer abc"));
        assertNull(SoapAuthentication.basic(null));
    }
}
