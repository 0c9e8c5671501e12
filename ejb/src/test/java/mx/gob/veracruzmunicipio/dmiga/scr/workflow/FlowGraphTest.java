package mx.gob.veracruzmunicipio.dmiga.scr.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import mx.gob.veracruzmunicipio.dmiga.scr.account.Role;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ProcedureKey;

/** The Manual vivo's diagram graph holds every step and every route of the definitions it is read from. */
class FlowGraphTest {

    static Stream<ProcedureKey> procedures() {
        return Arrays.stream(ProcedureKey.values());
    }

    @Test
    void allElevenProceduresHaveAGraph() {
        assertEquals(11, procedures().map(FlowGraph::of).count());
    }

    @ParameterizedTest
    @MethodSource("procedures")
    void everyStepIsANodeInTheManualsOrder(ProcedureKey key) {
        ProcedureDefinition definition = Procedures.of(key);
        FlowGraph graph = FlowGraph.of(key);

        assertEquals(definition.steps().stream().map(StepDefinition::id).toList(),
                graph.nodes().stream().map(FlowGraph.Node::id).toList());
        for (StepDefinition step : definition.steps()) {
            FlowGraph.Node node = graph.nodes().get(graph.position(step.id()));
            assertEquals(step.activity(), node.activity());
            assertEquals(step.role(), node.role());
            assertEquals(step.document(), node.document());
            assertEquals(step.target().toHours(), node.targetHours());
            assertEquals(step.waitsOutside(), node.waitsOutside());
        }
    }

    @ParameterizedTest
    @MethodSource("procedures")
    void everyRouteOfEveryActionIsAnEdgeWithItsSpanishLabels(ProcedureKey key) {
        FlowGraph graph = FlowGraph.of(key);
        int routes = 0;
        for (StepDefinition step : Procedures.of(key).steps()) {
            for (ActionDefinition<?> action : step.actions()) {
                for (Route<?> route : action.routes()) {
                    routes++;
                    FlowGraph.Edge expected = new FlowGraph.Edge(step.id(), route.target(), action.key(),
                            action.label(), route.label(), !route.isEnd()
                                    && graph.position(route.target()) <= graph.position(step.id()));
                    assertTrue(graph.edgesFrom(step.id()).contains(expected), key + " " + expected);
                }
            }
        }
        assertEquals(routes, graph.edges().size());
        assertTrue(graph.edges().stream().anyMatch(FlowGraph.Edge::toEnd), key + " never ends");
    }

    @Test
    void thePaymentOrdersRejectionsLoopBackToTheCorrectionStep() {
        FlowGraph graph = FlowGraph.of(ProcedureKey.PR_DMIGA_04);

        List<FlowGraph.Edge> loops = graph.edges().stream().filter(FlowGraph.Edge::backwards).toList();

        assertEquals(List.of("3A", "4", "7", "10", "11"), loops.stream().filter(e -> e.to().equals("3"))
                .map(FlowGraph.Edge::from).toList());
        assertTrue(loops.stream().anyMatch(e -> e.from().equals("1B") && e.to().equals("1A")));
        assertTrue(graph.edges().stream().anyMatch(e -> e.from().equals("2") && e.toEnd()
                && e.condition().equals("Factura no vigente en el SAT: se rechaza")));
        assertFalse(graph.edges().stream().anyMatch(e -> e.from().equals("1A") && e.backwards()));
        assertEquals(List.of(Role.COORD_SEGUIMIENTO, Role.SECRETARIA, Role.DIRECTOR, Role.ADQUISICIONES,
                Role.CONTRALORIA, Role.PRESUPUESTOS, Role.COMISION_HACIENDA, Role.EGRESOS), List.copyOf(graph.roles()));
    }
}
