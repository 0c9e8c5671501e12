package mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr10;

import static mx.gob.veracruzmunicipio.dmiga.scr.account.Role.CERO_PAPEL_CLIENT;
import static mx.gob.veracruzmunicipio.dmiga.scr.account.Role.DESARROLLO_COORD;
import static mx.gob.veracruzmunicipio.dmiga.scr.account.Role.DIRECTOR;
import static mx.gob.veracruzmunicipio.dmiga.scr.account.Role.MANTENIMIENTO;
import static mx.gob.veracruzmunicipio.dmiga.scr.account.Role.SECRETARIA;
import static mx.gob.veracruzmunicipio.dmiga.scr.account.Role.SUBDIR_TECNOLOGIAS;
import static mx.gob.veracruzmunicipio.dmiga.scr.workflow.Route.END;

import mx.gob.veracruzmunicipio.dmiga.scr.procedures.Authorization;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.WorkNote;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ProcedureKey;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ActionData.Note;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Assignment;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ProcedureDefinition;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Recipient;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ReplyOficio;

/**
 * PR-DMIGA-10: rolling out Cero Filas in a department (periodic). The manual's step 2 holds two
 * hand-overs (the Director to ST, ST to Development) and Development's analysis, so they are the
 * sub-steps 2A and 2B here; the capacity question of step 3 is answered by Development, whose
 * analysis it concludes. ST, which Mantenimiento reports to, sends the installers (step 4).
 */
public final class CeroFilasFlow {

    public static final String RECEIVE = "RECIBIR";
    public static final String AUTHORIZE = "AUTORIZAR";
    public static final String ROUTE_TO_DEVELOPMENT = "TURNAR_DESARROLLO";
    public static final String ANALYZE = "ANALIZAR";
    public static final String DECIDE_CAPACITY = "DICTAMINAR_CAPACIDAD";
    public static final String SEND_MAINTENANCE = "ENVIAR_MANTENIMIENTO";
    public static final String INSTALL = "INSTALAR";
    public static final String REPLY = "RESPONDER";

    public static final ProcedureDefinition DEFINITION = ProcedureDefinition
            .procedure(ProcedureKey.PR_DMIGA_10, "Subdirección de Tecnologías")
            .step("1", "Recibir por Cero Papel la solicitud de implementar Cero Filas", SECRETARIA, "Oficio")
                    .orBy(CERO_PAPEL_CLIENT).within(4)
                .action(RECEIVE, "Recibir oficio", Note.class).to("2")
            .step("2", "Autorizar la solicitud y canalizarla a la Subdirección de Tecnologías", DIRECTOR,
                    "Reporte de servicio").within(16)
                .action(AUTHORIZE, "Autorizar", Authorization.class).to("2A")
            .step("2A", "Enviar la solicitud a la Coordinación de Desarrollo de Aplicaciones para el análisis y la "
                    + "capacitación técnica", SUBDIR_TECNOLOGIAS, "Reporte de servicio").within(8)
                .action(ROUTE_TO_DEVELOPMENT, "Turnar a Desarrollo", Authorization.class).to("2B")
            .step("2B", "Analizar la solicitud y, en su caso, capacitar técnicamente en la plataforma",
                    DESARROLLO_COORD, "Reporte de servicio").within(40)
                .action(ANALYZE, "Análisis y capacitación", CeroFilasAnalysis.class).to("3")
            .step("3", "Determinar si la dependencia tiene capacidad para implementar Cero Filas", DESARROLLO_COORD,
                    "Reporte de servicio").within(8)
                .action(DECIDE_CAPACITY, "Dictaminar capacidad", CapacityDecision.class)
                    .when("Tiene capacidad: instalación física", (report, decision) -> decision.hasCapacity(), "4")
                    .otherwise("Sin capacidad: se contesta por oficio", "6")
            .step("4", "Enviar personal del Departamento de Mantenimiento para la instalación física de la "
                    + "infraestructura tecnológica", SUBDIR_TECNOLOGIAS, "Reporte de servicio").within(8)
                .action(SEND_MAINTENANCE, "Enviar a Mantenimiento", Assignment.class).to("5")
            .step("5", "Realizar la instalación física de la infraestructura tecnológica e informar a la "
                    + "Subdirección de Tecnologías", MANTENIMIENTO, "Reporte de servicio").within(40)
                .action(INSTALL, "Instalación realizada", WorkNote.class).to("6")
            .step("6", "Responder mediante oficio a través de la plataforma Cero Papel", SUBDIR_TECNOLOGIAS,
                    "Oficio de respuesta").within(8)
                .action(REPLY, "Enviar oficio de respuesta", ReplyOficio.class)
                    .sendsOficioTo(Recipient.AREA_SOLICITANTE).to(END)
            .build();

    private CeroFilasFlow() {
    }
}
