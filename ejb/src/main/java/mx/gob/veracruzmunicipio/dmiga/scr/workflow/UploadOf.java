package mx.gob.veracruzmunicipio.dmiga.scr.workflow;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * The files an {@link Upload} component accepts: its extensions and its largest size. The form
 * offers only these ({@code accept}) and the engine's Bean Validation refuses anything else, in
 * Spanish, naming the field and the file.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.METHOD, ElementType.FIELD, ElementType.PARAMETER})
@Constraint(validatedBy = UploadOfValidator.class)
public @interface UploadOf {

    /** Extensions without the dot, lower case: {"xml"}, {"pdf"}. */
    String[] extensions();

    long maxBytes();

    /** The field as the message names it. */
    String label();

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
