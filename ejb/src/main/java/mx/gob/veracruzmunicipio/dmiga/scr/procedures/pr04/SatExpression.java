package mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr04;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The "expresión impresa" SAT's ConsultaCFDIService takes for a CFDI, the text of its QR code:
 * {@code ?id=UUID&re=RFC_EMISOR&rr=RFC_RECEPTOR&tt=TOTAL&fe=ULTIMOS_8_DEL_SELLO}.
 */
public final class SatExpression {

    private SatExpression() {
    }

    /** The expression of an invoice; {@code fe} is left out while the Sello's tail is unknown. */
    public static String of(String uuid, String issuerRfc, String receiverRfc, BigDecimal total, String sealTail) {
        return "?id=" + uuid + "&re=" + rfc(issuerRfc) + "&rr=" + rfc(receiverRfc) + "&tt=" + total(total)
                + (sealTail == null || sealTail.isBlank() ? "" : "&fe=" + sealTail.strip());
    }

    static String of(PaymentOrder order) {
        return of(order.getInvoiceUuid(), order.getIssuerRfc(), order.getReceiverRfc(), order.getInvoiceTotal(),
                order.getInvoiceSealTail());
    }

    /**
     * The total as SAT writes it: at most 6 decimals, no trailing zeros, but at least one decimal
     * (1160 is 1160.0, 1160.50 is 1160.5).
     */
    public static String total(BigDecimal total) {
        BigDecimal stripped = total.setScale(6, RoundingMode.HALF_UP).stripTrailingZeros();
        return (stripped.scale() < 1 ? stripped.setScale(1) : stripped).toPlainString();
    }

    /** An RFC may hold "&" (and Ñ): SAT takes the ampersand escaped, as in the CFDI's XML. */
    static String rfc(String rfc) {
        return rfc.strip().replace("&", "&amp;");
    }
}
