package mx.gob.veracruzmunicipio.dmiga.scr.procedures;

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
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import mx.gob.veracruzmunicipio.dmiga.scr.account.Role;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr08.DecideProcessFlow;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr09.CeroPapelUserFlow;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr10.CeroFilasFlow;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ProcedureKey;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ActionDefinition;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ProcedureDefinition;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Procedures;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Route;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.StepDefinition;

/** The definitions of PR-DMIGA-08, 09 and 10 build, are registered, and have no dead ends. */
class ParticipationFlowsTest {

    static Stream<ProcedureDefinition> definitions() {
        // Reading DEFINITION runs build(): a route to a missing step or a step without actions fails here.
        return Stream.of(DecideProcessFlow.DEFINITION, CeroPapelUserFlow.DEFINITION, CeroFilasFlow.DEFINITION);
    }

    @ParameterizedTest
    @MethodSource("definitions")
    void isRegisteredUnderItsKey(ProcedureDefinition definition) {
        assertSame(definition, Procedures.of(definition.key()));
    }

    @ParameterizedTest
    @MethodSource("definitions")
    void everyStepIsReachableFromTheFirst(ProcedureDefinition definition) {
        Set<String> reached = reachableFrom(definition, definition.intake().id());
        assertEquals(definition.steps().stream().map(StepDefinition::id).collect(Collectors.toSet()), reached,
                definition.key().code());
    }

    @ParameterizedTest
    @MethodSource("definitions")
    void everyStepCanStillReachTheEnd(ProcedureDefinition definition) {
        for (StepDefinition step : definition.steps()) {
            assertTrue(leadsToEnd(definition, step.id()), definition.key().code() + " step " + step.id());
        }
    }

    @ParameterizedTest
    @MethodSource("definitions")
    void theIntakeIsTheSecretariasOrCeroPapelsAndTheLastStepRepliesByOficio(ProcedureDefinition definition) {
        StepDefinition intake = definition.intake();
        assertEquals(Role.SECRETARIA, intake.role());
        assertTrue(intake.mayBeTakenBy(Role.CERO_PAPEL_CLIENT));
        assertEquals(1, intake.actions().size());
        List<ActionDefinition<?>> ending = definition.steps().stream().flatMap(s -> s.actions().stream())
                .filter(a -> a.routes().stream().anyMatch(Route::isEnd)).toList();
        assertEquals(1, ending.size());
        assertTrue(ending.get(0).sendsOficio());
    }

    @ParameterizedTest
    @MethodSource("definitions")
    void everyStepHasItsOwnSla(ProcedureDefinition definition) {
        for (StepDefinition step : definition.steps()) {
            assertTrue(step.target().compareTo(Duration.ZERO) > 0, step.id());
            assertTrue(step.target().compareTo(Duration.ofHours(40)) <= 0, step.id());
        }
    }

    @Test
    void pr08FollowsTheSpecsRolesAndWaitsOutsideWhileTheAreaRunsTheConsultation() {
        ProcedureDefinition pr08 = DecideProcessFlow.DEFINITION;
        assertEquals(ProcedureKey.PR_DMIGA_08, pr08.key());
        assertEquals(Map.of("1", Role.SECRETARIA, "2", Role.DIRECTOR, "3", Role.SUBDIR_MODERNIZACION,
                "4", Role.SUBDIR_MODERNIZACION, "5", Role.AREA_SOLICITANTE, "6", Role.AREA_SOLICITANTE,
                "7", Role.SUBDIR_MODERNIZACION), roles(pr08));
        assertEquals(Set.of("5", "6"), pr08.steps().stream().filter(StepDefinition::waitsOutside)
                .map(StepDefinition::id).collect(Collectors.toSet()));
    }

    @Test
    void pr09GivesEveryStepAfterTheDirectorToTheAdministrativeCoordinator() {
        assertEquals(Map.of("1", Role.SECRETARIA, "2", Role.DIRECTOR, "3", Role.COORD_SEGUIMIENTO,
                "4", Role.COORD_SEGUIMIENTO, "5", Role.COORD_SEGUIMIENTO), roles(CeroPapelUserFlow.DEFINITION));
    }

    @Test
    void pr10SendsACapableDepartmentToInstallationAndAnotherStraightToTheReply() {
        ProcedureDefinition pr10 = CeroFilasFlow.DEFINITION;
        assertEquals(Map.of("1", Role.SECRETARIA, "2", Role.DIRECTOR, "2A", Role.SUBDIR_TECNOLOGIAS,
                "2B", Role.DESARROLLO_COORD, "3", Role.DESARROLLO_COORD, "4", Role.SUBDIR_TECNOLOGIAS,
                "5", Role.MANTENIMIENTO, "6", Role.SUBDIR_TECNOLOGIAS), roles(pr10));
        ActionDefinition<?> decision = pr10.step("3").action(CeroFilasFlow.DECIDE_CAPACITY).orElseThrow();
        assertEquals(List.of("4", "6"), decision.routes().stream().map(Route::target).toList());
        assertFalse(pr10.steps().stream().anyMatch(StepDefinition::waitsOutside));
    }

    private static Map<String, Role> roles(ProcedureDefinition definition) {
        return definition.steps().stream().collect(Collectors.toMap(StepDefinition::id, StepDefinition::role));
    }

    private static Set<String> reachableFrom(ProcedureDefinition definition, String first) {
        Set<String> reached = new LinkedHashSet<>();
        Deque<String> pending = new ArrayDeque<>(List.of(first));
        while (!pending.isEmpty()) {
            String id = pending.pop();
            if (Route.END.equals(id) || !reached.add(id)) {
                continue;
            }
            definition.step(id).actions().stream().flatMap(a -> a.routes().stream()).map(Route::target)
                    .forEach(pending::push);
        }
        return reached;
    }

    private static boolean leadsToEnd(ProcedureDefinition definition, String from) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> pending = new ArrayDeque<>(List.of(from));
        while (!pending.isEmpty()) {
            String id = pending.pop();
            if (Route.END.equals(id)) {
                return true;
            }
            if (seen.add(id)) {
                definition.step(id).actions().stream().flatMap(a -> a.routes().stream()).map(Route::target)
                        .forEach(pending::push);
            }
        }
        return false;
    }
}
