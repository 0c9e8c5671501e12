package mx.gob.veracruzmunicipio.dmiga.scr.procedures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import mx.gob.veracruzmunicipio.dmiga.scr.account.Role;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr05.ApplicationDevelopmentFlow;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr11.WebPortalFlow;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ProcedureKey;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ActionData;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ActionDefinition;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ProcedureDefinition;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Procedures;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Recipient;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Route;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.StepDefinition;

/** The definitions build, are registered, and have no dead steps; their loops lead where the spec says. */
class DevelopmentFlowsTest {

    @ParameterizedTest
    @EnumSource(value = ProcedureKey.class, names = {"PR_DMIGA_05", "PR_DMIGA_06", "PR_DMIGA_11"})
    void everyStepIsReachableFromTheFirstAndTheProcedureCanEnd(ProcedureKey key) {
        ProcedureDefinition definition = Procedures.of(key);
        Set<String> reached = new LinkedHashSet<>();
        Deque<String> pending = new ArrayDeque<>(List.of(definition.intake().id()));
        boolean ends = false;
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
                        pending.push(route.target());
                    }
                }
            }
        }

        assertEquals(definition.steps().stream().map(StepDefinition::id).collect(Collectors.toSet()), reached);
        assertTrue(ends, key.code() + " never ends");
    }

    @Test
    void bothAreRegistered() {
        assertSame(ApplicationDevelopmentFlow.DEFINITION, Procedures.of(ProcedureKey.PR_DMIGA_05));
        assertSame(WebPortalFlow.DEFINITION, Procedures.of(ProcedureKey.PR_DMIGA_11));
    }

    @Test
    void applicationDevelopmentFollowsTheNormalizedManual() {
        ProcedureDefinition pr05 = ApplicationDevelopmentFlow.DEFINITION;

        assertEquals(List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11"),
                pr05.steps().stream().map(StepDefinition::id).toList());
        assertEquals(List.of(Role.SECRETARIA, Role.SECRETARIA, Role.DIRECTOR, Role.SUBDIR_TECNOLOGIAS,
                        Role.DESARROLLO_COORD, Role.DESARROLLO_COORD, Role.DESARROLLO_COORD, Role.DESARROLLO_COORD,
                        Role.DESARROLLO_COORD, Role.DESARROLLO_COORD, Role.DESARROLLO_COORD),
                pr05.steps().stream().map(StepDefinition::role).toList());
        assertTrue(pr05.intake().mayBeTakenBy(Role.CERO_PAPEL_CLIENT));
        // Preliminary interview: complete → analysis, else the operational staff, who repeat until complete.
        assertEquals("7", target(pr05, "5", ApplicationDevelopmentFlow.INTERVIEW, interview(true)));
        assertEquals("6", target(pr05, "5", ApplicationDevelopmentFlow.INTERVIEW, interview(false)));
        assertEquals("6", target(pr05, "6", ApplicationDevelopmentFlow.INTERVIEW, interview(false)));
        assertEquals("7", target(pr05, "6", ApplicationDevelopmentFlow.INTERVIEW, interview(true)));
        // Failed tests go back to implementation, not to the manual's nonexistent step 14.
        assertEquals("9", target(pr05, "10", ApplicationDevelopmentFlow.TEST, new TestResult(false, "Falla", null)));
        assertEquals("11", target(pr05, "10", ApplicationDevelopmentFlow.TEST, new TestResult(true, null, null)));
        assertReplyOficioEnds(pr05, "11", ApplicationDevelopmentFlow.REPLY);
    }

    @Test
    void webPortalFollowsTheNormalizedManual() {
        ProcedureDefinition pr11 = WebPortalFlow.DEFINITION;

        assertEquals(List.of("1", "2", "3", "4", "5", "6", "7", "8", "9"),
                pr11.steps().stream().map(StepDefinition::id).toList());
        assertEquals(List.of(Role.SECRETARIA, Role.DIRECTOR, Role.SUBDIR_TECNOLOGIAS, Role.DESARROLLO_COORD,
                        Role.DESARROLLO_COORD, Role.DESARROLLO_COORD, Role.DESARROLLO_COORD, Role.DESARROLLO_COORD,
                        Role.DESARROLLO_COORD),
                pr11.steps().stream().map(StepDefinition::role).toList());
        assertEquals("4", target(pr11, "4", WebPortalFlow.INTERVIEW, interview(false)));
        assertEquals("5", target(pr11, "4", WebPortalFlow.INTERVIEW, interview(true)));
        // Failed tests go back to implementation, not to the manual's nonexistent step 13.
        assertEquals("7", target(pr11, "8", WebPortalFlow.TEST, new TestResult(false, "Falla", null)));
        assertEquals("9", target(pr11, "8", WebPortalFlow.TEST, new TestResult(true, null, null)));
        assertReplyOficioEnds(pr11, "9", WebPortalFlow.REPLY);
    }

    @ParameterizedTest
    @EnumSource(value = ProcedureKey.class, names = {"PR_DMIGA_05", "PR_DMIGA_11"})
    void everyStepAfterReceptionHasAnSlaOfItsOwn(ProcedureKey key) {
        Procedures.of(key).steps().stream().skip(1)
                .forEach(step -> assertTrue(step.target().toHours() >= 4, step.id() + " " + step.target()));
    }

    private static void assertReplyOficioEnds(ProcedureDefinition definition, String step, String action) {
        ActionDefinition<?> reply = definition.step(step).action(action).orElseThrow();
        assertEquals(Recipient.AREA_SOLICITANTE, reply.oficioTo());
        assertTrue(reply.routes().get(0).isEnd());
    }

    private static String target(ProcedureDefinition definition, String step, String action, ActionData data) {
        // The routes of these procedures decide on the entered data alone, so no report is needed.
        return definition.step(step).action(action).orElseThrow().routeFor(null, data).target();
    }

    private static Interview interview(boolean complete) {
        return new Interview(LocalDate.of(2026, 11, 23), List.of("Lic. Ana Ruiz"), "Notas", complete, null);
    }
}
