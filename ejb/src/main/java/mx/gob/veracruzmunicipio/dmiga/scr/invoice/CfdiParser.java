package mx.gob.veracruzmunicipio.dmiga.scr.invoice;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

import mx.gob.veracruzmunicipio.dmiga.scr.platform.InvalidInputException;

/**
 * Reads a CFDI 4.0 from the bytes the provider sent. The XML comes from outside: the parser refuses
 * any DOCTYPE (and with it external entities and entity expansion), resolves nothing from the
 * network or the disk and applies the JDK's secure-processing limits. Anything that is not a
 * well-formed CFDI 4.0 with its timbre is refused with a Spanish message saying what is missing.
 */
public final class CfdiParser {

    public static final String CFDI_NAMESPACE = "http://www.sat.gob.mx/cfd/4";
    public static final String TIMBRE_NAMESPACE = "http://www.sat.gob.mx/TimbreFiscalDigital";

    private CfdiParser() {
    }

    public static Cfdi parse(byte[] xml) {
        Document document = document(xml);
        Element root = document.getDocumentElement();
        if (!"Comprobante".equals(root.getLocalName()) || !CFDI_NAMESPACE.equals(root.getNamespaceURI())) {
            String version = root.getAttribute("Version");
            throw new InvalidInputException("El archivo XML no es un CFDI versión 4.0"
                    + (version.isBlank() ? "" : " (indica la versión " + version + ")")
                    + ": se requiere el Comprobante del espacio de nombres " + CFDI_NAMESPACE + ".");
        }
        List<String> problems = new ArrayList<>();
        String version = required(root, "Version", "Comprobante", problems);
        if (version != null && !version.equals("4.0")) {
            problems.add("El CFDI indica la versión " + version + "; solo se aceptan CFDI versión 4.0.");
        }
        Element issuer = child(root, CFDI_NAMESPACE, "Emisor");
        Element receiver = child(root, CFDI_NAMESPACE, "Receptor");
        if (issuer == null) {
            problems.add("El CFDI no tiene el nodo Emisor.");
        }
        if (receiver == null) {
            problems.add("El CFDI no tiene el nodo Receptor.");
        }
        Element timbre = timbre(root);
        if (timbre == null) {
            problems.add("El CFDI no está timbrado: falta el TimbreFiscalDigital 1.1 en el Complemento.");
        }
        LocalDateTime issuedAt = dateTime(root, "Fecha", "Comprobante", problems);
        BigDecimal subtotal = amount(root, "SubTotal", "Comprobante", true, problems);
        BigDecimal discount = amount(root, "Descuento", "Comprobante", false, problems);
        BigDecimal total = amount(root, "Total", "Comprobante", true, problems);
        String currency = required(root, "Moneda", "Comprobante", problems);
        String type = required(root, "TipoDeComprobante", "Comprobante", problems);
        String seal = required(root, "Sello", "Comprobante", problems);
        Cfdi.Party issuerParty = issuer == null ? null : new Cfdi.Party(
                upper(required(issuer, "Rfc", "Emisor", problems)), required(issuer, "Nombre", "Emisor", problems),
                required(issuer, "RegimenFiscal", "Emisor", problems));
        Cfdi.Party receiverParty = receiver == null ? null : new Cfdi.Party(
                upper(required(receiver, "Rfc", "Receptor", problems)),
                required(receiver, "Nombre", "Receptor", problems), required(receiver, "UsoCFDI", "Receptor", problems));
        Element taxes = child(root, CFDI_NAMESPACE, "Impuestos");
        BigDecimal transferredTotal = taxes == null ? BigDecimal.ZERO
                : amount(taxes, "TotalImpuestosTrasladados", "Impuestos", false, problems);
        BigDecimal withheldTotal = taxes == null ? BigDecimal.ZERO
                : amount(taxes, "TotalImpuestosRetenidos", "Impuestos", false, problems);
        List<Cfdi.Tax> transferred = taxes(taxes, "Traslados", "Traslado", problems);
        List<Cfdi.Tax> withheld = taxes(taxes, "Retenciones", "Retencion", problems);
        List<String> concepts = new ArrayList<>();
        Element conceptos = child(root, CFDI_NAMESPACE, "Conceptos");
        if (conceptos != null) {
            for (Element concepto : children(conceptos, CFDI_NAMESPACE, "Concepto")) {
                String description = concepto.getAttribute("Descripcion").strip();
                if (!description.isEmpty()) {
                    concepts.add(description);
                }
            }
        }
        if (concepts.isEmpty()) {
            problems.add("El CFDI no tiene ningún Concepto con Descripcion.");
        }
        String uuid = timbre == null ? null : upper(required(timbre, "UUID", "TimbreFiscalDigital", problems));
        LocalDateTime stampedAt = timbre == null ? null : dateTime(timbre, "FechaTimbrado", "TimbreFiscalDigital", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Cfdi(version, blankToNull(root.getAttribute("Serie")), blankToNull(root.getAttribute("Folio")),
                issuedAt, subtotal, discount, total, currency, type, seal, issuerParty, receiverParty,
                transferredTotal, withheldTotal, transferred, withheld, List.copyOf(concepts), uuid, stampedAt);
    }

    private static Document document(byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            // The default handler prints parse errors to stderr; the message below says it in Spanish.
            builder.setErrorHandler(new DefaultHandler());
            return builder.parse(new ByteArrayInputStream(xml));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The JDK's XML parser lacks a secure-processing feature", e);
        } catch (SAXParseException e) {
            if (String.valueOf(e.getMessage()).contains("DOCTYPE")) {
                throw new InvalidInputException("El archivo XML contiene una declaración DOCTYPE, que un CFDI no "
                        + "lleva: por seguridad no se procesa.");
            }
            throw new InvalidInputException("El archivo no es un XML bien formado (renglón " + e.getLineNumber()
                    + "): no es un CFDI válido.");
        } catch (SAXException | IOException e) {
            throw new InvalidInputException("El archivo no es un XML bien formado: no es un CFDI válido.");
        }
    }

