package mx.gob.veracruzmunicipio.dmiga.scr.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Cero Papel's OficioService over REST (JSON, errors as application/problem+json). */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OficioRestIT {

    private static final String V1 = Http.SERVER + "/scr/api/v1";
    private static final String JSON = "application/json";
    private static final Pattern FOLIO = Pattern.compile("\"folio\":\"(DMIGA-\\d{4}-\\d{6})\"");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ScrDeployment.ear();
    }

    @Test
    void anOficioIsReceivedOnceAndItsStateCanBeConsulted() throws Exception {
        Http http = new Http();
        String id = "CP-REST-" + UUID.randomUUID();
        String oficio = oficio(id, "Actualizar el sistema de licencias", "tesoreria@veracruzmunicipio.gob.mx",
                "\"procedimiento\":\"PR-DMIGA-06\",\"categoriaServicio\":\"SISTEMAS_INFORMACION\",");

        HttpResponse<String> first = http.post(V1 + "/oficios", JSON, oficio, "ceropapel", "demo");
        assertEquals(201, first.statusCode(), first.body());
        assertEquals(JSON, first.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(first.body().contains("\"estado\":\"RECIBIDO\""), first.body());
        assertTrue(first.body().contains("\"idCeroPapel\":\"" + id + "\""), first.body());
        assertTrue(first.body().contains("\"fechaRecepcion\":\""), first.body());
        String folio = folio(first.body());

        HttpResponse<String> again = http.post(V1 + "/oficios", JSON, oficio, "ceropapel", "demo");
        assertEquals(200, again.statusCode(), again.body());
        assertTrue(again.body().contains("\"estado\":\"DUPLICADO\""), again.body());
        assertEquals(folio, folio(again.body()));

        HttpResponse<String> estado = http.get(V1 + "/reportes/" + folio, "ceropapel", "demo");
        assertEquals(200, estado.statusCode(), estado.body());
        assertEquals(folio, folio(estado.body()));
        assertTrue(estado.body().contains("\"procedimiento\":\"PR-DMIGA-06\""), estado.body());
        assertTrue(estado.body().contains("\"estatus\":\"EN_TRAMITE\""), estado.body());
        assertTrue(estado.body().contains("\"pasoActual\":\""), estado.body());
        assertTrue(estado.body().contains("\"rolResponsable\":\""), estado.body());
        assertTrue(estado.body().contains("\"bitacora\":[{"), estado.body());
    }

    @Test
    void anInvalidOficioIsAProblemNamingEveryFieldAndNothingIsStored() throws Exception {
        Http http = new Http();
        String id = "CP-REST-" + UUID.randomUUID();

        HttpResponse<String> refused = http.post(V1 + "/oficios", JSON, oficio(id, " ", "no-es-un-correo",
                "\"procedimiento\":\"PR-DMIGA-99\","), "ceropapel", "demo");
        assertEquals(400, refused.statusCode(), refused.body());
        assertEquals("application/problem+json", refused.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(refused.body().contains("\"status\":400"), refused.body());
        assertTrue(refused.body().contains("\"title\":\"Solicitud inválida\""), refused.body());
        assertTrue(refused.body().contains("PR-DMIGA-99"), refused.body());

        HttpResponse<String> invalid = http.post(V1 + "/oficios", JSON, oficio(id, " ", "no-es-un-correo", ""),
                "ceropapel", "demo");
        assertEquals(400, invalid.statusCode(), invalid.body());
        assertTrue(invalid.body().contains("\"errores\":["), invalid.body());
        assertTrue(invalid.body().contains("El asunto del oficio es obligatorio."), invalid.body());
        assertTrue(invalid.body().contains("El correo del remitente no tiene un formato válido."), invalid.body());

        // Nothing was stored: the same idCeroPapel, now valid, is received for the first time
        HttpResponse<String> valid = http.post(V1 + "/oficios", JSON, oficio(id, "Asunto válido", null, ""),
                "ceropapel", "demo");
        assertEquals(201, valid.statusCode(), valid.body());
        assertTrue(valid.body().contains("\"estado\":\"RECIBIDO\""), valid.body());
    }

    @Test
    void errorsAreProblemsWithoutStackTraces() throws Exception {
        Http http = new Http();

        HttpResponse<String> unknown = http.get(V1 + "/reportes/DMIGA-1999-999999", "ceropapel", "demo");
        assertEquals(404, unknown.statusCode(), unknown.body());
        assertEquals("application/problem+json", unknown.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(unknown.body().contains("No existe el reporte con folio DMIGA-1999-999999."), unknown.body());

        HttpResponse<String> notJson = http.post(V1 + "/oficios", JSON, "{\"idCeroPapel\": ", "ceropapel", "demo");
        assertEquals(400, notJson.statusCode(), notJson.body());
        assertEquals("application/problem+json", notJson.headers().firstValue("Content-Type").orElseThrow());
        assertFalse(notJson.body().contains("\tat ") || notJson.body().contains("Exception"), notJson.body());
    }

    @Test
    void onlyTheCeroPapelAccountMayCall() throws Exception {
        Http http = new Http();
        String oficio = oficio("CP-REST-" + UUID.randomUUID(), "Asunto", null, "");

        assertRefused(http.post(V1 + "/oficios", JSON, oficio, null, null), 401,
                "Se requiere autenticación: HTTP Basic.");
        assertRefused(http.post(V1 + "/oficios", JSON, oficio, "ceropapel", "equivocada"), 401,
                "Usuario o contraseña incorrectos.");
        assertRefused(http.post(V1 + "/oficios", JSON, oficio, "as400", "demo"), 403,
                "Su cuenta no tiene permiso para este servicio.");
        assertEquals(403, http.get(V1 + "/reportes/DMIGA-2026-000001", "as400", "demo").statusCode());
        assertEquals(403, http.get(V1 + "/reportes/DMIGA-2026-000001", "secretaria", "demo").statusCode());
    }

    /** The container's refusal answers like every other: problem+json with the Spanish message. */
    private static void assertRefused(HttpResponse<String> answer, int status, String message) {
        assertEquals(status, answer.statusCode(), answer.body());
        assertEquals("application/problem+json", answer.headers().firstValue("Content-Type").orElseThrow().split(";")[0]);
        assertTrue(answer.body().contains("\"errores\":[\"" + message + "\"]"), answer.body());
    }

    private static String oficio(String id, String asunto, String correo, String rest) {
        return "{\"idCeroPapel\":\"" + id + "\",\"numeroOficio\":\"TES/0042/2026\","
                + "\"fechaOficio\":\"2026-11-20T10:00:00-06:00\","
                + "\"dependencia\":{\"clave\":\"TES\",\"nombre\":\"Tesorería Municipal\"},"
                + "\"remitente\":{\"nombre\":\"C.P. Gabriela Torres Lima\",\"cargo\":\"Tesorera Municipal\""
                + (correo == null ? "" : ",\"correo\":\"" + correo + "\"") + "},"
                + "\"asunto\":\"" + asunto + "\",\"cuerpo\":\"Solicito su apoyo.\"," + rest
                + "\"anexos\":[{\"nombre\":\"oficio.pdf\",\"tipoMime\":\"application/pdf\",\"contenido\":\"JVBERi0xLjQgb2ZpY2lv\"}]}";
    }

    private static String folio(String body) {
        Matcher matcher = FOLIO.matcher(body);
        assertTrue(matcher.find(), body);
        return matcher.group(1);
    }
}
