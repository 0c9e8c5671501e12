package mx.gob.veracruzmunicipio.dmiga.scr.workflow;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr01.ServiceReportFlow;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr02.LineMaintenanceFlow;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr03.EquipmentDictamenFlow;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr04.PaymentOrderFlow;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr05.ApplicationDevelopmentFlow;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr06.ApplicationChangeFlow;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr07.As400UserFlow;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr08.DecideProcessFlow;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr09.CeroPapelUserFlow;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr10.CeroFilasFlow;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr11.WebPortalFlow;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ProcedureKey;

/** The procedure definitions SCR executes, by key. */
public final class Procedures {

    private static final Map<ProcedureKey, ProcedureDefinition> DEFINITIONS = new EnumMap<>(ProcedureKey.class);

    static {
        Stream.of(
                ServiceReportFlow.DEFINITION,
                LineMaintenanceFlow.DEFINITION,
                EquipmentDictamenFlow.DEFINITION,
                PaymentOrderFlow.DEFINITION,
                ApplicationDevelopmentFlow.DEFINITION,
                ApplicationChangeFlow.DEFINITION,
                As400UserFlow.DEFINITION,
                DecideProcessFlow.DEFINITION,
                CeroPapelUserFlow.DEFINITION,
                CeroFilasFlow.DEFINITION,
                WebPortalFlow.DEFINITION
        ).forEach(definition -> DEFINITIONS.put(definition.key(), definition));
    }

    private Procedures() {
    }

    public static ProcedureDefinition of(ProcedureKey key) {
        return find(key).orElseThrow(() -> new IllegalArgumentException(key.code() + " is not defined"));
    }

    public static Optional<ProcedureDefinition> find(ProcedureKey key) {
        if (key == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(DEFINITIONS.get(key));
    }

    /**
     * The Spanish label of an action as people read it in the timeline: the engine's own actions
     * (reassign, decline, classify, receiving an oficio without procedure) or the procedure's,
     * looked up at the step it was taken; the key itself if the definition no longer has it.
     */
    public static String actionLabel(ProcedureKey procedure, String step, String key) {
        String own = ENGINE_ACTIONS.get(key);
        if (own != null && (procedure == null || !key.equals(Workflow.RECEIVE))) {
            return own;
        }
        return find(procedure).flatMap(definition -> definition.steps().stream()
                        .filter(s -> step == null || s.id().equals(step))
                        .flatMap(s -> s.actions().stream()).filter(a -> a.key().equals(key)).findFirst())
                .map(ActionDefinition::label)
                .or(() -> find(procedure).flatMap(definition -> definition.steps().stream()
                        .flatMap(s -> s.actions().stream()).filter(a -> a.key().equals(key)).findFirst())
                        .map(ActionDefinition::label))
                .orElse(key);
    }

    private static final Map<String, String> ENGINE_ACTIONS = Map.of(
            Workflow.REASSIGN, "Reasignar",
            Workflow.DECLINE, "Declinar la solicitud",
            Workflow.CLASSIFY, "Clasificar el oficio",
            Workflow.RECEIVE, "Recibir oficio");
}
