package mx.gob.veracruzmunicipio.dmiga.scr.catalog;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/** Money in pesos with centavos, as the budget columns store it. */
final class Amounts {

    static final BigDecimal ZERO = new BigDecimal("0.00");
    private static final Locale MEXICO = Locale.forLanguageTag("es-MX");

    private Amounts() {
    }

    /** Null when the amount is missing, not positive or has fractions of a centavo. */
    static BigDecimal positiveInCentavos(BigDecimal amount) {
        if (amount == null || amount.signum() <= 0 || amount.stripTrailingZeros().scale() > 2) {
            return null;
        }
        return amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** "$1,234.50", as amounts are written in Mexico. */
    static String format(BigDecimal amount) {
        NumberFormat format = NumberFormat.getCurrencyInstance(MEXICO);
        return format.format(amount);
    }
}
