package mx.gob.veracruzmunicipio.dmiga.scr.invoice;

import static mx.gob.veracruzmunicipio.dmiga.scr.invoice.CfdiParserTest.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;

class CfdiChecksTest {

    private static final String CITY_HALL = "MVE850101AB8";

    private static CfdiChecks.Findings check(String file) throws IOException {
        return CfdiChecks.check(CfdiParser.parse(sample(file)), CITY_HALL);
    }

    @Test
    void aValidInvoicePassesAndOnlyWarnsOfTheIssuersCheckDigit() throws IOException {
        CfdiChecks.Findings findings = check("valida.xml");

        assertEquals(List.of(), findings.problems());
        assertEquals(List.of("El dígito verificador del RFC del emisor TMX850101AB1 no coincide con el calculado (9); "
                + "confirme el RFC en la constancia de situación fiscal."), findings.warnings());
    }

    @Test
    void amountsMayBeOffByOneCentavoOfRounding() throws IOException {
        assertEquals(List.of(), check("valida-con-retenciones.xml").problems());
    }

    @Test
    void anotherReceiverIsRefused() throws IOException {
        assertEquals(List.of("El RFC del receptor MBR850101AB7 no es el del Ayuntamiento (MVE850101AB8): devuelva la "
                + "factura al proveedor."), check("receptor-ajeno.xml").problems());
    }

    @Test
    void aMalformedRfcIsRefused() throws IOException {
        assertEquals(List.of("El RFC del emisor TMX8501AB1 no tiene un formato válido: 12 caracteres (persona moral) "
                + "o 13 (persona física): 3 o 4 letras, la fecha AAMMDD y la homoclave de 3 caracteres."),
                check("rfc-invalido.xml").problems());
    }

    @Test
    void amountsThatDoNotAddUpAreRefused() throws IOException {
        assertEquals(List.of("Los importes del CFDI no cuadran: SubTotal 1000.00 − Descuento 0 + impuestos trasladados "
                + "160.00 − impuestos retenidos 0 = 1160.00, pero el Total es 1200.00: devuelva la factura al "
                + "proveedor."), check("importes-no-cuadran.xml").problems());
    }

    @Test
    void onlyIncomeInvoicesArePaid() throws IOException {
        assertEquals(List.of("El CFDI es de tipo E; solo se pagan CFDI de tipo I (ingreso)."),
                check("tipo-egreso.xml").problems());
    }

    @Test
    void everyProblemIsReportedTogether() throws IOException {
        Cfdi wrong = CfdiParser.parse(sample("tipo-egreso.xml"));
        CfdiChecks.Findings findings = CfdiChecks.check(wrong, "OTRO850101AB1");
        assertEquals(2, findings.problems().size(), findings.problems().toString());
    }

    @Test
    void theCheckDigitFollowsSatsAlgorithm() {
        // SAT's published test RFCs and a person's RFC.
        assertTrue(Rfc.checkDigitMatches("EKU9003173C9"));
        assertTrue(Rfc.checkDigitMatches("XIA190128J61"));
        assertTrue(Rfc.checkDigitMatches("CACX7605101P8"));
        assertFalse(Rfc.checkDigitMatches("EKU9003173C1"));
        assertTrue(Rfc.wellFormed("MVE850101AB8"));
        assertFalse(Rfc.wellFormed("MVE85010AB8"));
    }
}
