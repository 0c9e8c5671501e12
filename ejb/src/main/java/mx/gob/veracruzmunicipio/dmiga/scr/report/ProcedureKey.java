package mx.gob.veracruzmunicipio.dmiga.scr.report;

import java.util.Arrays;

/** The eleven procedures of the manual, by their keys ("claves"). */
public enum ProcedureKey {
    PR_DMIGA_01("PR-DMIGA-01", "Recepción y seguimiento de reportes"),
    PR_DMIGA_02("PR-DMIGA-02", "Mantenimiento correctivo y preventivo a líneas telefónicas y de datos"),
    PR_DMIGA_03("PR-DMIGA-03", "Dictamen técnico para baja de equipo de cómputo"),
    PR_DMIGA_04("PR-DMIGA-04", "Elaboración y trámite de una orden de pago"),
    PR_DMIGA_05("PR-DMIGA-05", "Atención de un requerimiento de desarrollo de aplicativos"),
    PR_DMIGA_06("PR-DMIGA-06", "Actualización, mejora o corrección de errores en aplicativos"),
    PR_DMIGA_07("PR-DMIGA-07", "Usuario en el Sistema Integral Financiero AS/400"),
    PR_DMIGA_08("PR-DMIGA-08", "Apertura de procesos en Decide Veracruz"),
    PR_DMIGA_09("PR-DMIGA-09", "Alta de usuarios en la plataforma Cero Papel"),
    PR_DMIGA_10("PR-DMIGA-10", "Implementación de Cero Filas"),
    PR_DMIGA_11("PR-DMIGA-11", "Desarrollo de portal web o micrositio");

    private final String code;
    private final String title;

    ProcedureKey(String code, String title) {
        this.code = code;
        this.title = title;
    }

    /** The manual's key, e.g. {@code PR-DMIGA-04}: what users and Cero Papel write. */
    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public static ProcedureKey fromCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Procedimiento desconocido: " + code));
    }
}
