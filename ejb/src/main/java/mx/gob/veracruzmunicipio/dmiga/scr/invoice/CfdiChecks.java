package mx.gob.veracruzmunicipio.dmiga.scr.invoice;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The checks of a parsed CFDI that need nothing but the CFDI and the city hall's RFC: receiver,
 * RFC formats, type of comprobante and whether its amounts add up. Problems refuse the invoice;
 * warnings are recorded with it (an RFC whose check digit does not match can still be real: SAT
 * has issued some).
 */
public final class CfdiChecks {

    /** SAT lets each amount be rounded on its own; the sum may be off by a centavo. */
    static final BigDecimal TOLERANCE = new BigDecimal("0.01");

    private CfdiChecks() {
    }

    public record Findings(List<String> problems, List<String> warnings) {
    }

    public static Findings check(Cfdi cfdi, String cityHallRfc) {
        List<String> problems = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        rfc("emisor", cfdi.issuer().rfc(), problems, warnings);
        rfc("receptor", cfdi.receiver().rfc(), problems, warnings);
        if (!cfdi.receiver().rfc().equals(cityHallRfc)) {
            problems.add("El RFC del receptor " + cfdi.receiver().rfc() + " no es el del Ayuntamiento (" + cityHallRfc
                    + "): devuelva la factura al proveedor.");
        }
        if (!"I".equals(cfdi.type())) {
            problems.add("El CFDI es de tipo " + cfdi.type() + "; solo se pagan CFDI de tipo I (ingreso).");
        }
        BigDecimal expected = cfdi.subtotal().subtract(cfdi.discount()).add(cfdi.transferredTaxes())
                .subtract(cfdi.withheldTaxes());
        if (expected.subtract(cfdi.total()).abs().compareTo(TOLERANCE) > 0) {
            problems.add("Los importes del CFDI no cuadran: SubTotal " + cfdi.subtotal().toPlainString()
                    + " − Descuento " + cfdi.discount().toPlainString() + " + impuestos trasladados "
                    + cfdi.transferredTaxes().toPlainString() + " − impuestos retenidos "
                    + cfdi.withheldTaxes().toPlainString() + " = " + expected.toPlainString() + ", pero el Total es "
                    + cfdi.total().toPlainString() + ": devuelva la factura al proveedor.");
        }
        return new Findings(List.copyOf(problems), List.copyOf(warnings));
    }

    private static void rfc(String party, String rfc, List<String> problems, List<String> warnings) {
        if (!Rfc.wellFormed(rfc)) {
            problems.add("El RFC del " + party + " " + rfc + " no tiene un formato válido: 12 caracteres (persona "
                    + "moral) o 13 (persona física): 3 o 4 letras, la fecha AAMMDD y la homoclave de 3 caracteres.");
        } else if (!Rfc.checkDigitMatches(rfc)) {
            warnings.add("El dígito verificador del RFC del " + party + " " + rfc + " no coincide con el calculado ("
                    + Rfc.expectedCheckDigit(rfc) + "); confirme el RFC en la constancia de situación fiscal.");
        }
    }
}
