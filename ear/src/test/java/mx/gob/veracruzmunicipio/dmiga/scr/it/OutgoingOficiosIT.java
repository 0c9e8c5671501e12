package mx.gob.veracruzmunicipio.dmiga.scr.it;

import static mx.gob.veracruzmunicipio.dmiga.scr.it.SignedIn.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.xml.soap.AttachmentPart;
import jakarta.xml.soap.SOAPMessage;
import jakarta.xml.ws.soap.SOAPFaultException;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import mx.gob.veracruzmunicipio.dmiga.scr.intake.OficioReceived;
import mx.gob.veracruzmunicipio.dmiga.scr.intake.ReportIntake;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ProcedureKey;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ReplyOficioView;
import mx.gob.veracruzmunicipio.dmiga.scr.report.Reports;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ServiceCategory;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ReplyOficio;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ReportView;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Workflow;

/**
 * ObtenerOficiosSalientes and ConfirmarEntrega as Cero Papel uses them, over REST and SOAP: the
 * reply oficios SCR produced come in order batch by batch, a confirmed one stops coming, an
 * unconfirmed one keeps coming; confirming again is accepted, another number is refused. Each
 * carries the oficio printed as PDF.
 */
@ExtendWith(ArquillianExtension.class)
class OutgoingOficiosIT {

    private static final String V1 = Http.SERVER + "/scr/api/v1";
    private static final String JSON = "application/json";

    @Deployment
    static EnterpriseArchive deployment() {
        return ScrDeployment.earWith(OutgoingOficiosIT.class, TestOficios.class, OficioSoap.class, Http.class,
                PdfText.class);
    }

    @Inject
    ReportIntake intake;

    @Inject
    Workflow workflow;

    @Inject
    Reports reports;

    @Test
    void replyOficiosComeInOrderUntilTheirDeliveryIsConfirmed() throws Exception {
        List<Reply> mine = List.of(declined(), declined(), declined());
        Http http = new Http();

        List<JsonObject> pass = restPass(http, 2);
        List<Long> ids = pass.stream().map(o -> o.getJsonNumber("idOficioSaliente").longValue()).toList();
        assertEquals(ids.stream().sorted().distinct().toList(), ids, "in order, each once per pass");
        for (Reply reply : mine) {
            JsonObject offered = pass.get(ids.indexOf(reply.id()));
            assertEquals(reply.folio(), offered.getString("folio"));
            assertEquals(reply.ceroPapelId(), offered.getString("idCeroPapelOrigen"));
            assertEquals("Tesorería Municipal", offered.getString("dependenciaDestino"));
            assertEquals(reply.subject(), offered.getString("asunto"));
            assertTrue(offered.getString("cuerpo").startsWith("Por el momento"), offered.toString());
            assertTrue(offered.containsKey("fecha"));
            List<JsonObject> anexos = offered.getJsonArray("anexos").getValuesAs(JsonValue::asJsonObject);
            assertEquals(1, anexos.size(), "the printed oficio");
            assertEquals("oficio-" + reply.folio() + "-" + reply.id() + ".pdf", anexos.get(0).getString("nombre"));
            assertEquals("application/pdf", anexos.get(0).getString("tipoMime"));
            assertPrinted(reply, Base64.getDecoder().decode(anexos.get(0).getString("contenido")));
        }

        OficioSoap soap = new OficioSoap("ceropapel", "demo");
        Reply delivered = mine.get(0);
        assertPrinted(delivered, soapAnexo(soap, delivered));
        SOAPMessage acuse = soap.call(confirmar(delivered.id(), "CP-OF-" + delivered.id(), "2026-11-25T12:00:00-06:00"));
        assertEquals("RECIBIDO", OficioSoap.text(acuse, "estado"));
        assertEquals(delivered.folio(), OficioSoap.text(acuse, "folio"));
        SOAPMessage again = soap.call(confirmar(delivered.id(), "CP-OF-" + delivered.id(), "2026-11-25T12:00:00-06:00"));
        assertEquals("DUPLICADO", OficioSoap.text(again, "estado"));
        HttpResponse<String> restAgain = http.put(V1 + "/oficios-salientes/" + delivered.id() + "/entrega", JSON,
                entrega("CP-OF-" + delivered.id()), "ceropapel", "demo");
        assertEquals(200, restAgain.statusCode(), restAgain.body());
        assertTrue(restAgain.body().contains("\"estado\":\"DUPLICADO\""), restAgain.body());

        HttpResponse<String> otherNumber = http.put(V1 + "/oficios-salientes/" + delivered.id() + "/entrega", JSON,
                entrega("CP-OF-OTRO"), "ceropapel", "demo");
        assertEquals(409, otherNumber.statusCode(), otherNumber.body());
        assertTrue(otherNumber.body().contains("ya se entregó como el oficio CP-OF-" + delivered.id()), otherNumber.body());
        SOAPFaultException soapOther = assertThrows(SOAPFaultException.class,
                () -> soap.call(confirmar(delivered.id(), "CP-OF-OTRO", "2026-11-25T12:00:00-06:00")));
        assertTrue(OficioSoap.errors(soapOther).get(0).contains("no se registra otro número"), OficioSoap.errors(soapOther).toString());

        List<ReplyOficioView> replies = as("director", "demo", () -> reports.replyOficios(delivered.folio()));
        assertEquals("CP-OF-" + delivered.id(), replies.get(0).ceroPapelNumber());
        assertEquals("2026-11-25T18:00:00Z", replies.get(0).deliveredAt().toString());

        List<Long> stillOffered = soapPass(soap);
        assertFalse(stillOffered.contains(delivered.id()), "a confirmed oficio is not offered again");
        assertTrue(stillOffered.contains(mine.get(1).id()) && stillOffered.contains(mine.get(2).id()),
                "an unconfirmed oficio keeps being offered");
    }

