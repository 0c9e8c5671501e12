package mx.gob.veracruzmunicipio.dmiga.scr.actions;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr01.ServiceReportProcedure;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr02.LineMaintenanceProcedure;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr03.EquipmentDictamenProcedure;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr04.PaymentOrderProcedure;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr05.ApplicationDevelopmentProcedure;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr06.ApplicationChangeProcedure;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr07.As400UserProcedure;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr08.DecideProcessProcedure;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr09.CeroPapelUserProcedure;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr10.CeroFilasProcedure;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr11.WebPortalProcedure;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ProcedureKey;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Performs;

/**
 * Which session bean executes each procedure, and which of its operations ({@link Performs}) takes
 * an action: the intranet acts through these operations, so each action's effects (stock, budget,
 * dictamen items…) apply exactly as when the bean is called directly.
 */
public final class ProcedureOperations {

    private static final Map<ProcedureKey, Class<?>> BEANS = new EnumMap<>(Map.ofEntries(
            Map.entry(ProcedureKey.PR_DMIGA_01, ServiceReportProcedure.class),
            Map.entry(ProcedureKey.PR_DMIGA_02, LineMaintenanceProcedure.class),
            Map.entry(ProcedureKey.PR_DMIGA_03, EquipmentDictamenProcedure.class),
            Map.entry(ProcedureKey.PR_DMIGA_04, PaymentOrderProcedure.class),
            Map.entry(ProcedureKey.PR_DMIGA_05, ApplicationDevelopmentProcedure.class),
            Map.entry(ProcedureKey.PR_DMIGA_06, ApplicationChangeProcedure.class),
            Map.entry(ProcedureKey.PR_DMIGA_07, As400UserProcedure.class),
            Map.entry(ProcedureKey.PR_DMIGA_08, DecideProcessProcedure.class),
            Map.entry(ProcedureKey.PR_DMIGA_09, CeroPapelUserProcedure.class),
            Map.entry(ProcedureKey.PR_DMIGA_10, CeroFilasProcedure.class),
            Map.entry(ProcedureKey.PR_DMIGA_11, WebPortalProcedure.class)));

    private ProcedureOperations() {
    }

    public static Class<?> beanOf(ProcedureKey procedure) {
        Class<?> bean = BEANS.get(procedure);
        if (bean == null) {
            throw new IllegalArgumentException(procedure.code() + " has no procedure bean");
        }
        return bean;
    }

    /** The operations of a procedure's bean that take the action; exactly one for every action. */
    public static List<Method> operations(ProcedureKey procedure, String actionKey) {
        return Arrays.stream(beanOf(procedure).getMethods())
                .filter(m -> m.isAnnotationPresent(Performs.class) && m.getAnnotation(Performs.class).value().equals(actionKey))
                .toList();
    }

    public static Method operation(ProcedureKey procedure, String actionKey) {
        List<Method> found = operations(procedure, actionKey);
        if (found.size() != 1) {
            throw new IllegalStateException(procedure.code() + " has " + found.size() + " operations for " + actionKey);
        }
        return found.get(0);
    }
}
