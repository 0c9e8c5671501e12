package mx.gob.veracruzmunicipio.dmiga.scr.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.xml.namespace.QName;

import jakarta.xml.soap.MessageFactory;
import jakarta.xml.soap.MimeHeaders;
import jakarta.xml.soap.SOAPConstants;
import jakarta.xml.soap.SOAPException;
import jakarta.xml.soap.SOAPFault;
import jakarta.xml.soap.SOAPMessage;
import jakarta.xml.ws.BindingProvider;
import jakarta.xml.ws.Dispatch;
import jakarta.xml.ws.Service;
import jakarta.xml.ws.soap.SOAPFaultException;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.NodeList;

/**
 * Cero Papel's OficioService over SOAP, as Cero Papel calls it: a client built from the WSDL the
 * server serves (CXF), HTTP Basic as the ceropapel account.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OficioSoapIT {

    private static final String NS = "urn:mx:gob:veracruzmunicipio:dmiga:scr:v1";
    private static final String ENDPOINT = Http.SERVER + "/scr/api/ws/OficioService";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ScrDeployment.ear();
    }

    @Test
    void theContractIsReadableWithoutSignIn() throws Exception {
        Http http = new Http();
        HttpResponse<String> wsdl = http.get(ENDPOINT + "?wsdl");
        assertEquals(200, wsdl.statusCode());
        assertTrue(wsdl.body().contains("OficioService") && wsdl.body().contains("RecibirOficio")
                && wsdl.body().contains("ConsultarEstado"), wsdl.body());

        HttpResponse<String> xsd = http.get(ENDPOINT + "?xsd=OficioService.xsd");
        assertEquals(200, xsd.statusCode());
        assertTrue(xsd.body().contains("name=\"OficioEntrante\"") && xsd.body().contains("elementFormDefault=\"qualified\""),
                xsd.body());
    }

    @Test
    void anOficioIsReceivedOnceAndItsStateCanBeConsulted() throws Exception {
        Dispatch<SOAPMessage> client = client("ceropapel", "demo");
        String id = "CP-SOAP-" + UUID.randomUUID();

        SOAPMessage first = client.invoke(message(recibirOficio(id, "Actualizar el sistema de licencias",
                "Solicito la actualización del sistema de licencias.", "tesoreria@veracruzmunicipio.gob.mx",
                "<scr:procedimiento>PR-DMIGA-06</scr:procedimiento><scr:categoriaServicio>SISTEMAS_INFORMACION</scr:categoriaServicio>"
                        + "<scr:anexos><scr:nombre>oficio.pdf</scr:nombre><scr:tipoMime>application/pdf</scr:tipoMime>"
                        + "<scr:contenido>JVBERi0xLjQgb2ZpY2lv</scr:contenido></scr:anexos>")));
        String folio = text(first, "folio");
        assertTrue(folio.matches("DMIGA-\\d{4}-\\d{6}"), folio);
        assertEquals("RECIBIDO", text(first, "estado"));
        assertEquals(id, text(first, "idCeroPapel"));
        assertNotNull(text(first, "fechaRecepcion"));

        SOAPMessage again = client.invoke(message(recibirOficio(id, "Actualizar el sistema de licencias",
                "Solicito la actualización del sistema de licencias.", null, "")));
        assertEquals("DUPLICADO", text(again, "estado"));
        assertEquals(folio, text(again, "folio"));
        assertEquals(text(first, "fechaRecepcion"), text(again, "fechaRecepcion"));

        SOAPMessage byFolio = client.invoke(message("<scr:ConsultarEstado xmlns:scr=\"" + NS + "\"><scr:folio>" + folio
                + "</scr:folio></scr:ConsultarEstado>"));
        assertEquals(folio, text(byFolio, "folio"));
        assertEquals("PR-DMIGA-06", text(byFolio, "procedimiento"));
        assertEquals("EN_TRAMITE", text(byFolio, "estatus"));
        assertNotNull(text(byFolio, "pasoActual"));
        assertNotNull(text(byFolio, "rolResponsable"));
        assertTrue(byFolio.getSOAPBody().getElementsByTagNameNS(NS, "bitacora").getLength() >= 1);

        SOAPMessage byOficio = client.invoke(message("<scr:ConsultarEstado xmlns:scr=\"" + NS + "\"><scr:idCeroPapel>"
                + id + "</scr:idCeroPapel></scr:ConsultarEstado>"));
        assertEquals(folio, text(byOficio, "folio"));
    }

    @Test
    void anInvalidOficioIsRefusedWithEveryFieldNamedAndNothingIsStored() throws Exception {
        Dispatch<SOAPMessage> client = client("ceropapel", "demo");
        String id = "CP-SOAP-" + UUID.randomUUID();

        SOAPFaultException refused = assertThrows(SOAPFaultException.class,
                () -> client.invoke(message(recibirOficio(id, " ", "", "no-es-un-correo", ""))));
        SOAPFault fault = refused.getFault();
        assertEquals(1, fault.getDetail().getElementsByTagNameNS(NS, "SolicitudInvalida").getLength());
        List<String> errors = texts(fault.getDetail().getElementsByTagNameNS(NS, "errores"));
        assertTrue(errors.contains("El asunto del oficio es obligatorio."), errors.toString());
        assertTrue(errors.contains("El texto del oficio es obligatorio."), errors.toString());
        assertTrue(errors.contains("El correo del remitente no tiene un formato válido."), errors.toString());
        assertNoStackTrace(fault);

        SOAPFaultException notFound = assertThrows(SOAPFaultException.class, () -> client.invoke(message(
                "<scr:ConsultarEstado xmlns:scr=\"" + NS + "\"><scr:idCeroPapel>" + id + "</scr:idCeroPapel></scr:ConsultarEstado>")));
        assertTrue(texts(notFound.getFault().getDetail().getElementsByTagNameNS(NS, "errores"))
                .contains("No existe un oficio con idCeroPapel " + id + "."));
    }

    @Test
    void aMessageOutsideTheSchemaIsRefusedBeforeTheServiceAsSolicitudInvalida() throws Exception {
        Dispatch<SOAPMessage> client = client("ceropapel", "demo");
        String id = "CP-SOAP-" + UUID.randomUUID();

        // Only the XSD knows the procedures: without schema validation this would open a report
        SOAPFaultException unknownProcedure = assertThrows(SOAPFaultException.class, () -> client.invoke(message(
                recibirOficio(id, "Asunto", "Cuerpo", null, "<scr:procedimiento>PR-DMIGA-99</scr:procedimiento>"))));
        List<String> errors = texts(unknownProcedure.getFault().getDetail().getElementsByTagNameNS(NS, "errores"));
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).contains("PR-DMIGA-99"), errors.toString());
        assertNoStackTrace(unknownProcedure.getFault());

        SOAPFaultException unknownElement = assertThrows(SOAPFaultException.class, () -> client.invoke(message(
                recibirOficio(id, "Asunto", "Cuerpo", null, "<scr:prioridad>URGENTE</scr:prioridad>"))));
        errors = texts(unknownElement.getFault().getDetail().getElementsByTagNameNS(NS, "errores"));
        assertTrue(errors.get(0).contains("prioridad"), errors.toString());
        assertNoStackTrace(unknownElement.getFault());

        String withoutSubject = recibirOficio(id, "-", "Cuerpo", null, "").replace("<scr:asunto>-</scr:asunto>", "");
        SOAPFaultException missing = assertThrows(SOAPFaultException.class, () -> client.invoke(message(withoutSubject)));
        errors = texts(missing.getFault().getDetail().getElementsByTagNameNS(NS, "errores"));
        assertTrue(errors.get(0).contains("asunto"), errors.toString());

        SOAPFaultException notStored = assertThrows(SOAPFaultException.class, () -> client.invoke(message(
                "<scr:ConsultarEstado xmlns:scr=\"" + NS + "\"><scr:idCeroPapel>" + id + "</scr:idCeroPapel></scr:ConsultarEstado>")));
        assertTrue(texts(notStored.getFault().getDetail().getElementsByTagNameNS(NS, "errores"))
                .contains("No existe un oficio con idCeroPapel " + id + "."));
    }

    @Test
    void theSameServiceAnswersSoap12() throws Exception {
        Service service = Service.create(URI.create(ENDPOINT + "?wsdl").toURL(), new QName(NS, "OficioService"));
        Dispatch<SOAPMessage> client = service.createDispatch(new QName(NS, "OficioServiceSoap12Port"),
                SOAPMessage.class, Service.Mode.MESSAGE);
        client.getRequestContext().put(BindingProvider.ENDPOINT_ADDRESS_PROPERTY, ENDPOINT + "/soap12");
        client.getRequestContext().put(BindingProvider.USERNAME_PROPERTY, "ceropapel");
        client.getRequestContext().put(BindingProvider.PASSWORD_PROPERTY, "demo");
        String id = "CP-SOAP12-" + UUID.randomUUID();

        SOAPMessage acuse = client.invoke(soap12(recibirOficio(id, "Asunto por SOAP 1.2", "Cuerpo", null, "")));
        assertEquals("RECIBIDO", text(acuse, "estado"));

        SOAPFaultException refused = assertThrows(SOAPFaultException.class,
                () -> client.invoke(soap12(recibirOficio("CP-SOAP12-" + UUID.randomUUID(), "", "Cuerpo", null, ""))));
        assertTrue(texts(refused.getFault().getDetail().getElementsByTagNameNS(NS, "errores"))
                .contains("El asunto del oficio es obligatorio."));

        HttpResponse<String> wrong = new Http().post(ENDPOINT + "/soap12", "application/soap+xml; charset=UTF-8",
                "<x/>", "ceropapel", "equivocada");
        assertEquals(401, wrong.statusCode());
        assertTrue(wrong.body().contains("<env:Text xml:lang=\"es\">Usuario o contraseña incorrectos.</env:Text>"),
                wrong.body());
    }

    @Test
    void onlyTheCeroPapelAccountMayCall() throws Exception {
        Http http = new Http();
        String envelope = envelope("<scr:ConsultarEstado xmlns:scr=\"" + NS + "\"><scr:folio>DMIGA-2000-000001</scr:folio></scr:ConsultarEstado>");

        assertFault(http.post(ENDPOINT, "text/xml; charset=UTF-8", envelope, null, null), 401,
                "Se requiere autenticación: HTTP Basic o WS-Security UsernameToken.");
        assertFault(http.post(ENDPOINT, "text/xml; charset=UTF-8", envelope, "ceropapel", "equivocada"), 401,
                "Usuario o contraseña incorrectos.");
        assertFault(http.post(ENDPOINT, "text/xml; charset=UTF-8", envelope, "nadie", "equivocada"), 401,
                "Usuario o contraseña incorrectos.");
        assertFault(http.post(ENDPOINT, "text/xml; charset=UTF-8", envelope, "as400", "demo"), 403,
                "Su cuenta no tiene permiso para este servicio.");
        assertFault(http.post(ENDPOINT, "text/xml; charset=UTF-8", envelope, "secretaria", "demo"), 403,
                "Su cuenta no tiene permiso para este servicio.");
    }

    /** A refused call is answered with a SOAP 1.1 fault in Spanish, not an HTML page. */
    private static void assertFault(HttpResponse<String> answer, int status, String message) {
        assertEquals(status, answer.statusCode(), answer.body());
        assertTrue(answer.headers().firstValue("Content-Type").orElseThrow().startsWith("text/xml"), answer.body());
        assertTrue(answer.body().contains("<faultstring>" + message + "</faultstring>"), answer.body());
    }

    private static Dispatch<SOAPMessage> client(String username, String password) throws Exception {
        Service service = Service.create(URI.create(ENDPOINT + "?wsdl").toURL(), new QName(NS, "OficioService"));
        Dispatch<SOAPMessage> dispatch = service.createDispatch(new QName(NS, "OficioServicePort"), SOAPMessage.class,
                Service.Mode.MESSAGE);
        dispatch.getRequestContext().put(BindingProvider.ENDPOINT_ADDRESS_PROPERTY, ENDPOINT);
        dispatch.getRequestContext().put(BindingProvider.USERNAME_PROPERTY, username);
        dispatch.getRequestContext().put(BindingProvider.PASSWORD_PROPERTY, password);
        return dispatch;
    }

    private static String recibirOficio(String id, String asunto, String cuerpo, String correo, String rest) {
        return "<scr:RecibirOficio xmlns:scr=\"" + NS + "\"><scr:oficio>"
                + "<scr:idCeroPapel>" + id + "</scr:idCeroPapel>"
                + "<scr:numeroOficio>TES/0042/2026</scr:numeroOficio>"
                + "<scr:fechaOficio>2026-11-20T10:00:00-06:00</scr:fechaOficio>"
                + "<scr:dependencia><scr:clave>TES</scr:clave><scr:nombre>Tesorería Municipal</scr:nombre></scr:dependencia>"
                + "<scr:remitente><scr:nombre>C.P. Gabriela Torres Lima</scr:nombre><scr:cargo>Tesorera Municipal</scr:cargo>"
                + (correo == null ? "" : "<scr:correo>" + correo + "</scr:correo>") + "</scr:remitente>"
                + "<scr:asunto>" + asunto + "</scr:asunto>"
                + "<scr:cuerpo>" + cuerpo + "</scr:cuerpo>"
                + rest
                + "</scr:oficio></scr:RecibirOficio>";
    }

    private static String envelope(String body) {
        return "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Body>" + body
                + "</soapenv:Body></soapenv:Envelope>";
    }

    private static SOAPMessage message(String body) throws Exception {
        return MessageFactory.newInstance().createMessage(new MimeHeaders(),
                new ByteArrayInputStream(envelope(body).getBytes(StandardCharsets.UTF_8)));
    }

    private static SOAPMessage soap12(String body) throws Exception {
        String envelope = "<env:Envelope xmlns:env=\"http://www.w3.org/2003/05/soap-envelope\"><env:Body>" + body
                + "</env:Body></env:Envelope>";
        return MessageFactory.newInstance(SOAPConstants.SOAP_1_2_PROTOCOL).createMessage(new MimeHeaders(),
                new ByteArrayInputStream(envelope.getBytes(StandardCharsets.UTF_8)));
    }

    private static String text(SOAPMessage message, String localName) throws SOAPException {
        NodeList nodes = message.getSOAPBody().getElementsByTagNameNS(NS, localName);
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent();
    }

    private static List<String> texts(NodeList nodes) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    private static void assertNoStackTrace(SOAPFault fault) {
        String all = fault.getFaultString() + (fault.getDetail() == null ? "" : fault.getDetail().getTextContent());
        assertFalse(all.contains("\tat ") || all.contains("at mx.gob") || all.contains("at org."), all);
    }
}
