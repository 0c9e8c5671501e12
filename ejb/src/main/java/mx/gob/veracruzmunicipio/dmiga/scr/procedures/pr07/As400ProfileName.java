package mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr07;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import mx.gob.veracruzmunicipio.dmiga.scr.platform.InvalidInputException;

/**
 * The AS/400 profile name of PR-DMIGA-07 step 6 (shared/spec/integration-contracts.md): the first
 * given name plus the first letter of the first surname, folded to what the AS/400 accepts.
 */
public final class As400ProfileName {

    public static final int MAXIMUM_LENGTH = 10;

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALLOWED = Pattern.compile("[^A-Z0-9$#@_]");
    private static final String ALLOWED_SYMBOLS = "$#@_";
    /** Far beyond any real clash; stops a predicate that says "taken" to everything. */
    private static final int MAXIMUM_SUFFIX = 99_999;

    private As400ProfileName() {
    }

    /**
     * The suggested profile name: {@code Nohemí Vidal} gives {@code NOHEMIV}. Only the first word of
     * a compound given name counts ({@code María José} is {@code MARIA}). A given name too long is
     * cut so the surname's initial still fits in ten characters. A name {@code taken} (an existing or
     * pending profile; it receives upper-case names) gets the first free digit suffix, the base cut
     * to fit: NOHEMIV1, NOHEMIV2…
     *
     * @throws InvalidInputException when a name or the surname has nothing the AS/400 can use
     */
    public static String suggest(String givenNames, String firstSurname, Predicate<String> taken) {
        Objects.requireNonNull(taken, "taken");
        String given = firstWord(givenNames);
        String surname = fold(firstSurname);
        List<String> problems = new ArrayList<>();
        if (given.isEmpty() || !isLetter(given.charAt(0))) {
            problems.add("El nombre del empleado debe empezar con una letra para formar el nombre de perfil del AS/400.");
        }
        if (surname.isEmpty() || !isLetter(surname.charAt(0))) {
            problems.add("El primer apellido del empleado debe empezar con una letra para formar el nombre de perfil "
                    + "del AS/400.");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }

        String base = cut(given, MAXIMUM_LENGTH - 1) + surname.charAt(0);
        if (!taken.test(base)) {
            return base;
        }
        for (int n = 1; n <= MAXIMUM_SUFFIX; n++) {
            String suffix = Integer.toString(n);
            String candidate = cut(base, MAXIMUM_LENGTH - suffix.length()) + suffix;
            if (!taken.test(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("No free AS/400 profile name derived from " + base);
    }

    /**
     * What is wrong with a profile name the programmer typed instead of the suggestion, in Spanish;
     * empty when the AS/400 accepts it.
     */
    public static List<String> problems(String profileName) {
        if (profileName == null || profileName.isEmpty()) {
            return List.of("El nombre de perfil es obligatorio.");
        }
        List<String> problems = new ArrayList<>();
        int length = profileName.codePointCount(0, profileName.length());
        if (length > MAXIMUM_LENGTH) {
            problems.add("El nombre de perfil admite como máximo " + MAXIMUM_LENGTH + " caracteres; tiene " + length
                    + ".");
        }
        if (!isLetter(profileName.charAt(0))) {
            problems.add("El nombre de perfil debe empezar con una letra (A-Z).");
        }
        if (profileName.codePoints().anyMatch(c -> c >= 'a' && c <= 'z')) {
            problems.add("El nombre de perfil debe escribirse en mayúsculas.");
        }
        Set<String> notAllowed = new LinkedHashSet<>();
        profileName.codePoints()
                .filter(c -> !(c >= 'a' && c <= 'z') && !isAllowed(c))
                .forEach(c -> notAllowed.add("«" + Character.toString(c) + "»"));
        if (!notAllowed.isEmpty()) {
            problems.add("El nombre de perfil contiene caracteres no permitidos: " + String.join(", ", notAllowed)
                    + ". Solo se admiten letras de la A a la Z sin acentos ni Ñ, dígitos y los símbolos "
                    + String.join(" ", ALLOWED_SYMBOLS.split("")) + ".");
        }
        return List.copyOf(problems);
    }

    /** Upper case, accents and tildes dropped (Í→I, Ñ→N, Ü→U), then everything else the AS/400 refuses. */
    static String fold(String text) {
        if (text == null) {
            return "";
        }
        String withoutMarks = COMBINING_MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        return NOT_ALLOWED.matcher(withoutMarks.toUpperCase(Locale.ROOT)).replaceAll("");
    }

    private static String firstWord(String givenNames) {
        if (givenNames == null) {
            return "";
        }
        for (String word : givenNames.strip().split("\\s+")) {
            String folded = fold(word);
            if (!folded.isEmpty()) {
                return folded;
            }
        }
        return "";
    }

    private static String cut(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }

    private static boolean isLetter(int c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isAllowed(int c) {
        return isLetter(c) || (c >= '0' && c <= '9') || ALLOWED_SYMBOLS.indexOf(c) >= 0;
    }
}
