package mx.gob.veracruzmunicipio.dmiga.scr.account;

import java.util.Locale;

import mx.gob.veracruzmunicipio.dmiga.scr.platform.InvalidInputException;

/**
 * How strong a new password must be, wherever one is set (an account created or reset by the
 * ADMIN, or changed by its holder): at least 10 characters, letters and digits, and not the
 * username inside it.
 */
final class PasswordRule {

    static final int MINIMUM_LENGTH = 10;
    static final String MESSAGE = "La contraseña debe tener al menos " + MINIMUM_LENGTH
            + " caracteres, con letras y números, y no debe contener el nombre de usuario.";

    private PasswordRule() {
    }

    static void require(String username, char[] password) {
        if (!isStrong(username, password)) {
            throw new InvalidInputException(MESSAGE);
        }
    }

    static boolean isStrong(String username, char[] password) {
        if (password == null || password.length < MINIMUM_LENGTH) {
            return false;
        }
        String text = new String(password);
        boolean letter = text.codePoints().anyMatch(Character::isLetter);
        boolean digit = text.codePoints().anyMatch(Character::isDigit);
        boolean containsUsername = username != null && !username.isBlank()
                && text.toLowerCase(Locale.ROOT).contains(username.strip().toLowerCase(Locale.ROOT));
        return letter && digit && !containsUsername;
    }
}
