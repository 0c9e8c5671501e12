package mx.gob.veracruzmunicipio.dmiga.scr.invoice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import mx.gob.veracruzmunicipio.dmiga.scr.platform.InvalidInputException;

class CfdiParserTest {

    static byte[] sample(String name) throws IOException {
        try (InputStream in = CfdiParserTest.class.getResourceAsStream("/cfdi/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void readsTheComprobanteItsPartiesTaxesAndTimbre() throws IOException {
        Cfdi cfdi = CfdiParser.parse(sample("valida.xml"));

        assertEquals("4.0", cfdi.version());
        assertEquals("TEL-1001", cfdi.seriesAndFolio());
        assertEquals(LocalDateTime.of(2026, 11, 3, 10, 15), cfdi.issuedAt());
        assertEquals(new BigDecimal("1000.00"), cfdi.subtotal());
        assertEquals(BigDecimal.ZERO, cfdi.discount());
        assertEquals(new BigDecimal("1160.00"), cfdi.total());
        assertEquals("MXN", cfdi.currency());
        assertEquals("I", cfdi.type());
        assertEquals("RWZHaA==", cfdi.sealTail(), "the last 8 characters of the Sello");
        assertEquals(new Cfdi.Party("TMX850101AB1", "TELEFONOS DE MEXICO", "601"), cfdi.issuer());
        assertEquals(new Cfdi.Party("MVE850101AB8", "MUNICIPIO DE VERACRUZ", "G03"), cfdi.receiver());
        assertEquals(new BigDecimal("160.00"), cfdi.transferredTaxes());
        assertEquals(BigDecimal.ZERO, cfdi.withheldTaxes());
        assertEquals(List.of(new Cfdi.Tax("002", "Tasa", new BigDecimal("0.160000"), new BigDecimal("160.00"))),
                cfdi.transferred());
        assertEquals(List.of("Servicio telefónico línea 229-000-0001, noviembre 2026"), cfdi.concepts());
        assertEquals("5A1B2C3D-4E5F-4A6B-8C7D-9E0F1A2B3C4D", cfdi.uuid());
        assertEquals(LocalDateTime.of(2026, 11, 3, 10, 16, 30), cfdi.stampedAt());
    }

    @Test
    void readsDiscountAndWithheldTaxes() throws IOException {
        Cfdi cfdi = CfdiParser.parse(sample("valida-con-retenciones.xml"));

        assertEquals(new BigDecimal("100.00"), cfdi.discount());
        assertEquals(new BigDecimal("144.00"), cfdi.transferredTaxes());
        assertEquals(new BigDecimal("90.00"), cfdi.withheldTaxes());
        assertEquals(List.of(new Cfdi.Tax("001", null, BigDecimal.ZERO, new BigDecimal("90.00"))), cfdi.withheld());
    }

    @Test
    void aDoctypeIsRefusedBeforeAnyEntityIsResolved() throws IOException {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> CfdiParser.parse(sample("doctype-xxe.xml")));

        assertEquals(List.of("El archivo XML contiene una declaración DOCTYPE, que un CFDI no lleva: por seguridad "
                + "no se procesa."), refused.messages());
    }

    @Test
    void anInternalEntityExpansionIsRefusedToo() {
        String billionLaughs = "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY a \"aaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]>"
                + "<a>&b;</a>";
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> CfdiParser.parse(billionLaughs.getBytes(StandardCharsets.UTF_8)));
        assertTrue(refused.getMessage().contains("DOCTYPE"), refused.getMessage());
    }

    @Test
    void aCfdi33IsNotA40() throws IOException {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> CfdiParser.parse(sample("version-33.xml")));

        assertEquals(List.of("El archivo XML no es un CFDI versión 4.0 (indica la versión 3.3): se requiere el "
                + "Comprobante del espacio de nombres http://www.sat.gob.mx/cfd/4."), refused.messages());
    }

    @Test
    void somethingThatIsNotXmlIsRefusedInSpanish() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> CfdiParser.parse("%PDF-1.4 no es XML".getBytes(StandardCharsets.US_ASCII)));
        assertTrue(refused.getMessage().startsWith("El archivo no es un XML bien formado"), refused.getMessage());
    }

    @Test
    void aCfdiWithoutTimbreOrEmisorListsWhatIsMissing() throws IOException {
        String xml = new String(sample("valida.xml"), StandardCharsets.UTF_8)
                .replaceAll("(?s)<cfdi:Complemento>.*</cfdi:Complemento>", "")
                .replaceAll("<cfdi:Emisor [^>]*/>", "")
                .replace(" Moneda=\"MXN\"", "");
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> CfdiParser.parse(xml.getBytes(StandardCharsets.UTF_8)));

        assertEquals(List.of("El CFDI no tiene el nodo Emisor.",
                "El CFDI no está timbrado: falta el TimbreFiscalDigital 1.1 en el Complemento.",
                "Falta el atributo Moneda del nodo Comprobante del CFDI."), refused.messages());
    }
}
