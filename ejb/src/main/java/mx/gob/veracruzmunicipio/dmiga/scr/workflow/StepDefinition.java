package mx.gob.veracruzmunicipio.dmiga.scr.workflow;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import mx.gob.veracruzmunicipio.dmiga.scr.account.Role;

/**
 * A step of a procedure as the manual states it: its number, activity, responsible role and work
 * document; the actions available there; its SLA target in business time; and whether the report
 * waits there on someone outside the directorate (then the SLA clock stops).
 */
public record StepDefinition(String id, String activity, Role role, Set<Role> delegates, String document,
                             Duration target, boolean waitsOutside, List<ActionDefinition<?>> actions) {

    public Optional<ActionDefinition<?>> action(String key) {
        return actions.stream().filter(a -> a.key().equals(key)).findFirst();
    }

    /** The responsible role, or a machine client acting for it (Cero Papel signs for the areas). */
    public boolean mayBeTakenBy(Role candidate) {
        return role == candidate || delegates.contains(candidate);
    }
}
