package mx.gob.veracruzmunicipio.dmiga.scr.platform;

import java.util.Locale;

/**
 * How this server runs, from the {@code scr.mode} setting (environment variable {@code SCR_MODE}).
 * Development seeds the demo accounts; production seeds nothing and refuses demo passwords.
 */
public enum RunMode {
    DEVELOPMENT,
    PRODUCTION;

    public static RunMode parse(String value) {
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(
                    "scr.mode (SCR_MODE) debe ser 'development' o 'production', no '" + value + "'.", e);
        }
    }
}
