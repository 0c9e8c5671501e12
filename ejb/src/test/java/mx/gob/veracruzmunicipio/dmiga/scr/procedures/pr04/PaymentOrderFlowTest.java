package mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr04;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import mx.gob.veracruzmunicipio.dmiga.scr.account.Role;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ProcedureKey;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ActionDefinition;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ProcedureDefinition;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Procedures;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Route;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.StepDefinition;

/** The definition of PR-DMIGA-04 builds, is registered, and has no step the intake cannot reach. */
class PaymentOrderFlowTest {

    private final ProcedureDefinition definition = PaymentOrderFlow.DEFINITION;

    @Test
    void theDefinitionBuildsInTheManualsOrderAndIsRegistered() {
        assertSame(definition, Procedures.of(ProcedureKey.PR_DMIGA_04));
        assertEquals(List.of("1", "1A", "1B", "2", "3", "3A", "4", "5", "6", "7", "8", "9", "10", "11", "13"),
                definition.steps().stream().map(StepDefinition::id).toList());
        assertEquals("1", definition.intake().id());
        assertTrue(definition.intake().mayBeTakenBy(Role.CERO_PAPEL_CLIENT));
    }

    @Test
    void everyStepIsReachableFromTheIntakeAndTheEndIsReachable() {
        Set<String> reached = new LinkedHashSet<>();
        Deque<String> pending = new ArrayDeque<>(List.of(definition.intake().id()));
        boolean endReached = false;
        while (!pending.isEmpty()) {
            String id = pending.pop();
            if (!reached.add(id)) {
                continue;
            }
            for (ActionDefinition<?> action : definition.step(id).actions()) {
                for (Route<?> route : action.routes()) {
                    if (route.isEnd()) {
                        endReached = true;
                    } else {
                        pending.push(route.target());
                    }
                }
            }
        }
        assertEquals(definition.steps().stream().map(StepDefinition::id).collect(java.util.stream.Collectors.toSet()),
                reached);
        assertTrue(endReached);
    }

    @Test
    void everyRejectionGoesBackToTheCorrectionAndTheCorrectionPassesTheWholeChainAgain() {
        for (String review : List.of("3A", "4", "7", "10", "11")) {
            List<String> targets = definition.step(review).actions().get(0).routes().stream()
                    .map(Route::target).toList();
            assertEquals(PaymentOrderFlow.CORRECTION_STEP, targets.get(targets.size() - 1), review);
        }
        // 3 leads only to the Director's signature, which leads only to Adquisiciones.
        assertEquals(List.of("3A"), definition.step("3").actions().get(0).routes().stream().map(Route::target).toList());
        assertEquals("4", definition.step("3A").actions().get(0).routes().get(0).target());
    }

    @Test
    void everyStepHasAnSlaExceptTheWaitForTheProvider() {
        for (StepDefinition step : definition.steps()) {
            assertTrue(step.target().compareTo(Duration.ZERO) > 0, step.id());
            assertEquals(step.id().equals("1B"), step.waitsOutside(), step.id());
        }
        assertEquals(Role.PRESUPUESTOS, definition.step("10").role());
        assertEquals(Role.EGRESOS, definition.step("13").role());
    }
}
