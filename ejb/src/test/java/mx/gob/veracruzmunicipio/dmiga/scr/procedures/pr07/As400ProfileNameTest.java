package mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr07;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import mx.gob.veracruzmunicipio.dmiga.scr.platform.InvalidInputException;

class As400ProfileNameTest {

    private static final Predicate<String> NONE_TAKEN = name -> false;

    @Test
    void theManualsExample() {
        assertEquals("NOHEMIV", As400ProfileName.suggest("Nohemí", "Vidal", NONE_TAKEN));
    }

    @ParameterizedTest
    @CsvSource({
            "Ñoño, Núñez, NONON",
            "María José, Fernández, MARIAF",
            "  José   Luis , Ávila, JOSEA",
            "Íñigo, Ortega, INIGOO",
            "Raúl, Ñuñez, RAULN",
            "Agüeda, Úrsulo, AGUEDAU",
            "ángel, álvarez, ANGELA",
            "D'Artagnan, Ruiz, DARTAGNANR",
            "Eva, O'Neill, EVAO",
            "Ana-Luisa, Pérez, ANALUISAP"})
    void accentsTildesAndSymbolsAreFoldedAndOnlyTheFirstGivenNameCounts(String given, String surname,
            String expected) {
        assertEquals(expected, As400ProfileName.suggest(given, surname, NONE_TAKEN));
    }

    @Test
    void aGivenNameTooLongIsCutSoTheSurnameInitialStillFits() {
        // Twelve letters: nine of them plus the initial make the ten the AS/400 allows.
        assertEquals("HERMENEGIG", As400ProfileName.suggest("Hermenegildo", "Galindo", NONE_TAKEN));
        assertEquals("MAXIMILIAR", As400ProfileName.suggest("Maximiliano", "Rosas", NONE_TAKEN));
        assertEquals("GUADALUPEM", As400ProfileName.suggest("Guadalupe", "Morales", NONE_TAKEN));
    }

    @Test
    void aClashGetsTheFirstFreeDigitSuffix() {
        Set<String> taken = new HashSet<>(Set.of("NOHEMIV"));
        assertEquals("NOHEMIV1", As400ProfileName.suggest("Nohemí", "Vidal", taken::contains));

        taken.add("NOHEMIV1");
        assertEquals("NOHEMIV2", As400ProfileName.suggest("Nohemí", "Vidal", taken::contains));

        // A gap is reused: the first free name wins.
        taken.remove("NOHEMIV1");
        taken.add("NOHEMIV2");
        assertEquals("NOHEMIV1", As400ProfileName.suggest("Nohemí", "Vidal", taken::contains));
    }

    @Test
    void aSuffixCutsTheBaseToStayWithinTenCharacters() {
        Set<String> taken = new HashSet<>(Set.of("HERMENEGIG"));
        assertEquals("HERMENEGI1", As400ProfileName.suggest("Hermenegildo", "Galindo", taken::contains));

        for (int n = 1; n <= 9; n++) {
            taken.add("HERMENEGI" + n);
        }
        assertEquals("HERMENEG10", As400ProfileName.suggest("Hermenegildo", "Galindo", taken::contains));
    }

    @Test
    void theTakenCheckSeesUpperCaseCandidatesInOrder() {
        List<String> asked = new ArrayList<>();
        String name = As400ProfileName.suggest("luis", "gómez", candidate -> {
            asked.add(candidate);
            return asked.size() < 3;
        });

        assertEquals(List.of("LUISG", "LUISG1", "LUISG2"), asked);
        assertEquals("LUISG2", name);
    }

    @Test
    void everySuggestionIsAValidOverride() {
        Set<String> taken = new HashSet<>();
        for (int i = 0; i < 30; i++) {
            String name = As400ProfileName.suggest("Hermenegildo", "Galindo", taken::contains);
            assertEquals(List.of(), As400ProfileName.problems(name), name);
            assertTrue(taken.add(name), "suggested twice: " + name);
        }
    }

    @Test
    void aNameWithoutLettersIsRefusedInSpanish() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> As400ProfileName.suggest(" ", "123", NONE_TAKEN));

        assertEquals(List.of(
                "El nombre del empleado debe empezar con una letra para formar el nombre de perfil del AS/400.",
                "El primer apellido del empleado debe empezar con una letra para formar el nombre de perfil del AS/400."),
                refused.messages());
        assertThrows(InvalidInputException.class, () -> As400ProfileName.suggest(null, "Vidal", NONE_TAKEN));
        assertThrows(InvalidInputException.class, () -> As400ProfileName.suggest("2Pac", "Shakur", NONE_TAKEN));
    }

    @ParameterizedTest
    @ValueSource(strings = {"NOHEMIV", "A", "ABCDEFGHIJ", "J$#@_9", "X123456789"})
    void validOverridesHaveNoProblems(String name) {
        assertEquals(List.of(), As400ProfileName.problems(name));
    }

    @Test
    void anEmptyOverrideIsRequired() {
        assertEquals(List.of("El nombre de perfil es obligatorio."), As400ProfileName.problems(null));
        assertEquals(List.of("El nombre de perfil es obligatorio."), As400ProfileName.problems(""));
    }

    @Test
    void anOverrideTooLongIsRefused() {
        assertEquals(List.of("El nombre de perfil admite como máximo 10 caracteres; tiene 11."),
                As400ProfileName.problems("HERMENEGILG"));
    }

    @Test
    void anOverrideMustStartWithALetter() {
        assertEquals(List.of("El nombre de perfil debe empezar con una letra (A-Z)."),
                As400ProfileName.problems("1NOHEMI"));
        assertEquals(List.of("El nombre de perfil debe empezar con una letra (A-Z)."),
                As400ProfileName.problems("_NOHEMI"));
    }

    @Test
    void anOverrideInLowerCaseIsRefused() {
        assertEquals(List.of("El nombre de perfil debe escribirse en mayúsculas."),
                As400ProfileName.problems("NohemiV"));
    }

    @Test
    void accentsTildesSpacesAndOtherSymbolsAreNamed() {
        assertEquals(List.of("El nombre de perfil contiene caracteres no permitidos: «Í», «Ñ». Solo se admiten "
                        + "letras de la A a la Z sin acentos ni Ñ, dígitos y los símbolos $ # @ _."),
                As400ProfileName.problems("NOHÍMIÑ"));
        assertEquals(List.of("El nombre de perfil contiene caracteres no permitidos: « », «-». Solo se admiten "
                        + "letras de la A a la Z sin acentos ni Ñ, dígitos y los símbolos $ # @ _."),
                As400ProfileName.problems("ANA LU-IS"));
    }

    @Test
    void everyProblemIsListedAtOnce() {
        List<String> problems = As400ProfileName.problems("9nohemí vidal");

        assertEquals(4, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("como máximo 10 caracteres; tiene 13"));
        assertTrue(problems.get(1).contains("empezar con una letra"));
        assertTrue(problems.get(2).contains("mayúsculas"));
        assertTrue(problems.get(3).contains("«í», « »"));
    }
}
