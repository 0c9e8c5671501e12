package mx.gob.veracruzmunicipio.dmiga.scr.invoice;

import java.util.regex.Pattern;

/** SAT's RFC: its format and its check digit (the homoclave's last character). */
public final class Rfc {

    /** 3 letters for a company (12 characters) or 4 for a person (13), the date YYMMDD, 3 of homoclave. */
    private static final Pattern FORMAT = Pattern.compile("[A-ZÑ&]{3,4}[0-9]{6}[A-Z0-9]{3}");
    /** The check digit's table: each character's value is its position. */
    private static final String VALUES = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ";

    private Rfc() {
    }

    public static boolean wellFormed(String rfc) {
        return rfc != null && FORMAT.matcher(rfc).matches();
    }

    /**
     * The check digit SAT's algorithm gives for a well-formed RFC: a company's RFC is padded with a
     * leading blank to 13; each of the first 12 characters weighs 13 down to 2; modulo 11.
     */
    public static char expectedCheckDigit(String rfc) {
        String padded = rfc.length() == 12 ? " " + rfc : rfc;
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += VALUES.indexOf(padded.charAt(i)) * (13 - i);
        }
        int remainder = sum % 11;
        if (remainder == 0) {
            return '0';
        }
        int digit = 11 - remainder;
        return digit == 10 ? 'A' : (char) ('0' + digit);
    }

    public static boolean checkDigitMatches(String rfc) {
        return rfc.charAt(rfc.length() - 1) == expectedCheckDigit(rfc);
    }
}
