package mx.gob.veracruzmunicipio.dmiga.scr.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import mx.gob.veracruzmunicipio.dmiga.scr.account.Role;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ProcedureKey;

/** Every registered procedure is a well-formed graph: reachable steps, an end, sane data types. */
class ProcedureDefinitionsTest {

    static Stream<ProcedureDefinition> definitions() {
        return Arrays.stream(ProcedureKey.values()).map(Procedures::find).flatMap(java.util.Optional::stream);
    }

    @ParameterizedTest
    @MethodSource("definitions")
    void everyStepIsReachableFromTheIntakeAndTheProcedureCanEnd(ProcedureDefinition definition) {
        Set<String> reached = new HashSet<>();
        boolean ends = false;
        Deque<String> pending = new ArrayDeque<>();
        pending.add(definition.intake().id());
        while (!pending.isEmpty()) {
            String id = pending.pop();
            if (!reached.add(id)) {
                continue;
            }
            for (ActionDefinition<?> action : definition.step(id).actions()) {
                for (Route<?> route : action.routes()) {
                    if (route.isEnd()) {
                        ends = true;
                    } else {
                        pending.add(route.target());
                    }
                }
            }
        }
        Set<String> all = new HashSet<>(definition.steps().stream().map(StepDefinition::id).toList());
        assertEquals(all, reached, definition.key().code() + ": unreachable steps");
        assertTrue(ends, definition.key().code() + " never ends");
    }

    @ParameterizedTest
    @MethodSource("definitions")
    void theIntakeHasOneActionAndCeroPapelOrTheSecretariaTakesIt(ProcedureDefinition definition) {
        StepDefinition intake = definition.intake();
        assertEquals(1, intake.actions().size(), definition.key().code());
        assertTrue(intake.mayBeTakenBy(Role.SECRETARIA) || intake.mayBeTakenBy(Role.CERO_PAPEL_CLIENT),
                definition.key().code());
    }

    @ParameterizedTest
    @MethodSource("definitions")
    void actionKeysAreUniqueWithinEachStep(ProcedureDefinition definition) {
        for (StepDefinition step : definition.steps()) {
            assertEquals(step.actions().size(), step.actions().stream().map(ActionDefinition::key).distinct().count(),
                    definition.key().code() + " step " + step.id());
        }
    }

    @Test
    void aRouteToAMissingStepIsRefusedWhenTheDefinitionIsBuilt() {
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> ProcedureDefinition
                .procedure(ProcedureKey.PR_DMIGA_06, "Prueba")
                .step("1", "Recibir", Role.SECRETARIA, "Oficio")
                    .action("RECIBIR", "Recibir", ActionData.Note.class).to("9")
                .build());
        assertTrue(refused.getMessage().contains("missing step 9"), refused.getMessage());
    }

    @Test
    void anOficioActionMustCarryTheOficioText() {
        assertThrows(IllegalStateException.class, () -> ProcedureDefinition
                .procedure(ProcedureKey.PR_DMIGA_06, "Prueba")
                .step("1", "Recibir", Role.SECRETARIA, "Oficio")
                    .action("RESPONDER", "Responder", ActionData.Note.class).sendsOficioTo(Recipient.AREA_SOLICITANTE));
    }

    @Test
    void atLeastTheReferenceProcedureIsRegistered() {
        assertFalse(definitions().toList().isEmpty());
    }
}
