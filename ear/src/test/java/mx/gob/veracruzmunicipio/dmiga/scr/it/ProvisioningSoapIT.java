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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.namespace.QName;

import jakarta.xml.soap.MessageFactory;
import jakarta.xml.soap.MimeHeaders;
import jakarta.xml.soap.SOAPConstants;
import jakarta.xml.soap.SOAPElement;
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
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import mx.gob.veracruzmunicipio.dmiga.scr.it.ProvisioningData.Seeded;

/**
 * ProvisioningService over SOAP as the AS/400 integration layer calls it: a CXF client built from
 * the WSDL the server serves, HTTP Basic; every operation and every fault, SOAP 1.1 and 1.2. Also
 * RecibirOficio carrying a solicitudUsuario, which files the procedure's request.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProvisioningSoapIT {

    private static final String NS = "urn:mx:gob:veracruzmunicipio:dmiga:scr:v1";
    private static final String ENDPOINT = Http.SERVER + "/scr/api/ws/ProvisioningService";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ScrDeployment.earWith(ProvisioningData.class, TestOficios.class, Http.class);
    }

    @Test
    void theContractIsReadableWithoutSignIn() throws Exception {
        Http http = new Http();
        HttpResponse<String> wsdl = http.get(ENDPOINT + "?wsdl");
        assertEquals(200, wsdl.statusCode());
        for (String operation : List.of("ReclamarSolicitudes", "InformarResultado", "ConsultarSolicitud")) {
            assertTrue(wsdl.body().contains("name=\"" + operation + "\""), operation);
        }
        assertTrue(wsdl.body().contains("ProvisioningServiceSoap12Port"), wsdl.body());

        HttpResponse<String> xsd = http.get(ENDPOINT + "?xsd=ProvisioningService.xsd");
        assertEquals(200, xsd.statusCode());
        assertTrue(xsd.body().contains("name=\"SolicitudAprovisionamiento\"")
                && xsd.body().contains("elementFormDefault=\"qualified\""), xsd.body());
        // The shared types (Empleado, the faults) come from the included schema, also served
        Matcher included = Pattern.compile("schemaLocation=\"([^\"]+)\"").matcher(xsd.body());
        assertTrue(included.find(), xsd.body());
        HttpResponse<String> shared = http.get(included.group(1).replace("http://localhost:8080", Http.SERVER)
                .replace("&amp;", "&"));
        assertEquals(200, shared.statusCode());
        assertTrue(shared.body().contains("name=\"Empleado\""), shared.body());

        HttpResponse<String> index = http.get(Http.SERVER + "/scr/api/");
        assertTrue(index.body().contains("href=\"ws/ProvisioningService?wsdl\""), index.body());
        HttpResponse<String> openapi = http.get(Http.SERVER + "/scr/api/openapi");
        for (String path : List.of("/v1/aprovisionamiento/{sistema}/reclamos:",
                "/v1/aprovisionamiento/{sistema}/solicitudes/{id}/resultado:",
                "/v1/aprovisionamiento/{sistema}/solicitudes/{id}:")) {
            assertTrue(openapi.body().contains(path), path + " in " + openapi.body());
        }
        assertTrue(openapi.body().contains("ReclamarSolicitudes") && openapi.body().contains("InformarResultado"));
    }

    @Test
    void anApprovedRequestIsClaimedReportedOnceAndConsulted() throws Exception {
        Seeded seeded = ProvisioningData.approved("AS400", "ALTA", 1).get(0);
        Dispatch<SOAPMessage> as400 = client("as400", "ProvisioningServicePort", ENDPOINT);

        Element solicitud = claimUntilFound(as400, "AS400", seeded.id(), false);
        assertEquals(seeded.folio(), child(solicitud, "folio"));
        assertEquals("ALTA", child(solicitud, "movimiento"));
        assertTrue(child(solicitud, "passwordTemporal").matches("[A-Z][A-Z0-9]{9}"));
        assertNotNull(child(solicitud, "perfil"));
        assertEquals("TES", child((Element) solicitud.getElementsByTagNameNS(NS, "dependencia").item(0), "clave"));
        assertEquals("CONT", child(solicitud, "modulos"));
        String token = child(solicitud, "tokenReclamo");

        SOAPMessage estado = as400.invoke(message("<scr:ConsultarSolicitud xmlns:scr=\"" + NS + "\">"
                + "<scr:sistema>AS400</scr:sistema><scr:id>" + seeded.id() + "</scr:id></scr:ConsultarSolicitud>"));
        Element state = (Element) estado.getSOAPBody().getElementsByTagNameNS(NS, "estado").item(0);
        assertEquals("APROBADA", child(state, "estado"));
        assertEquals(seeded.folio(), child(state, "folio"));
        assertNotNull(child(state, "reclamadaHasta"));

        SOAPMessage created = as400.invoke(message(informar(seeded.id(), token, "CREADO", null)));
        assertEquals("CREADO", text(created, "estado"));
        assertEquals(1, created.getSOAPBody().getElementsByTagNameNS(NS, "InformarResultadoResponse").getLength());
        SOAPMessage again = as400.invoke(message(informar(seeded.id(), token, "CREADO", null)));
        assertEquals("CREADO", text(again, "estado"));

        SOAPFaultException conflict = assertThrows(SOAPFaultException.class,
                () -> as400.invoke(message(informar(seeded.id(), token, "ERROR", "Falla"))));
        assertEquals(1, conflict.getFault().getDetail().getElementsByTagNameNS(NS, "Conflicto").getLength());
        assertTrue(conflict.getFault().getFaultString().contains("ya tiene el resultado CREADO"));
        assertNoStackTrace(conflict.getFault());
    }

    @Test
    void everyRefusalIsTheContractsFault() throws Exception {
        Dispatch<SOAPMessage> as400 = client("as400", "ProvisioningServicePort", ENDPOINT);

        SOAPFaultException unknownSystem = assertThrows(SOAPFaultException.class, () -> as400.invoke(message(
                "<scr:ReclamarSolicitudes xmlns:scr=\"" + NS + "\"><scr:sistema>SAP</scr:sistema>"
                        + "<scr:maximo>5</scr:maximo></scr:ReclamarSolicitudes>")));
        List<String> errors = texts(unknownSystem.getFault().getDetail().getElementsByTagNameNS(NS, "errores"));
        assertEquals(1, unknownSystem.getFault().getDetail().getElementsByTagNameNS(NS, "SolicitudInvalida")
                .getLength());
        assertTrue(errors.get(0).contains("SAP"), errors.toString());

        SOAPFaultException tooMany = assertThrows(SOAPFaultException.class, () -> as400.invoke(reclamar("AS400", 0)));
        assertTrue(texts(tooMany.getFault().getDetail().getElementsByTagNameNS(NS, "errores"))
                .contains("El parámetro maximo debe ser un número entre 1 y 100."));

        SOAPFaultException otherSystem = assertThrows(SOAPFaultException.class,
                () -> as400.invoke(reclamar("CERO_PAPEL", 5)));
        assertEquals(1, otherSystem.getFault().getDetail().getElementsByTagNameNS(NS, "AccesoDenegado").getLength());
        assertTrue(otherSystem.getFault().getFaultString().contains("CERO_PAPEL"));

        SOAPFaultException unknownId = assertThrows(SOAPFaultException.class, () -> as400.invoke(message(
                informar(999_999_999L, UUID.randomUUID().toString(), "CREADO", null))));
        assertTrue(texts(unknownId.getFault().getDetail().getElementsByTagNameNS(NS, "errores"))
                .contains("No existe la solicitud 999999999 del sistema AS400."));

        SOAPFaultException unexplained = assertThrows(SOAPFaultException.class, () -> as400.invoke(message(
                informar(1L, UUID.randomUUID().toString(), "ERROR", null))));
        assertTrue(texts(unexplained.getFault().getDetail().getElementsByTagNameNS(NS, "errores")).contains(
                "Un resultado ERROR debe incluir el mensaje que explique la falla."));
        assertNoStackTrace(unexplained.getFault());

        Http http = new Http();
        assertEquals(401, http.post(ENDPOINT, "text/xml; charset=UTF-8", "<x/>", null, null).statusCode());
        assertEquals(403, http.post(ENDPOINT, "text/xml; charset=UTF-8", "<x/>", "secretaria", "demo").statusCode());
    }

    @Test
    void aUsernameTokenAuthenticatesThePollerWithoutHttpBasic() throws Exception {
        Http http = new Http();
        String claim = "<scr:ReclamarSolicitudes><scr:sistema>CERO_PAPEL</scr:sistema><scr:maximo>1</scr:maximo>"
                + "</scr:ReclamarSolicitudes>";

        // Signed in by the token alone: past the filter, the bean keeps the AS/400 to its own system.
        HttpResponse<String> otherSystem = http.post(ENDPOINT, "text/xml; charset=UTF-8",
                OficioWsSecurityIT.withToken("as400", "demo", OficioWsSecurityIT.TEXT, claim), null, null);
        assertTrue(otherSystem.body().contains("AccesoDenegado"), otherSystem.body());

        // A client of its own: no cookie of the call above.
        HttpResponse<String> wrong = new Http().post(ENDPOINT, "text/xml; charset=UTF-8",
                OficioWsSecurityIT.withToken("as400", "equivocada", OficioWsSecurityIT.TEXT, claim), null, null);
        assertEquals(401, wrong.statusCode());
        assertTrue(wrong.body().contains("Usuario o contraseña incorrectos."), wrong.body());
    }

    @Test
    void ceroPapelPollsItsOwnRequestsOverSoap12() throws Exception {
        Seeded seeded = ProvisioningData.approved("CERO_PAPEL", "ALTA", 1).get(0);
        Dispatch<SOAPMessage> ceroPapel = client("ceropapel", "ProvisioningServiceSoap12Port", ENDPOINT + "/soap12");

        Element solicitud = claimUntilFound(ceroPapel, "CERO_PAPEL", seeded.id(), true);
        SOAPMessage created = ceroPapel.invoke(soap12(informar(seeded.id(), child(solicitud, "tokenReclamo"),
                "CREADO", null).replace("</scr:resultado>", "</scr:resultado><scr:perfil>jgarcia.tes</scr:perfil>")));
        assertEquals("CREADO", text(created, "estado"));
        assertEquals("jgarcia.tes", text(created, "perfil"));
        assertEquals("CERO_PAPEL", text(created, "sistema"));
    }

    @Test
    void anOficioStatingTheUserFilesTheProceduresRequest() throws Exception {
        Service service = Service.create(URI.create(Http.SERVER + "/scr/api/ws/OficioService?wsdl").toURL(),
                new QName(NS, "OficioService"));
        Dispatch<SOAPMessage> oficios = service.createDispatch(new QName(NS, "OficioServicePort"), SOAPMessage.class,
                Service.Mode.MESSAGE);
        oficios.getRequestContext().put(BindingProvider.ENDPOINT_ADDRESS_PROPERTY,
                Http.SERVER + "/scr/api/ws/OficioService");
        oficios.getRequestContext().put(BindingProvider.USERNAME_PROPERTY, "ceropapel");
        oficios.getRequestContext().put(BindingProvider.PASSWORD_PROPERTY, "demo");
        String employee = Long.toString(System.nanoTime() % 10_000_000L);

        SOAPMessage acuse = oficios.invoke(message("<scr:RecibirOficio xmlns:scr=\"" + NS + "\"><scr:oficio>"
                + "<scr:idCeroPapel>CP-SOAP-USR-" + UUID.randomUUID() + "</scr:idCeroPapel>"
                + "<scr:numeroOficio>TES/0100/2026</scr:numeroOficio>"
                + "<scr:fechaOficio>2026-11-20T10:00:00-06:00</scr:fechaOficio>"
                + "<scr:dependencia><scr:clave>TES</scr:clave><scr:nombre>Tesorería Municipal</scr:nombre></scr:dependencia>"
                + "<scr:remitente><scr:nombre>C.P. Gabriela Torres Lima</scr:nombre></scr:remitente>"
                + "<scr:asunto>Usuario de Cero Papel</scr:asunto><scr:cuerpo>Solicito el alta.</scr:cuerpo>"
                + "<scr:procedimiento>PR-DMIGA-09</scr:procedimiento>"
                + "<scr:solicitudUsuario><scr:movimiento>ALTA</scr:movimiento><scr:empleado>"
                + "<scr:nombres>Julia</scr:nombres><scr:primerApellido>Mena</scr:primerApellido>"
                + "<scr:numeroEmpleado>" + employee + "</scr:numeroEmpleado></scr:empleado>"
                + "<scr:modulos>OFICIOS</scr:modulos></scr:solicitudUsuario>"
                + "</scr:oficio></scr:RecibirOficio>"));
        assertEquals("RECIBIDO", text(acuse, "estado"));
        assertEquals("ALTA|Julia|Mena|" + employee + "|OFICIOS|REGISTRADA",
                ProvisioningData.userRequestOf(text(acuse, "folio")));
    }

    // ---- the client ----

    private static Dispatch<SOAPMessage> client(String username, String port, String address) throws Exception {
        Service service = Service.create(URI.create(ENDPOINT + "?wsdl").toURL(), new QName(NS, "ProvisioningService"));
        Dispatch<SOAPMessage> dispatch = service.createDispatch(new QName(NS, port), SOAPMessage.class,
                Service.Mode.MESSAGE);
        dispatch.getRequestContext().put(BindingProvider.ENDPOINT_ADDRESS_PROPERTY, address);
        dispatch.getRequestContext().put(BindingProvider.USERNAME_PROPERTY, username);
        dispatch.getRequestContext().put(BindingProvider.PASSWORD_PROPERTY, "demo");
        return dispatch;
    }

    private static Element claimUntilFound(Dispatch<SOAPMessage> client, String system, long id, boolean soap12)
            throws Exception {
        for (int attempt = 0; attempt < 20; attempt++) {
            String body = "<scr:ReclamarSolicitudes xmlns:scr=\"" + NS + "\"><scr:sistema>" + system
                    + "</scr:sistema><scr:maximo>100</scr:maximo></scr:ReclamarSolicitudes>";
            SOAPMessage answer = client.invoke(soap12 ? soap12(body) : message(body));
            NodeList solicitudes = answer.getSOAPBody().getElementsByTagNameNS(NS, "solicitud");
            for (int i = 0; i < solicitudes.getLength(); i++) {
                Element solicitud = (Element) solicitudes.item(i);
                if (Long.toString(id).equals(child(solicitud, "id"))) {
                    return solicitud;
                }
            }
        }
        throw new AssertionError("request " + id + " never offered");
    }

    private static SOAPMessage reclamar(String system, int maximo) throws Exception {
        return message("<scr:ReclamarSolicitudes xmlns:scr=\"" + NS + "\"><scr:sistema>" + system + "</scr:sistema>"
                + "<scr:maximo>" + maximo + "</scr:maximo></scr:ReclamarSolicitudes>");
    }

    private static String informar(long id, String token, String resultado, String mensaje) {
        return "<scr:InformarResultado xmlns:scr=\"" + NS + "\"><scr:id>" + id + "</scr:id>"
                + "<scr:tokenReclamo>" + token + "</scr:tokenReclamo><scr:resultado>" + resultado + "</scr:resultado>"
                + (mensaje == null ? "" : "<scr:mensaje>" + mensaje + "</scr:mensaje>") + "</scr:InformarResultado>";
    }

    private static SOAPMessage message(String body) throws Exception {
        String envelope = "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Body>"
                + body + "</soapenv:Body></soapenv:Envelope>";
        return MessageFactory.newInstance().createMessage(new MimeHeaders(),
                new ByteArrayInputStream(envelope.getBytes(StandardCharsets.UTF_8)));
    }

    private static SOAPMessage soap12(String body) throws Exception {
        String envelope = "<env:Envelope xmlns:env=\"http://www.w3.org/2003/05/soap-envelope\"><env:Body>" + body
                + "</env:Body></env:Envelope>";
        return MessageFactory.newInstance(SOAPConstants.SOAP_1_2_PROTOCOL).createMessage(new MimeHeaders(),
                new ByteArrayInputStream(envelope.getBytes(StandardCharsets.UTF_8)));
    }

    /** The text of the element's direct child of that name, null when absent. */
    private static String child(Element parent, String localName) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof SOAPElement || node instanceof Element) {
                if (localName.equals(node.getLocalName()) && NS.equals(node.getNamespaceURI())) {
                    return node.getTextContent();
                }
            }
        }
        return null;
    }

    private static String text(SOAPMessage message, String localName) throws Exception {
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
