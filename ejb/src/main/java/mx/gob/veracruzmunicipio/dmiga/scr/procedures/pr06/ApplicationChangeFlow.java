package mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr06;

import static mx.gob.veracruzmunicipio.dmiga.scr.account.Role.CERO_PAPEL_CLIENT;
import static mx.gob.veracruzmunicipio.dmiga.scr.account.Role.DESARROLLO_COORD;
import static mx.gob.veracruzmunicipio.dmiga.scr.account.Role.DIRECTOR;
import static mx.gob.veracruzmunicipio.dmiga.scr.account.Role.PROGRAMADOR;
import static mx.gob.veracruzmunicipio.dmiga.scr.account.Role.SECRETARIA;
import static mx.gob.veracruzmunicipio.dmiga.scr.workflow.Route.END;

import mx.gob.veracruzmunicipio.dmiga.scr.procedures.Authorization;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.TestResult;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.WorkNote;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ProcedureKey;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ActionData.Note;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Assignment;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ProcedureDefinition;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Recipient;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ReplyOficio;

/** PR-DMIGA-06: request to update, improve or fix an application (eventual). */
public final class ApplicationChangeFlow {

    public static final String RECEIVE = "RECIBIR";
    public static final String GENERATE_REPORT = "GENERAR_REPORTE";
    public static final String AUTHORIZE = "AUTORIZAR";
    public static final String ROUTE_TO_PROGRAMMER = "TURNAR";
    public static final String PROGRAM = "PROGRAMAR";
    public static final String TEST = "PROBAR";
    public static final String REPLY = "RESPONDER";

    public static final ProcedureDefinition DEFINITION = ProcedureDefinition
            .procedure(ProcedureKey.PR_DMIGA_06, "Coordinación de Desarrollo de Aplicaciones")
            .step("1", "Recibir el oficio de solicitud por Cero Papel", SECRETARIA, "Oficio").orBy(CERO_PAPEL_CLIENT)
                .action(RECEIVE, "Recibir oficio", Note.class).to("2")
            .step("2", "Generar el reporte", SECRETARIA, "Reporte de servicio").within(4)
                .action(GENERATE_REPORT, "Generar reporte", Note.class).to("3")
            .step("3", "Autorizar e instruir a la coordinación de desarrollo", DIRECTOR, "Reporte de servicio").within(16)
                .action(AUTHORIZE, "Autorizar", Authorization.class).to("4")
            .step("4", "Turnar el requerimiento a un programador", DESARROLLO_COORD, "Reporte de servicio").within(8)
                .action(ROUTE_TO_PROGRAMMER, "Turnar a programador", Assignment.class).to("5")
            .step("5", "Programar el cambio solicitado", PROGRAMADOR, "Reporte de servicio").within(40)
                .action(PROGRAM, "Cambio programado", WorkNote.class).to("6")
            .step("6", "Implementar y probar el cambio", PROGRAMADOR, "Reporte de servicio").within(16)
                .action(TEST, "Registrar pruebas", TestResult.class)
                    .when("Pruebas aprobadas", (report, result) -> result.passed(), "7")
                    .otherwise("Fallas en pruebas: regresa a programación", "5")
            .step("7", "Responder por oficio al área solicitante", SECRETARIA, "Oficio de respuesta").within(8)
                .action(REPLY, "Enviar oficio de respuesta", ReplyOficio.class)
                    .sendsOficioTo(Recipient.AREA_SOLICITANTE).to(END)
            .build();

    private ApplicationChangeFlow() {
    }
}
