package mx.gob.veracruzmunicipio.dmiga.scr.platform;

import java.lang.annotation.ElementType;
import java.util.Comparator;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

/**
 * Bean Validation in front of every write: all violations at once, in Spanish, in a stable order.
 * What it validates is input (records and forms), never a JPA entity, so every property is
 * reachable: the default resolver would ask JPA whether each one is loaded, which cost nearly half
 * of the validation of an incoming oficio.
 */
@ApplicationScoped
public class InputValidation {

    private static final TraversableResolver INPUT_IS_ALL_LOADED = new TraversableResolver() {
        @Override
        public boolean isReachable(Object bean, Path.Node property, Class<?> rootType, Path path, ElementType type) {
            return true;
        }

        @Override
        public boolean isCascadable(Object bean, Path.Node property, Class<?> rootType, Path path, ElementType type) {
            return true;
        }
    };

    @Inject
    ValidatorFactory factory;

    private Validator validator;

    @PostConstruct
    void useInputResolver() {
        validator = factory.usingContext().traversableResolver(INPUT_IS_ALL_LOADED).getValidator();
    }

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
