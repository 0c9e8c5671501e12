package mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr09;

import static mx.gob.veracruzmunicipio.dmiga.scr.account.Role.CERO_PAPEL_CLIENT;
import static mx.gob.veracruzmunicipio.dmiga.scr.account.Role.COORD_SEGUIMIENTO;
import static mx.gob.veracruzmunicipio.dmiga.scr.account.Role.DIRECTOR;
import static mx.gob.veracruzmunicipio.dmiga.scr.account.Role.SECRETARIA;
import static mx.gob.veracruzmunicipio.dmiga.scr.workflow.Route.END;

import mx.gob.veracruzmunicipio.dmiga.scr.procedures.Authorization;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ProcedureKey;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ActionData.Note;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ProcedureDefinition;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Recipient;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ReplyOficio;

/**
 * PR-DMIGA-09: a user on the Cero Papel platform (periodic). The administrative coordinator
 * (Coordinación de Seguimiento de Proyectos) takes every step after the Director's.
 */
public final class CeroPapelUserFlow {

    public static final String RECEIVE = "RECIBIR";
    public static final String AUTHORIZE = "AUTORIZAR";
    public static final String TRAIN = "CAPACITAR";
    public static final String GENERATE_ACCESS = "GENERAR_ACCESO";
    public static final String REPLY = "RESPONDER";

    public static final ProcedureDefinition DEFINITION = ProcedureDefinition
            .procedure(ProcedureKey.PR_DMIGA_09, "Coordinación de Seguimiento de Proyectos")
            .step("1", "Recibir por Cero Papel la solicitud de alta de una persona en Cero Papel", SECRETARIA,
                    "Oficio").orBy(CERO_PAPEL_CLIENT).within(4)
                .action(RECEIVE, "Recibir oficio", Note.class).to("2")
            .step("2", "Autorizar la solicitud y canalizarla a la Coordinación Administrativa", DIRECTOR,
                    "Reporte de servicio").within(16)
                .action(AUTHORIZE, "Autorizar", Authorization.class).to("3")
            .step("3", "Capacitar sobre la plataforma Cero Papel", COORD_SEGUIMIENTO, "Reporte de servicio")
                    .within(24)
                .action(TRAIN, "Capacitación impartida", CeroPapelTraining.class).to("4")
            .step("4", "Generar el acceso a la plataforma Cero Papel", COORD_SEGUIMIENTO, "Reporte de servicio")
                    .within(8)
                .action(GENERATE_ACCESS, "Acceso generado", CeroPapelAccess.class).to("5")
            .step("5", "Responder mediante oficio a través de la plataforma Cero Papel", COORD_SEGUIMIENTO,
                    "Oficio de respuesta").within(8)
                .action(REPLY, "Enviar oficio de respuesta", ReplyOficio.class)
                    .sendsOficioTo(Recipient.AREA_SOLICITANTE).to(END)
            .build();

    private CeroPapelUserFlow() {
    }
}
