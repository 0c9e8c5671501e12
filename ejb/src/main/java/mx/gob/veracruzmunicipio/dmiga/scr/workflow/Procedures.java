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
        return Optional.ofNullable(DEFINITIONS.get(key));
    }
}
