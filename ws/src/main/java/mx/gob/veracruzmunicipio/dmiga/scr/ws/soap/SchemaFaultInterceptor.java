package mx.gob.veracruzmunicipio.dmiga.scr.ws.soap;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import mx.gob.veracruzmunicipio.dmiga.scr.ws.MessageSizeLimit;

/**
 * A message CXF refuses before the endpoint runs becomes the contract's fault SolicitudInvalida,
 * told in Spanish, instead of CXF's English fault: one the contract's XSD refuses (schema
 * validation, "Unmarshalling Error"), XML that is not well formed, and XML with a DOCTYPE (CXF's
 * parser accepts no DTD, so neither external entities nor entity expansion can happen). Other
 * faults pass unchanged. A CXF interceptor of the out-fault chain rather than a JAX-WS SOAP
 * handler, because a SOAP handler makes CXF build a SAAJ tree of every message, in and out, also
 * of the ones that never fail. Declared on the endpoints with {@code @OutFaultInterceptors}.
 */
public class SchemaFaultInterceptor extends AbstractPhaseInterceptor<Message> {

    static final String NS = "urn:mx:gob:veracruzmunicipio:dmiga:scr:v1";

    private static final Pattern ELEMENT = Pattern.compile("(?:\\{\"[^\"]*\":)?([A-Za-z_][\\w.-]*)\\}?");
    private static final Pattern INVALID_CONTENT = Pattern.compile(
            "cvc-complex-type\\.2\\.4\\.a: [^']*'([^']*)'\\. One of '\\{([^}]*)\\}' is expected");
    private static final Pattern INCOMPLETE = Pattern.compile(
            "cvc-complex-type\\.2\\.4\\.b: [^']*'([^']*)' is not complete\\. One of '\\{([^}]*)\\}' is expected");
    private static final Pattern NOT_ALLOWED = Pattern.compile(
            "cvc-complex-type\\.2\\.4\\.d: [^']*'([^']*)'\\. No child element");
    private static final Pattern DATATYPE = Pattern.compile("cvc-datatype-valid\\.1\\.2\\.1: '([^']*)' is not a valid value for '([^']*)'");
    private static final Pattern ENUMERATION = Pattern.compile("cvc-enumeration-valid: Value '([^']*)' is not facet-valid with respect to enumeration '([^']*)'");
    private static final Pattern RANGE = Pattern.compile(
            "cvc-(?:max|min)Inclusive-valid: Value '([^']*)' is not facet-valid with respect to (maxInclusive|minInclusive) '([^']*)' for type '([^']*)'");
    /** JAXB's own conversion error is the bare value alone. */
    private static final Pattern BARE_VALUE = Pattern.compile("\\s*(\\S{1,200})\\s*");
    private static final Pattern NOT_A_NUMBER = Pattern.compile("Not a number: (.*)$");
    private static final Pattern UNEXPECTED = Pattern.compile("unexpected element \\(uri:\"[^\"]*\", local:\"([^\"]*)\"\\)\\. Expected elements are ([^\\[]*)");

    public SchemaFaultInterceptor() {
        // Before the SOAP 1.1 and 1.2 fault writers (MARSHAL) turn the Fault into XML
        super(Phase.PRE_LOGICAL);
    }

    @Override
    public void handleMessage(Message message) {
        if (!(message.getContent(Exception.class) instanceof Fault fault) || fault.getMessage() == null
                || fault.hasDetails() && fault.getDetail().getElementsByTagNameNS(NS, "SolicitudInvalida").getLength() > 0) {
            return;
        }
        String text = fault.getMessage();
        // Without a SAAJ tree, XML that is not well formed is found while unmarshalling, so the
        // unreadable message is looked for first, also inside an "Unmarshalling Error"
        List<String> errors = unreadable(text);
        if (errors.isEmpty() && text.startsWith("Unmarshalling Error")) {
            errors = spanish(text);
        }
        if (errors.isEmpty()) {
            return;
        }
        fault.setMessage(String.join(" ", errors));
        Element detail = fault.getOrCreateDetail();
        while (detail.hasChildNodes()) {
            detail.removeChild(detail.getFirstChild());
        }
        Document document = detail.getOwnerDocument();
        Element invalid = (Element) detail.appendChild(document.createElementNS(NS, "scr:SolicitudInvalida"));
        append(invalid, "mensaje", "La solicitud no es válida; no se registró nada.");
        for (String error : errors) {
            append(invalid, "errores", error);
        }
    }