    @Test
    void aBadCursorLimitOrConfirmationIsRefusedAndConfirmsNothing() throws Exception {
        Reply reply = declined();
        Http http = new Http();
        String entrega = V1 + "/oficios-salientes/" + reply.id() + "/entrega";

        HttpResponse<String> badCursor = http.get(V1 + "/oficios-salientes?desde=no-es-un-cursor", "ceropapel", "demo");
        assertEquals(400, badCursor.statusCode());
        assertTrue(badCursor.body().contains("(desde)"), badCursor.body());
        HttpResponse<String> tooMany = http.get(V1 + "/oficios-salientes?maximo=500", "ceropapel", "demo");
        assertEquals(400, tooMany.statusCode());
        assertTrue(tooMany.body().contains("(maximo) debe estar entre 1 y 200"), tooMany.body());
        HttpResponse<String> notANumber = http.get(V1 + "/oficios-salientes?maximo=diez", "ceropapel", "demo");
        assertEquals(400, notANumber.statusCode());
        assertTrue(notANumber.body().contains("(maximo) debe ser un número entero"), notANumber.body());

        HttpResponse<String> noDate = http.put(entrega, JSON, "{\"numeroOficioCeroPapel\": \"CP-1\"}", "ceropapel", "demo");
        assertEquals(400, noDate.statusCode());
        assertTrue(noDate.body().contains("La fecha de entrega (fechaEntrega) es obligatoria."), noDate.body());
        HttpResponse<String> badDate = http.put(entrega, JSON,
                "{\"numeroOficioCeroPapel\": \"CP-1\", \"fechaEntrega\": \"ayer\"}", "ceropapel", "demo");
        assertEquals(400, badDate.statusCode());
        assertTrue(badDate.body().contains("«fechaEntrega»"), badDate.body());
        assertEquals(404, http.put(V1 + "/oficios-salientes/999999999/entrega", JSON, entrega("CP-1"), "ceropapel", "demo")
                .statusCode());
        assertEquals(404, http.put(V1 + "/oficios-salientes/abc/entrega", JSON, entrega("CP-1"), "ceropapel", "demo")
                .statusCode());
        assertEquals(403, http.put(entrega, JSON, entrega("CP-1"), "as400", "demo").statusCode());
        assertEquals(403, http.get(V1 + "/oficios-salientes", "as400", "demo").statusCode());

        OficioSoap soap = new OficioSoap("ceropapel", "demo");
        SOAPFaultException noNumber = assertThrows(SOAPFaultException.class, () -> soap.call(
                confirmar(reply.id(), "", "2026-11-25T12:00:00-06:00")));
        assertEquals(List.of("El número del oficio en Cero Papel (numeroOficioCeroPapel) es obligatorio."),
                OficioSoap.errors(noNumber));
        SOAPFaultException soapNoDate = assertThrows(SOAPFaultException.class, () -> soap.call(
                confirmar(reply.id(), "CP-1", "2026-11-25T12:00:00-06:00").replaceAll("<scr:fechaEntrega>.*</scr:fechaEntrega>", "")));
        assertTrue(OficioSoap.errors(soapNoDate).get(0).contains("fechaEntrega"), OficioSoap.errors(soapNoDate).toString());
        SOAPFaultException unknown = assertThrows(SOAPFaultException.class, () -> soap.call(
                confirmar(999999999L, "CP-1", "2026-11-25T12:00:00-06:00")));
        assertEquals(List.of("No existe el oficio saliente 999999999."), OficioSoap.errors(unknown));
        SOAPFaultException soapCursor = assertThrows(SOAPFaultException.class, () -> soap.call(
                "<scr:ObtenerOficiosSalientes><scr:desde>???</scr:desde></scr:ObtenerOficiosSalientes>"));
        assertTrue(OficioSoap.errors(soapCursor).get(0).contains("(desde)"));

        List<ReplyOficioView> replies = as("director", "demo", () -> reports.replyOficios(reply.folio()));
        assertNull(replies.get(0).deliveredAt());
        assertNull(replies.get(0).ceroPapelNumber());
    }

