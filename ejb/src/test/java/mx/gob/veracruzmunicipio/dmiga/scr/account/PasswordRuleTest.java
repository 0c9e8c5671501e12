package mx.gob.veracruzmunicipio.dmiga.scr.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import mx.gob.veracruzmunicipio.dmiga.scr.platform.InvalidInputException;

class PasswordRuleTest {

    @Test
    void tenCharactersWithLettersAndDigitsAreEnough() {
        assertTrue(PasswordRule.isStrong("lmendez", "Veracruz2026".toCharArray()));
        assertTrue(PasswordRule.isStrong("lmendez", "clave de 10 dígitos 7".toCharArray()));
    }

    @Test
    void shortOrSingleKindOrContainingTheUsernameIsWeak() {
        assertFalse(PasswordRule.isStrong("lmendez", "Clave-1".toCharArray()));
        assertFalse(PasswordRule.isStrong("lmendez", "solamenteletras".toCharArray()));
        assertFalse(PasswordRule.isStrong("lmendez", "1234567890123".toCharArray()));
        assertFalse(PasswordRule.isStrong("lmendez", "LMendez-2026".toCharArray()));
        assertFalse(PasswordRule.isStrong("lmendez", null));
    }

    @Test
    void theRefusalExplainsTheRuleInSpanish() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> PasswordRule.require("lmendez", "demo".toCharArray()));

        assertEquals(List.of("La contraseña debe tener al menos 10 caracteres, con letras y números, y no debe "
                + "contener el nombre de usuario."), refused.messages());
    }
}
