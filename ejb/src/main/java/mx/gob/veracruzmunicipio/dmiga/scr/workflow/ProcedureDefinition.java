package mx.gob.veracruzmunicipio.dmiga.scr.workflow;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

import mx.gob.veracruzmunicipio.dmiga.scr.account.Role;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ProcedureKey;
import mx.gob.veracruzmunicipio.dmiga.scr.report.Report;

/**
 * A procedure of the manual as SCR executes it: its steps in the manual's order, each with the
 * actions available there and where they lead. Written once per procedure with {@link #procedure},
 * so the definition reads like the manual's table; the engine and the flow diagram read it back.
 * The first step receives the request: creating a report takes its action.
 */
public final class ProcedureDefinition {

    private final ProcedureKey key;
    private final String responsibleArea;
    private final Map<String, StepDefinition> steps;

    private ProcedureDefinition(ProcedureKey key, String responsibleArea, Map<String, StepDefinition> steps) {
        this.key = key;
        this.responsibleArea = responsibleArea;
        this.steps = steps;
    }

    public static Builder procedure(ProcedureKey key, String responsibleArea) {
        return new Builder(key, responsibleArea);
    }

    public ProcedureKey key() {
        return key;
    }

    public String responsibleArea() {
        return responsibleArea;
    }

    public List<StepDefinition> steps() {
        return List.copyOf(steps.values());
    }

    public StepDefinition step(String id) {
        StepDefinition step = steps.get(id);
        if (step == null) {
            throw new IllegalArgumentException(key.code() + " has no step " + id);
        }
        return step;
    }

    public StepDefinition intake() {
        return steps.values().iterator().next();
    }

    /** Collects the steps as the manual lists them; {@link StepBuilder#build()} checks the result. */
    public static final class Builder {

        private final ProcedureKey key;
        private final String responsibleArea;
        private final Map<String, StepDefinition> steps = new LinkedHashMap<>();

        private Builder(ProcedureKey key, String responsibleArea) {
            this.key = key;
            this.responsibleArea = responsibleArea;
        }

        public StepBuilder step(String id, String activity, Role role, String document) {
            return new StepBuilder(this, id, activity, role, document);
        }

        private ProcedureDefinition build() {
            for (StepDefinition step : steps.values()) {
                if (step.actions().isEmpty()) {
                    throw new IllegalStateException(key.code() + " step " + step.id() + " has no action");
                }
                for (ActionDefinition<?> action : step.actions()) {
                    for (Route<?> route : action.routes()) {
                        if (!route.isEnd() && !steps.containsKey(route.target())) {
                            throw new IllegalStateException(key.code() + " step " + step.id() + " action "
                                    + action.key() + " leads to the missing step " + route.target());
                        }
                    }
                }
            }
            // In the manual's order: the diagram and the step list follow it.
            return new ProcedureDefinition(key, responsibleArea, Collections.unmodifiableMap(new LinkedHashMap<>(steps)));
        }
    }

    public static final class StepBuilder {

        private static final Duration DEFAULT_TARGET = Duration.ofHours(8);

        private final Builder procedure;
        private final String id;
        private final String activity;
        private final Role role;
        private final String document;
        private final Set<Role> delegates = EnumSet.noneOf(Role.class);
        private final List<ActionDefinition<?>> actions = new ArrayList<>();
        private Duration target = DEFAULT_TARGET;
        private boolean waitsOutside;

        private StepBuilder(Builder procedure, String id, String activity, Role role, String document) {
            this.procedure = procedure;
            this.id = id;
            this.activity = activity;
            this.role = role;
            this.document = document;
        }

        /** The SLA target of the step, in business hours. */
        public StepBuilder within(int businessHours) {
            this.target = Duration.ofHours(businessHours);
            return this;
        }

        /** The report waits here on someone outside the directorate: the SLA clock stops. */
        public StepBuilder waitingOutside() {
            this.waitsOutside = true;
            return this;
        }

        /** A machine client may take this step's actions for the responsible role. */
        public StepBuilder orBy(Role delegate) {
            delegates.add(delegate);
            return this;
        }

        public <D extends ActionData> ActionBuilder<D> action(String key, String label, Class<D> dataType) {
            return new ActionBuilder<>(this, key, label, dataType);
        }

        public StepBuilder step(String nextId, String nextActivity, Role nextRole, String nextDocument) {
            close();
            return procedure.step(nextId, nextActivity, nextRole, nextDocument);
        }

        public ProcedureDefinition build() {
            close();
            return procedure.build();
        }

        private void close() {
            if (procedure.steps.putIfAbsent(id, new StepDefinition(id, activity, role, Set.copyOf(delegates),
                    document, target, waitsOutside, List.copyOf(actions))) != null) {
                throw new IllegalStateException(procedure.key.code() + " declares step " + id + " twice");
            }
        }
    }

    public static final class ActionBuilder<D extends ActionData> {

        private final StepBuilder step;
        private final String key;
        private final String label;
        private final Class<D> dataType;
        private final List<Route<D>> routes = new ArrayList<>();
        private Recipient oficioTo;

        private ActionBuilder(StepBuilder step, String key, String label, Class<D> dataType) {
            this.step = step;
            this.key = key;
            this.label = label;
            this.dataType = dataType;
        }

        /** The action produces an oficio (its data is {@link OficioText}) queued for Cero Papel. */
        public ActionBuilder<D> sendsOficioTo(Recipient recipient) {
            if (!OficioText.class.isAssignableFrom(dataType)) {
                throw new IllegalStateException("Action " + key + " sends an oficio, so its data must be OficioText");
            }
            this.oficioTo = recipient;
            return this;
        }

        /** A conditional route, tried in the order written. */
        public ActionBuilder<D> when(String decision, BiPredicate<Report, D> condition, String target) {
            routes.add(new Route<>(decision, condition, target));
            return this;
        }

        /** The route when no condition above holds. */
        public StepBuilder otherwise(String decision, String target) {
            routes.add(new Route<>(decision, (report, data) -> true, target));
            step.actions.add(new ActionDefinition<>(key, label, dataType, List.copyOf(routes), oficioTo));
            return step;
        }

        /** The only route: the action always leads to the target. */
        public StepBuilder to(String target) {
            return otherwise(null, target);
        }
    }
}
