package mx.gob.veracruzmunicipio.dmiga.scr.workflow;

import java.util.Arrays;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks an {@link Upload} against its {@link UploadOf}; an absent file is @NotNull's business. */
public class UploadOfValidator implements ConstraintValidator<UploadOf, Upload> {

    private UploadOf rule;

    @Override
    public void initialize(UploadOf annotation) {
        rule = annotation;
    }

    @Override
    public boolean isValid(Upload upload, ConstraintValidatorContext context) {
        if (upload == null) {
            return true;
        }
        String problem = problem(rule, upload.fileName(), upload.size());
        if (problem == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(literal(problem)).addConstraintViolation();
        return false;
    }

    /**
     * What is wrong with a file of this name and size for the rule, or null. The web adapter asks
     * it before reading a file into memory, so an oversized one is refused unread.
     */
    public static String problem(UploadOf rule, String fileName, long size) {
        String extension = new Upload(fileName, null, null).extension();
        if (Arrays.stream(rule.extensions()).noneMatch(extension::equals)) {
            return "El archivo «" + fileName + "» de «" + rule.label() + "» debe ser de tipo "
                    + Arrays.stream(rule.extensions()).map(e -> "." + e).collect(Collectors.joining(" o ")) + ".";
        }
        if (size == 0) {
            return "El archivo «" + fileName + "» de «" + rule.label() + "» está vacío.";
        }
        if (size > rule.maxBytes()) {
            return "El archivo «" + fileName + "» de «" + rule.label() + "» mide " + size
                    + " bytes; se admiten como máximo " + rule.maxBytes() + " bytes.";
        }
        return null;
    }

    /** The file's name is the sender's text: never a message template. */
    private static String literal(String text) {
        return text.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
    }
}
