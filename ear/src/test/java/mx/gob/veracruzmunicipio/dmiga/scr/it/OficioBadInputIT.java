package mx.gob.veracruzmunicipio.dmiga.scr.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import javax.xml.datatype.DatatypeFactory;
import javax.xml.namespace.QName;

import jakarta.xml.ws.soap.SOAPFaultException;

import org.apache.cxf.endpoint.Client;
import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.jaxws.endpoint.dynamic.JaxWsDynamicClientFactory;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;
import org.apache.cxf.service.model.BindingOperationInfo;
import org.apache.cxf.transport.http.HTTPConduit;
import org.apache.cxf.configuration.security.AuthorizationPolicy;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Input the contract refuses, over SOAP and REST: XML with a DOCTYPE (external entities, entity
 * expansion), XML that is not well formed, a message over 25 MiB, an attachment over 10 MiB (also
 * as an MTOM part), a value of the wrong type. Each gets a Spanish fault or problem and nothing
 * is stored: the oficio is unknown afterwards.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OficioBadInputIT {

    private static final String NS = OficioSoap.NS;
    private static final String V1 = Http.SERVER + "/scr/api/v1";
    private static final int MIB = 1024 * 1024;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ScrDeployment.ear();
    }

    @Test
    void xmlWithADoctypeIsRefusedWhateverItDeclares() throws Exception {
        Http http = new Http();
        String external = "CP-XXE-" + UUID.randomUUID();
        HttpResponse<String> xxe = soap(http, "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + OficioSoap.envelope(OficioConcurrencyIT.recibirOficio(external).replace("Reubicar la línea de cajas", "&xxe;")));
        assertRefused(xxe, "El mensaje no puede incluir DOCTYPE (DTD ni entidades XML); no se procesó.");
        assertTrue(!xxe.body().contains("root:"), "nothing of the file comes back");

        String laughs = "CP-LOL-" + UUID.randomUUID();
        StringBuilder dtd = new StringBuilder("<!DOCTYPE x [<!ENTITY l0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        }
        HttpResponse<String> expansion = soap(http, dtd + "]>" + OficioSoap.envelope(
                OficioConcurrencyIT.recibirOficio(laughs).replace("Reubicar la línea de cajas", "&l9;")));
        assertRefused(expansion, "El mensaje no puede incluir DOCTYPE (DTD ni entidades XML); no se procesó.");

        assertNotStored(external, laughs);
    }

    @Test
    void xmlThatIsNotWellFormedIsRefused() throws Exception {
        String id = "CP-MAL-" + UUID.randomUUID();
        HttpResponse<String> malformed = soap(new Http(), OficioSoap.envelope(OficioConcurrencyIT.recibirOficio(id))
                .replace("</scr:asunto>", "</scr:asun>"));
        assertRefused(malformed, "El mensaje no es XML bien formado; revise que cada elemento se abra y se cierre.");
        assertNotStored(id);
    }

    @Test
    void aMessageOver25MiBIsRefusedOverSoapAndRest() throws Exception {
        Http http = new Http();
        String soapId = "CP-BIG-" + UUID.randomUUID();
        String big = "x".repeat(26 * MIB);
        HttpResponse<String> soap = soap(http, OficioSoap.envelope(OficioConcurrencyIT.recibirOficio(soapId)
                .replace("Solicito reubicar la línea.", big)));
        assertRefused(soap, "El mensaje excede el límite de 25 MiB por mensaje; no se registró nada.");

        String restId = "CP-BIG-" + UUID.randomUUID();
        HttpResponse<String> rest = http.post(V1 + "/oficios", "application/json",
                OficioConcurrencyIT.oficioJson(restId).replace("Solicito reubicar la línea.", big), "ceropapel", "demo");
        assertEquals(413, rest.statusCode());
        assertEquals("application/problem+json;charset=UTF-8", rest.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(rest.body().contains("límite de 25 MiB por mensaje"), rest.body());
        assertNotStored(soapId, restId);
    }

    @Test
    void anAttachmentOver10MiBIsRefusedNamingIt() throws Exception {
        String id = "CP-ANEXO-" + UUID.randomUUID();
        String anexo = Base64.getEncoder().encodeToString(new byte[11 * MIB]);
        String oficio = OficioConcurrencyIT.oficioJson(id);
        HttpResponse<String> rest = new Http().post(V1 + "/oficios", "application/json", oficio.substring(0,
                oficio.length() - 1) + ", \"anexos\": [{\"nombre\": \"planos.pdf\", \"tipoMime\": \"application/pdf\","
                + " \"contenido\": \"" + anexo + "\"}]}", "ceropapel", "demo");
        assertEquals(400, rest.statusCode(), rest.body().substring(0, Math.min(300, rest.body().length())));
        assertTrue(rest.body().contains("El anexo «planos.pdf» pesa 11.0 MiB; el límite es 10 MiB por anexo."), rest.body());
        assertNotStored(id);
    }

    @Test
    void attachmentsTravelAsMtomPartsAndTheLimitAppliesToThem() throws Exception {
        MtomClient client = new MtomClient();
        String small = "CP-MTOM-" + UUID.randomUUID();
        Object acuse = client.recibirOficio(small, "oficio.pdf", "%PDF-1.4 oficio".getBytes());
        assertEquals("RECIBIDO", String.valueOf(acuse.getClass().getMethod("getEstado").invoke(acuse)));
        assertTrue(client.contentType.startsWith("multipart/related") && client.contentType.contains("application/xop+xml"),
                client.contentType);

        String large = "CP-MTOM-" + UUID.randomUUID();
        Exception refused = assertThrows(Exception.class, () -> client.recibirOficio(large, "planos.pdf", new byte[11 * MIB]));
        assertTrue(String.valueOf(refused.getMessage()).contains("El anexo «planos.pdf» pesa 11.0 MiB; el límite es 10 MiB por anexo."),
                String.valueOf(refused.getMessage()));
        assertNotStored(large);
    }

    @Test
    void aValueOfTheWrongTypeIsRefusedNamingTheField() throws Exception {
        String id = "CP-TIPO-" + UUID.randomUUID();
        HttpResponse<String> rest = new Http().post(V1 + "/oficios", "application/json",
                OficioConcurrencyIT.oficioJson(id).replace("2026-11-20T10:00:00-06:00", "ayer"), "ceropapel", "demo");
        assertEquals(400, rest.statusCode());
        assertTrue(rest.body().contains("«fechaOficio»"), rest.body());

        SOAPFaultException soap = assertThrows(SOAPFaultException.class, () -> new OficioSoap("ceropapel", "demo")
                .call(OficioConcurrencyIT.recibirOficio(id).replace("2026-11-20T10:00:00-06:00", "ayer")));
        assertTrue(OficioSoap.errors(soap).get(0).contains("«ayer»"), OficioSoap.errors(soap).toString());
        assertNotStored(id);
    }

    private static HttpResponse<String> soap(Http http, String xml) throws Exception {
        return http.post(OficioSoap.ENDPOINT, "text/xml; charset=UTF-8", xml, "ceropapel", "demo");
    }

    private static void assertRefused(HttpResponse<String> answer, String message) {
        assertEquals(500, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains("SolicitudInvalida") && answer.body().contains(message), answer.body());
        assertTrue(!answer.body().contains("\tat ") && !answer.body().contains("Exception"), answer.body());
    }

    private static void assertNotStored(String... ids) throws Exception {
        OficioSoap soap = new OficioSoap("ceropapel", "demo");
        for (String id : ids) {
            SOAPFaultException unknown = assertThrows(SOAPFaultException.class, () -> soap.call(
                    "<scr:ConsultarEstado><scr:idCeroPapel>" + id + "</scr:idCeroPapel></scr:ConsultarEstado>"));
            assertEquals(List.of("No existe un oficio con idCeroPapel " + id + "."), OficioSoap.errors(unknown));
        }
    }

    /**
     * A CXF client generated at run time from the served WSDL (JAXB types included), with MTOM on:
     * the attachment's bytes travel as a binary MIME part, not as base64 text.
     */
    private static final class MtomClient {

        private final Client client;
        private final Class<?> oficioType;
        volatile String contentType = "";

        MtomClient() throws Exception {
            client = JaxWsDynamicClientFactory.newInstance().createClient(OficioSoap.ENDPOINT + "?wsdl",
                    new QName(NS, "OficioService"), new QName(NS, "OficioServicePort"));
            client.getRequestContext().put(Message.ENDPOINT_ADDRESS, OficioSoap.ENDPOINT);
            client.getEndpoint().put(Message.MTOM_ENABLED, Boolean.TRUE);
            AuthorizationPolicy basic = new AuthorizationPolicy();
            basic.setUserName("ceropapel");
            basic.setPassword("demo");
            HTTPConduit conduit = (HTTPConduit) client.getConduit();
            conduit.setAuthorization(basic);
            conduit.getClient().setReceiveTimeout(120_000);
            client.getOutInterceptors().add(new AbstractPhaseInterceptor<Message>(Phase.WRITE) {
                @Override
                public void handleMessage(Message message) throws Fault {
                    contentType = String.valueOf(message.get(Message.CONTENT_TYPE));
                }
            });
            BindingOperationInfo operation = client.getEndpoint().getEndpointInfo().getBinding()
                    .getOperation(new QName(NS, "RecibirOficio"));
            oficioType = operation.getUnwrappedOperation().getInput().getMessageParts().get(0).getTypeClass();
        }

        Object recibirOficio(String id, String fileName, byte[] content) throws Exception {
            Object oficio = oficioType.getConstructor().newInstance();
            set(oficio, "setIdCeroPapel", id);
            set(oficio, "setNumeroOficio", "TES/0100/2026");
            set(oficio, "setFechaOficio", DatatypeFactory.newInstance().newXMLGregorianCalendar("2026-11-20T10:00:00-06:00"));
            Object dependencia = type("getDependencia").getConstructor().newInstance();
            set(dependencia, "setClave", "TES");
            set(dependencia, "setNombre", "Tesorería Municipal");
            set(oficio, "setDependencia", dependencia);
            Object remitente = type("getRemitente").getConstructor().newInstance();
            set(remitente, "setNombre", "C.P. Gabriela Torres Lima");
            set(oficio, "setRemitente", remitente);
            set(oficio, "setAsunto", "Planos del cableado del edificio");
            set(oficio, "setCuerpo", "Se anexan los planos.");
            Class<?> anexoType = Class.forName(oficioType.getPackageName() + ".Anexo", true, oficioType.getClassLoader());
            Object anexo = anexoType.getConstructor().newInstance();
            set(anexo, "setNombre", fileName);
            set(anexo, "setTipoMime", "application/pdf");
            set(anexo, "setContenido", content);
            @SuppressWarnings("unchecked")
            List<Object> anexos = (List<Object>) oficioType.getMethod("getAnexos").invoke(oficio);
            anexos.add(anexo);
            return client.invoke("RecibirOficio", oficio)[0];
        }

        private Class<?> type(String getter) throws Exception {
            return oficioType.getMethod(getter).getReturnType();
        }

        private static void set(Object target, String setter, Object value) throws Exception {
            Method method = Arrays.stream(target.getClass().getMethods())
                    .filter(m -> m.getName().equals(setter) && m.getParameterCount() == 1).findFirst().orElseThrow();
            method.invoke(target, value);
        }
    }
}
