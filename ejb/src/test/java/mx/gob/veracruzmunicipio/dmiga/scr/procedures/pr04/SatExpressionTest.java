package mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr04;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/** The expression SAT's CFDI verification takes, and how SCR reads SAT's answer. */
class SatExpressionTest {

    private static final String UUID = "5FB2822E-396D-4725-8521-CDC4BDD20CCF";

    @Test
    void theExpressionCarriesTheInvoiceInSatsOrder() {
        assertEquals("?id=" + UUID + "&re=TMX850101AB1&rr=MVE850101AB1&tt=1160.0&fe=Ae9Xq2==",
                SatExpression.of(UUID, "TMX850101AB1", "MVE850101AB1", new BigDecimal("1160.00"), "Ae9Xq2=="));
    }

    @Test
    void theTotalHasAtMostSixDecimalsWithoutTrailingZerosButAtLeastOne() {
        assertEquals("1160.0", SatExpression.total(new BigDecimal("1160")));
        assertEquals("1160.0", SatExpression.total(new BigDecimal("1160.00")));
        assertEquals("1160.5", SatExpression.total(new BigDecimal("1160.50")));
        assertEquals("1160.05", SatExpression.total(new BigDecimal("1160.05")));
        assertEquals("0.123457", SatExpression.total(new BigDecimal("0.1234567")));
        assertEquals("1000000.0", SatExpression.total(new BigDecimal("1.0E+6")));
        assertEquals("12.1", SatExpression.total(new BigDecimal("12.100000")));
    }

    @Test
    void anAmpersandOfAnRfcIsEscapedAndAnEnieIsKept() {
        assertEquals("?id=" + UUID + "&re=A&amp;B850101AB1&rr=MUÑ850101AB1&tt=99.9&fe=12345678",
                SatExpression.of(UUID, "A&B850101AB1", "MUÑ850101AB1", new BigDecimal("99.90"), "12345678"));
    }

    @Test
    void withoutTheSealTailTheExpressionHasNoFe() {
        assertEquals("?id=" + UUID + "&re=TMX850101AB1&rr=MVE850101AB1&tt=1.0",
                SatExpression.of(UUID, "TMX850101AB1", "MVE850101AB1", BigDecimal.ONE, null));
    }

    @Test
    void satsAnswerDecidesTheOutcome() {
        assertEquals(SatStatus.VIGENTE, SatAnswer.of("S - Comprobante obtenido satisfactoriamente.", "Vigente",
                "Cancelable sin aceptación", null, "200").outcome());
        assertEquals(SatStatus.CANCELADO, SatAnswer.of("S - Comprobante obtenido satisfactoriamente.", "Cancelado",
                "Cancelable sin aceptación", "Cancelado sin aceptación", "200").outcome());
        assertEquals(SatStatus.NO_ENCONTRADO, SatAnswer.of("N - 602: Comprobante no encontrado.", "No Encontrado",
                null, null, null).outcome());
        assertEquals(SatStatus.NO_ENCONTRADO, SatAnswer.of("N - 602: Comprobante no encontrado.", null,
                null, null, null).outcome());
        SatAnswer invalid = SatAnswer.of("N - 601: La expresión impresa proporcionada no es válida.", null, null,
                null, null);
        assertEquals(SatStatus.NO_DISPONIBLE, invalid.outcome());
        assertEquals("N - 601: La expresión impresa proporcionada no es válida.", invalid.statusCode());
    }
}