    private static void append(Element parent, String name, String text) {
        Node child = parent.appendChild(parent.getOwnerDocument().createElementNS(NS, "scr:" + name));
        child.setTextContent(text);
    }

    /** A message CXF could not read as XML, in Spanish; empty for any other fault. */
    static List<String> unreadable(String faultString) {
        if (faultString.contains("Received event DTD") || faultString.contains("DOCTYPE")) {
            return List.of("El mensaje no puede incluir DOCTYPE (DTD ni entidades XML); no se procesó.");
        }
        if (faultString.contains(MessageSizeLimit.MESSAGE)) {
            return List.of(MessageSizeLimit.MESSAGE);
        }
        if (faultString.startsWith("Problems creating SAAJ object model")
                || faultString.startsWith("Error reading XMLStreamReader")
                || faultString.contains("Unexpected character") || faultString.contains("Unexpected close tag")
                || faultString.contains("Unexpected EOF")) {
            return List.of("El mensaje no es XML bien formado; revise que cada elemento se abra y se cierre.");
        }
        return List.of();
    }

    /** The schema error of CXF's fault string, in Spanish, naming the element at fault. */
    static List<String> spanish(String faultString) {
        String text = faultString.replaceFirst("^Unmarshalling Error:\\s*", "");
        List<String> errors = new ArrayList<>();
        Matcher m;
        if ((m = INVALID_CONTENT.matcher(text)).find()) {
            errors.add("El elemento «" + name(m.group(1)) + "» no es válido en esa posición; se esperaba: "
                    + names(m.group(2)) + ".");
        } else if ((m = INCOMPLETE.matcher(text)).find()) {
            errors.add("Al elemento «" + name(m.group(1)) + "» le falta: " + names(m.group(2)) + ".");
        } else if ((m = NOT_ALLOWED.matcher(text)).find()) {
            errors.add("El elemento «" + name(m.group(1)) + "» no pertenece al contrato en esa posición.");
        } else if ((m = DATATYPE.matcher(text)).find()) {
            errors.add("El valor «" + m.group(1) + "» no es válido para el tipo " + m.group(2)
                    + ("dateTime".equals(m.group(2)) ? " (fecha y hora ISO 8601, p. ej. 2026-11-20T10:00:00-06:00)." : "."));
        } else if ((m = ENUMERATION.matcher(text)).find()) {
            errors.add("El valor «" + m.group(1) + "» no es uno de los permitidos: "
                    + m.group(2).replaceAll("^\\[|\\]$", "") + ".");
        } else if ((m = RANGE.matcher(text)).find()) {
            errors.add("El valor «" + m.group(1) + "» no es válido para " + field(m.group(4)) + ": debe ser "
                    + ("maxInclusive".equals(m.group(2)) ? "como máximo " : "como mínimo ") + m.group(3) + ".");
        } else if ((m = NOT_A_NUMBER.matcher(text)).find()) {
            errors.add("El valor «" + m.group(1).strip() + "» no es un número.");
        } else if ((m = BARE_VALUE.matcher(text)).matches()) {
            errors.add("El valor «" + m.group(1) + "» no tiene el tipo que el contrato pide en su campo (fecha y hora"
                    + " ISO 8601 como 2026-11-20T10:00:00-06:00, número o valor de la lista).");
        } else if ((m = UNEXPECTED.matcher(text)).find()) {
            errors.add("El elemento «" + m.group(1) + "» no pertenece al contrato en esa posición; se esperaba uno de: "
                    + m.group(2).replaceAll("<\\{[^}]*\\}", "").replace(">", "").replace(",", ", ").strip() + ".");
        } else {
            errors.add("El mensaje no cumple el esquema del contrato (OficioService.xsd): " + text);
        }
        return errors;
    }

    /** The contract's types are named after their field: Calificacion → calificacion. */
    private static String field(String type) {
        return type.isEmpty() ? type : Character.toLowerCase(type.charAt(0)) + type.substring(1);
    }

    private static String name(String qualified) {
        int colon = qualified.lastIndexOf(':');
        String local = colon < 0 ? qualified : qualified.substring(colon + 1);
        return local.replace("\"", "").replace("}", "");
    }

    private static String names(String list) {
        List<String> names = new ArrayList<>();
        for (String item : list.split(",")) {
            Matcher m = ELEMENT.matcher(item.strip());
            names.add(m.matches() ? m.group(1) : name(item.strip()));
        }
        return String.join(", ", names);
    }
}
