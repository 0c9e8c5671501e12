package mx.gob.veracruzmunicipio.dmiga.scr.catalog;

import java.util.Locale;

/** Catalog codes: what people type is matched case-insensitively, so codes are kept upper case. */
final class Codes {

    static final String PATTERN = "[A-Z0-9][A-Z0-9.-]{0,19}";

    private Codes() {
    }

    static String normalize(String code) {
        return code == null ? null : code.strip().toUpperCase(Locale.ROOT);
    }
}