    /** An oficio Cero Papel delivered, declined by the Director: its reply oficio is queued. */
    private Reply declined() throws Exception {
        OficioReceived oficio = TestOficios.asking(ProcedureKey.PR_DMIGA_05, ServiceCategory.SISTEMAS_INFORMACION,
                "Sistema de control de asistencia");
        String folio = as("ceropapel", "demo", () -> intake.receiveOficio(oficio)).folio();
        ReportView report = as("director", "demo", () -> reports.view(folio));
        String subject = "Respuesta a su oficio " + UUID.randomUUID();
        as("director", "demo", () -> workflow.decline(report.ref(), new ReplyOficio(subject,
                "Por el momento la Dirección no cuenta con personal para este desarrollo.", null)));
        long id = as("director", "demo", () -> reports.outgoingOficios(folio)).get(0).getId();
        return new Reply(id, folio, oficio.ceroPapelId(), subject);
    }

    private record Reply(long id, String folio, String ceroPapelId, String subject) {
    }

    /** The anexo is the oficio printed: its number, the report, the addressee, the text and the Director. */
    private static void assertPrinted(Reply reply, byte[] pdf) throws Exception {
        String text = PdfText.of(pdf);
        PdfText.assertContains(text, "H. Ayuntamiento de Veracruz",
                "Oficio núm. DMIGA/" + Year.now(ZoneId.of("America/Mexico_City")) + "/" + String.format("%06d", reply.id()),
                "Referencia: reporte " + reply.folio(), "Asunto: " + reply.subject(), "C. Titular de Tesorería Municipal",
                "no cuenta con personal para este desarrollo", "Ricardo Solís Aguirre",
                "Director de Modernización, Innovación y Gobierno Abierto");
    }

