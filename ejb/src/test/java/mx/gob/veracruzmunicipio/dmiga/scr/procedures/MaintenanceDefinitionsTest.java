package mx.gob.veracruzmunicipio.dmiga.scr.procedures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr01.ServiceReportFlow;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr02.LineMaintenanceFlow;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ProcedureDefinition;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Procedures;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Route;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.StepDefinition;

/** PR-DMIGA-01 and 02 build, are registered, and every step is reachable from the intake and can end. */
class MaintenanceDefinitionsTest {

    static List<ProcedureDefinition> definitions() {
        return List.of(ServiceReportFlow.DEFINITION, LineMaintenanceFlow.DEFINITION);
    }

    @ParameterizedTest
    @MethodSource("definitions")
    void isRegistered(ProcedureDefinition definition) {
        assertSame(definition, Procedures.of(definition.key()));
    }

    @ParameterizedTest
    @MethodSource("definitions")
    void everyStepIsReachableFromTheIntake(ProcedureDefinition definition) {
        Set<String> reached = new LinkedHashSet<>();
        Deque<String> pending = new ArrayDeque<>(List.of(definition.intake().id()));
        boolean ends = false;
        while (!pending.isEmpty()) {
            String id = pending.pop();
            if (!reached.add(id)) {
                continue;
            }
            for (var action : definition.step(id).actions()) {
                for (Route<?> route : action.routes()) {
                    if (route.isEnd()) {
                        ends = true;
                    } else {
                        pending.push(route.target());
                    }
                }
            }
        }
        assertEquals(definition.steps().stream().map(StepDefinition::id).collect(Collectors.toSet()), reached);
        assertTrue(ends, "the procedure can end");
    }

    @ParameterizedTest
    @MethodSource("definitions")
    void theIntakeHasOneActionAndTheCeroPapelMayTakeIt(ProcedureDefinition definition) {
        assertEquals(1, definition.intake().actions().size());
        assertTrue(definition.intake().delegates().stream().anyMatch(r -> r.isMachineClient()));
    }

    @ParameterizedTest
    @MethodSource("definitions")
    void everyStepHasAnSla(ProcedureDefinition definition) {
        definition.steps().forEach(step -> assertTrue(step.target().toHours() > 0, step.id()));
    }
}
