package mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr08;

import static mx.gob.veracruzmunicipio.dmiga.scr.account.Role.AREA_SOLICITANTE;
import static mx.gob.veracruzmunicipio.dmiga.scr.account.Role.CERO_PAPEL_CLIENT;
import static mx.gob.veracruzmunicipio.dmiga.scr.account.Role.DIRECTOR;
import static mx.gob.veracruzmunicipio.dmiga.scr.account.Role.SECRETARIA;
import static mx.gob.veracruzmunicipio.dmiga.scr.account.Role.SUBDIR_MODERNIZACION;
import static mx.gob.veracruzmunicipio.dmiga.scr.workflow.Route.END;

import mx.gob.veracruzmunicipio.dmiga.scr.procedures.Authorization;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ProcedureKey;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ActionData.Note;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ProcedureDefinition;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Recipient;

/**
 * PR-DMIGA-08: opening a citizen-participation process on Decide Veracruz (eventual). Steps 5 and 6
 * belong to the requesting area, so the report waits outside the directorate there.
 */
public final class DecideProcessFlow {

    public static final String RECEIVE = "RECIBIR";
    public static final String AUTHORIZE = "AUTORIZAR";
    public static final String TRAIN = "CAPACITAR";
    public static final String INTEGRATE = "INTEGRAR";
    public static final String START = "INICIAR";
    public static final String CLOSE = "CERRAR";
    public static final String DELIVER_RESULTS = "ENTREGAR_RESULTADOS";

    public static final ProcedureDefinition DEFINITION = ProcedureDefinition
            .procedure(ProcedureKey.PR_DMIGA_08, "Subdirección de Modernización")
            .step("1", "Recibir por Cero Papel la solicitud de iniciar un proceso de participación ciudadana",
                    SECRETARIA, "Oficio").orBy(CERO_PAPEL_CLIENT).within(4)
                .action(RECEIVE, "Recibir oficio", Note.class).to("2")
            .step("2", "Autorizar la solicitud y canalizarla a la Subdirección de Modernización", DIRECTOR,
                    "Reporte de servicio").within(16)
                .action(AUTHORIZE, "Autorizar", Authorization.class).to("3")
            .step("3", "Capacitar sobre la plataforma y los mecanismos de participación y otorgar permisos de "
                    + "colaboración en el portal", SUBDIR_MODERNIZACION, "Reporte de servicio").within(40)
                .action(TRAIN, "Capacitación y permisos otorgados", DecideTraining.class).to("4")
            .step("4", "Coadyuvar en la integración de la información de la consulta ciudadana",
                    SUBDIR_MODERNIZACION, "Reporte de servicio").within(24)
                .action(INTEGRATE, "Información integrada", DecideInformation.class).to("5")
            .step("5", "Iniciar la consulta ciudadana", AREA_SOLICITANTE, "Reporte de servicio")
                    .waitingOutside().within(40)
                .action(START, "Consulta iniciada", ConsultationStart.class).to("6")
            .step("6", "Cerrar el proceso de participación ciudadana", AREA_SOLICITANTE, "Reporte de servicio")
                    .waitingOutside().within(16)
                .action(CLOSE, "Proceso cerrado", ConsultationClosing.class).to("7")
            .step("7", "Entregar los resultados del proceso por oficio a través de Cero Papel",
                    SUBDIR_MODERNIZACION, "Oficio").within(16)
                .action(DELIVER_RESULTS, "Entregar resultados por oficio", DecideResults.class)
                    .sendsOficioTo(Recipient.AREA_SOLICITANTE).to(END)
            .build();

    private DecideProcessFlow() {
    }
}
