package mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr04;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/** How invoice identifiers and amounts are written and compared. */
final class Invoices {

    /** SAT's RFC, as the provider catalog accepts it (upper case is normalized before matching). */
    static final String RFC_PATTERN = "\\s*[A-Za-zÑñ&]{3,4}[0-9]{6}[A-Za-z0-9]{3}\\s*";

    /** The CFDI's folio fiscal: a UUID as the timbre prints it. */
    static final String UUID_PATTERN = "\\s*[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}\\s*";

    private static final Locale MEXICO = Locale.forLanguageTag("es-MX");

    private Invoices() {
    }

    /** RFCs and UUIDs are compared upper case and trimmed, whatever was typed or parsed. */
    static String normalize(String identifier) {
        return identifier == null ? null : identifier.strip().toUpperCase(Locale.ROOT);
    }

    /** Amounts are stored with centavos; validation has already refused more decimals. */
    static BigDecimal pesos(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** A CFDI's amount to the centavo the order keeps (SAT rounds half up). */
    static BigDecimal centavos(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    /** A CFDI's text cut to its column: the XML is the full record, kept with the order. */
    static String limit(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }

    static String format(BigDecimal amount) {
        return NumberFormat.getCurrencyInstance(MEXICO).format(amount);
    }
}
