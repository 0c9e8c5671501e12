package mx.gob.veracruzmunicipio.dmiga.scr.workflow;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import mx.gob.veracruzmunicipio.dmiga.scr.account.Role;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ProcedureKey;

/**
 * A procedure's flow diagram as a graph, read from its executable definition so that the "Manual
 * vivo" shows what SCR actually runs: one node per step in the manual's order and one edge per
 * route of every action, loops back and routes to the end included.
 */
public record FlowGraph(ProcedureKey procedure, String responsibleArea, List<Node> nodes, List<Edge> edges) {

    /** A step: its number, activity, responsible role, document and SLA target. */
    public record Node(String id, int position, String activity, Role role, String document, long targetHours,
                       boolean waitsOutside) {
    }

    /**
     * A route of an action: from a step to another one or to {@link Route#END}. The condition is
     * the decision's label, null when the action always leads there. Backwards when it returns to
     * the same or an earlier step (a loop).
     */
    public record Edge(String from, String to, String actionKey, String action, String condition,
                       boolean backwards) {

        public boolean toEnd() {
            return Route.END.equals(to);
        }
    }

    public static FlowGraph of(ProcedureDefinition definition) {
        List<StepDefinition> steps = definition.steps();
        List<String> order = steps.stream().map(StepDefinition::id).toList();
        List<Node> nodes = new ArrayList<>();
        List<Edge> edges = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            StepDefinition step = steps.get(i);
            nodes.add(new Node(step.id(), i, step.activity(), step.role(), step.document(), step.target().toHours(),
                    step.waitsOutside()));
            for (ActionDefinition<?> action : step.actions()) {
                for (Route<?> route : action.routes()) {
                    boolean backwards = !route.isEnd() && order.indexOf(route.target()) <= i;
                    edges.add(new Edge(step.id(), route.target(), action.key(), action.label(), route.label(),
                            backwards));
                }
            }
        }
        return new FlowGraph(definition.key(), definition.responsibleArea(), List.copyOf(nodes), List.copyOf(edges));
    }

    public static FlowGraph of(ProcedureKey key) {
        return of(Procedures.of(key));
    }

    /** The node's index in the manual's order; the end comes after the last step. */
    public int position(String stepId) {
        if (Route.END.equals(stepId)) {
            return nodes.size();
        }
        return nodes.stream().filter(n -> n.id().equals(stepId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(procedure.code() + " has no step " + stepId))
                .position();
    }

    public List<Edge> edgesFrom(String stepId) {
        return edges.stream().filter(e -> e.from().equals(stepId)).toList();
    }

    /** The roles that take part, in order of first appearance. */
    public Set<Role> roles() {
        Set<Role> roles = new LinkedHashSet<>();
        nodes.forEach(n -> roles.add(n.role()));
        return roles;
    }

    /** The work documents, in order of first appearance. */
    public Set<String> documents() {
        Set<String> documents = new LinkedHashSet<>();
        nodes.forEach(n -> documents.add(n.document()));
        return documents;
    }
}
