package mx.gob.veracruzmunicipio.dmiga.scr.platform;

import java.util.List;

import jakarta.ejb.ApplicationException;

/**
 * Input refused before anything is stored: each message is a Spanish sentence for the user, naming
 * the field at fault. Rolls the transaction back and reaches the caller unwrapped.
 */
@ApplicationException(rollback = true)
public class InvalidInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<String> messages;

    public InvalidInputException(List<String> messages) {
        super(String.join(" ", messages));
        this.messages = List.copyOf(messages);
    }

    public InvalidInputException(String message) {
        this(List.of(message));
    }

    public List<String> messages() {
        return messages;
    }
}
