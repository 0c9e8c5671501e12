package mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr07;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import mx.gob.veracruzmunicipio.dmiga.scr.account.Role;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ProcedureKey;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ActionDefinition;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ProcedureDefinition;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Procedures;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Recipient;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Route;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.StepDefinition;

/** The PR-DMIGA-07 definition builds, is registered, follows the spec's roles and has no dead ends. */
class As400UserFlowTest {

    // Reading DEFINITION runs build(): a route to a missing step or a step without actions fails here.
    private final ProcedureDefinition pr07 = As400UserFlow.DEFINITION;

    @Test
    void isRegisteredUnderItsKey() {
        assertEquals(ProcedureKey.PR_DMIGA_07, pr07.key());
        assertSame(pr07, Procedures.of(ProcedureKey.PR_DMIGA_07));
    }

    @Test
    void everyStepIsReachableFromTheFirstAndCanStillReachTheEnd() {
        Set<String> reached = reachableFrom(pr07.intake().id());
        reached.remove(Route.END);
        assertEquals(pr07.steps().stream().map(StepDefinition::id).collect(Collectors.toSet()), reached);
        for (StepDefinition step : pr07.steps()) {
            assertTrue(reachableFrom(step.id()).contains(Route.END), "step " + step.id());
        }
    }

    @Test
    void stepsFollowTheSpecsRolesInTheManualsOrder() {
        assertEquals(List.of("1", "2", "3", "4", "5", "6", "6A", "7"),
                pr07.steps().stream().map(StepDefinition::id).toList());
        assertEquals(Map.of("1", Role.SECRETARIA, "2", Role.SECRETARIA, "3", Role.DIRECTOR,
                "4", Role.SUBDIR_TECNOLOGIAS, "5", Role.DESARROLLO_COORD, "6", Role.PROGRAMADOR,
                "6A", Role.DESARROLLO_COORD, "7", Role.SECRETARIA), pr07.steps().stream()
                .collect(Collectors.toMap(StepDefinition::id, StepDefinition::role)));
        assertTrue(pr07.intake().mayBeTakenBy(Role.CERO_PAPEL_CLIENT));
    }

    @Test
    void onlyTheAs400StepWaitsOutsideAndTheIntegrationLayerMayTakeIt() {
        StepDefinition waiting = pr07.step("6A");
        assertTrue(waiting.waitsOutside());
        assertTrue(waiting.mayBeTakenBy(Role.AS400_CLIENT));
        assertFalse(waiting.mayBeTakenBy(Role.PROGRAMADOR));
        assertEquals(Set.of("6A"), pr07.steps().stream().filter(StepDefinition::waitsOutside)
                .map(StepDefinition::id).collect(Collectors.toSet()));
    }

    @Test
    void anAs400ErrorGoesBackToTheProgrammerAndSuccessToTheDelivery() {
        ActionDefinition<?> result = pr07.step("6A").action(As400UserFlow.RECORD_RESULT).orElseThrow();
        assertEquals(List.of("7", "6"), result.routes().stream().map(Route::target).toList());
        assertEquals("7", result.routeFor(null, new As400Result(As400Outcome.CREADO, null, null)).target());
        assertEquals("7", result.routeFor(null, new As400Result(As400Outcome.ELIMINADO, null, null)).target());
        assertEquals("6", result.routeFor(null, new As400Result(As400Outcome.ERROR, null, "CPF2214")).target());
    }

    @Test
    void onlyTheDeliveryEndsAndItRepliesToTheRequestingAreaByOficio() {
        List<ActionDefinition<?>> ending = pr07.steps().stream().flatMap(s -> s.actions().stream())
                .filter(a -> a.routes().stream().anyMatch(Route::isEnd)).toList();
        assertEquals(List.of(As400UserFlow.DELIVER), ending.stream().map(ActionDefinition::key).toList());
        assertEquals(Recipient.AREA_SOLICITANTE, ending.get(0).oficioTo());
    }

    @Test
    void everyStepHasAnSla() {
        for (StepDefinition step : pr07.steps()) {
            assertTrue(step.target().compareTo(Duration.ZERO) > 0, step.id());
            assertTrue(step.target().compareTo(Duration.ofHours(40)) <= 0, step.id());
        }
    }

    private Set<String> reachableFrom(String first) {
        Set<String> reached = new LinkedHashSet<>();
        Deque<String> pending = new ArrayDeque<>(List.of(first));
        while (!pending.isEmpty()) {
            String id = pending.pop();
            if (!reached.add(id) || Route.END.equals(id)) {
                continue;
            }
            pr07.step(id).actions().stream().flatMap(a -> a.routes().stream()).map(Route::target)
                    .forEach(pending::push);
        }
        return reached;
    }
}
