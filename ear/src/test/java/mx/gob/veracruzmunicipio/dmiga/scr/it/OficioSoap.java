package mx.gob.veracruzmunicipio.dmiga.scr.it;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.namespace.QName;

import jakarta.xml.soap.MessageFactory;
import jakarta.xml.soap.MimeHeaders;
import jakarta.xml.soap.SOAPException;
import jakarta.xml.soap.SOAPMessage;
import jakarta.xml.ws.BindingProvider;
import jakarta.xml.ws.Dispatch;
import jakarta.xml.ws.Service;
import jakarta.xml.ws.soap.SOAPFaultException;

import org.w3c.dom.NodeList;

/**
 * A SOAP 1.1 client of OficioService built from the WSDL the server serves, as Cero Papel builds
 * its own; messages written as the contract's XML, answers read by element name.
 */
public final class OficioSoap {

    public static final String NS = "urn:mx:gob:veracruzmunicipio:dmiga:scr:v1";
    public static final String ENDPOINT = Http.SERVER + "/scr/api/ws/OficioService";

    private final Dispatch<SOAPMessage> dispatch;

    public OficioSoap(String username, String password) throws Exception {
        Service service = Service.create(URI.create(ENDPOINT + "?wsdl").toURL(), new QName(NS, "OficioService"));
        dispatch = service.createDispatch(new QName(NS, "OficioServicePort"), SOAPMessage.class, Service.Mode.MESSAGE);
        dispatch.getRequestContext().put(BindingProvider.ENDPOINT_ADDRESS_PROPERTY, ENDPOINT);
        dispatch.getRequestContext().put(BindingProvider.USERNAME_PROPERTY, username);
        dispatch.getRequestContext().put(BindingProvider.PASSWORD_PROPERTY, password);
    }

    /** Waits up to {@code seconds} for an answer (a crowd of calls queues on a 2-core machine). */
    public OficioSoap patient(int seconds) {
        for (String key : new String[] {"jakarta.xml.ws.client.receiveTimeout", "javax.xml.ws.client.receiveTimeout"}) {
            dispatch.getRequestContext().put(key, seconds * 1000);
        }
        return this;
    }

    /** Calls an operation; {@code body} is the operation's element, with the prefix {@code scr}. */
    public SOAPMessage call(String body) throws Exception {
        return dispatch.invoke(message(body));
    }

    /** The Spanish errors of a SolicitudInvalida fault. */
    public static List<String> errors(SOAPFaultException fault) {
        NodeList invalid = fault.getFault().getDetail().getElementsByTagNameNS(NS, "SolicitudInvalida");
        if (invalid.getLength() != 1) {
            throw new AssertionError("Not a SolicitudInvalida: " + fault.getFault().getFaultString());
        }
        return texts(fault.getFault().getDetail().getElementsByTagNameNS(NS, "errores"));
    }

    public static String text(SOAPMessage message, String localName) throws SOAPException {
        NodeList nodes = message.getSOAPBody().getElementsByTagNameNS(NS, localName);
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent();
    }

    public static List<String> texts(SOAPMessage message, String localName) throws SOAPException {
        return texts(message.getSOAPBody().getElementsByTagNameNS(NS, localName));
    }

    public static String envelope(String body) {
        return "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:scr=\"" + NS
                + "\"><soapenv:Body>" + body + "</soapenv:Body></soapenv:Envelope>";
    }

    private static SOAPMessage message(String body) throws Exception {
        return MessageFactory.newInstance().createMessage(new MimeHeaders(),
                new ByteArrayInputStream(envelope(body).getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> texts(NodeList nodes) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }
}
