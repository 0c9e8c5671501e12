package mx.gob.veracruzmunicipio.dmiga.scr.workflow;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import mx.gob.veracruzmunicipio.dmiga.scr.report.ProcedureKey;

/** The procedure definitions SCR executes, by key. */
public final class Procedures {

    private static final Map<ProcedureKey, ProcedureDefinition> DEFINITIONS = new EnumMap<>(ProcedureKey.class);

    static {
        Stream.of(
                mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr01.ServiceReportFlow.DEFINITION,
                mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr02.LineMaintenanceFlow.DEFINITION,
                mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr06.ApplicationChangeFlow.DEFINITION
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
