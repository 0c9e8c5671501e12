package mx.gob.veracruzmunicipio.dmiga.scr.platform;

import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

/** Bean Validation in front of every write: all violations at once, in Spanish, in a stable order. */
@ApplicationScoped
public class InputValidation {

    @Inject
    Validator validator;

    public <T> T require(T input) {
        List<String> messages = validator.validate(input).stream()
                .sorted(Comparator.comparing((ConstraintViolation<T> v) -> v.getPropertyPath().toString())
                        .thenComparing(ConstraintViolation::getMessage))
                .map(ConstraintViolation::getMessage)
                .toList();
        if (!messages.isEmpty()) {
            throw new InvalidInputException(messages);
        }
        return input;
    }
}