    /** Complemento/tfd:TimbreFiscalDigital, version 1.1. */
    private static Element timbre(Element root) {
        Element complemento = child(root, CFDI_NAMESPACE, "Complemento");
        if (complemento == null) {
            return null;
        }
        Element timbre = child(complemento, TIMBRE_NAMESPACE, "TimbreFiscalDigital");
        return timbre != null && "1.1".equals(timbre.getAttribute("Version")) ? timbre : null;
    }

    private static List<Cfdi.Tax> taxes(Element impuestos, String group, String item, List<String> problems) {
        List<Cfdi.Tax> taxes = new ArrayList<>();
        Element node = impuestos == null ? null : child(impuestos, CFDI_NAMESPACE, group);
        if (node != null) {
            for (Element tax : children(node, CFDI_NAMESPACE, item)) {
                taxes.add(new Cfdi.Tax(tax.getAttribute("Impuesto"), blankToNull(tax.getAttribute("TipoFactor")),
                        amount(tax, "TasaOCuota", item, false, problems), amount(tax, "Importe", item, true, problems)));
            }
        }
        return List.copyOf(taxes);
    }

    private static Element child(Element parent, String namespace, String name) {
        List<Element> found = children(parent, namespace, name);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<Element> children(Element parent, String namespace, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element e && name.equals(e.getLocalName()) && namespace.equals(e.getNamespaceURI())) {
                found.add(e);
            }
        }
        return found;
    }

    private static String required(Element element, String attribute, String node, List<String> problems) {
        String value = element.getAttribute(attribute).strip();
        if (value.isEmpty()) {
            problems.add("Falta el atributo " + attribute + " del nodo " + node + " del CFDI.");
            return null;
        }
        return value;
    }

    private static BigDecimal amount(Element element, String attribute, String node, boolean required,
                                     List<String> problems) {
        String value = element.getAttribute(attribute).strip();
        if (value.isEmpty()) {
            if (required) {
                problems.add("Falta el atributo " + attribute + " del nodo " + node + " del CFDI.");
            }
            return BigDecimal.ZERO;
        }
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            problems.add("El atributo " + attribute + " del nodo " + node + " del CFDI no es un importe: «" + value + "».");
            return BigDecimal.ZERO;
        }
    }

    private static LocalDateTime dateTime(Element element, String attribute, String node, List<String> problems) {
        String value = required(element, attribute, node, problems);
        if (value == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(value);
        } catch (DateTimeParseException e) {
            problems.add("El atributo " + attribute + " del nodo " + node + " del CFDI no es una fecha "
                    + "AAAA-MM-DDThh:mm:ss: «" + value + "».");
            return null;
        }
    }

    private static String upper(String value) {
        return value == null ? null : value.toUpperCase(java.util.Locale.ROOT);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