    /** The anexo of one oficio in a SOAP batch: an MTOM part the contenido refers to, or inline base64. */
    private static byte[] soapAnexo(OficioSoap soap, Reply reply) throws Exception {
        String cursor = null;
        while (true) {
            SOAPMessage lote = soap.call("<scr:ObtenerOficiosSalientes>"
                    + (cursor == null ? "" : "<scr:desde>" + cursor + "</scr:desde>")
                    + "<scr:maximo>200</scr:maximo></scr:ObtenerOficiosSalientes>");
            NodeList oficios = lote.getSOAPBody().getElementsByTagNameNS(OficioSoap.NS, "oficios");
            for (int i = 0; i < oficios.getLength(); i++) {
                Element oficio = (Element) oficios.item(i);
                if (oficio.getElementsByTagNameNS(OficioSoap.NS, "idOficioSaliente").item(0).getTextContent()
                        .equals(String.valueOf(reply.id()))) {
                    Element anexo = (Element) oficio.getElementsByTagNameNS(OficioSoap.NS, "anexos").item(0);
                    assertEquals("application/pdf",
                            anexo.getElementsByTagNameNS(OficioSoap.NS, "tipoMime").item(0).getTextContent());
                    Element contenido = (Element) anexo.getElementsByTagNameNS(OficioSoap.NS, "contenido").item(0);
                    NodeList include = contenido.getElementsByTagNameNS("http://www.w3.org/2004/08/xop/include", "Include");
                    if (include.getLength() == 0) {
                        return Base64.getMimeDecoder().decode(contenido.getTextContent());
                    }
                    String cid = URLDecoder.decode(((Element) include.item(0)).getAttribute("href").substring("cid:".length()),
                            StandardCharsets.UTF_8);
                    Iterator<AttachmentPart> parts = lote.getAttachments();
                    while (parts.hasNext()) {
                        AttachmentPart part = parts.next();
                        if (part.getContentId() != null && part.getContentId().replaceAll("^<|>$", "").equals(cid)) {
                            return part.getRawContentBytes();
                        }
                    }
                    throw new AssertionError("No MTOM part " + cid + " in the answer");
                }
            }
            cursor = OficioSoap.text(lote, "siguienteCursor");
            if (oficios.getLength() < 200) {
                throw new AssertionError("The oficio " + reply.id() + " is not offered over SOAP");
            }
        }
    }

    /** One whole pass over REST, batch by batch, until the cursor starts over. */
    private static List<JsonObject> restPass(Http http, int max) throws Exception {
        List<JsonObject> oficios = new ArrayList<>();
        String cursor = "";
        while (true) {
            HttpResponse<String> answer = http.get(V1 + "/oficios-salientes?maximo=" + max + "&desde="
                    + URLEncoder.encode(cursor, StandardCharsets.UTF_8), "ceropapel", "demo");
            assertEquals(200, answer.statusCode(), answer.body());
            JsonObject lote = Json.createReader(new StringReader(answer.body())).readObject();
            List<JsonObject> batch = lote.getJsonArray("oficios").getValuesAs(JsonValue::asJsonObject);
            oficios.addAll(batch);
            cursor = lote.getString("siguienteCursor");
            if (batch.size() < max) {
                return oficios;
            }
        }
    }

    private static List<Long> soapPass(OficioSoap soap) throws Exception {
        List<Long> ids = new ArrayList<>();
        String cursor = null;
        while (true) {
            SOAPMessage lote = soap.call("<scr:ObtenerOficiosSalientes>"
                    + (cursor == null ? "" : "<scr:desde>" + cursor + "</scr:desde>")
                    + "<scr:maximo>200</scr:maximo></scr:ObtenerOficiosSalientes>");
            List<String> batch = OficioSoap.texts(lote, "idOficioSaliente");
            batch.forEach(id -> ids.add(Long.valueOf(id)));
            cursor = OficioSoap.text(lote, "siguienteCursor");
            if (batch.size() < 200) {
                return ids;
            }
        }
    }

    private static String confirmar(long id, String number, String date) {
        return "<scr:ConfirmarEntrega><scr:idOficioSaliente>" + id + "</scr:idOficioSaliente><scr:numeroOficioCeroPapel>"
                + number + "</scr:numeroOficioCeroPapel><scr:fechaEntrega>" + date + "</scr:fechaEntrega></scr:ConfirmarEntrega>";
    }

    private static String entrega(String number) {
        return "{\"numeroOficioCeroPapel\": \"" + number + "\", \"fechaEntrega\": \"2026-11-25T12:00:00-06:00\"}";
    }
}
