package mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr11;

import static mx.gob.veracruzmunicipio.dmiga.scr.account.Role.CERO_PAPEL_CLIENT;
import static mx.gob.veracruzmunicipio.dmiga.scr.account.Role.DESARROLLO_COORD;
import static mx.gob.veracruzmunicipio.dmiga.scr.account.Role.DIRECTOR;
import static mx.gob.veracruzmunicipio.dmiga.scr.account.Role.SECRETARIA;
import static mx.gob.veracruzmunicipio.dmiga.scr.account.Role.SUBDIR_TECNOLOGIAS;
import static mx.gob.veracruzmunicipio.dmiga.scr.workflow.Route.END;

import mx.gob.veracruzmunicipio.dmiga.scr.procedures.Authorization;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.Interview;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.TestResult;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.WorkNote;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ProcedureKey;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ActionData.Note;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Assignment;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ProcedureDefinition;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Recipient;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ReplyOficio;

/**
 * PR-DMIGA-11: request for a web portal or microsite (eventual). The manual's "go to step 13"
 * after failed tests is normalized to implementation (step 7). ST routes the report to the
 * development area, so development (not Mantenimiento, as the manual's table says) interviews and
 * builds; the reply step names the Área solicitante, which is the oficio's recipient.
 */
public final class WebPortalFlow {

    public static final String RECEIVE = "RECIBIR";
    public static final String AUTHORIZE = "AUTORIZAR";
    public static final String ROUTE_TO_DEVELOPMENT = "CANALIZAR";
    public static final String INTERVIEW = "ENTREVISTAR";
    public static final String ANALYZE = "ANALIZAR";
    public static final String DESIGN = "DISENAR";
    public static final String IMPLEMENT = "IMPLEMENTAR";
    public static final String TEST = "PROBAR";
    public static final String REPLY = "RESPONDER";

    public static final ProcedureDefinition DEFINITION = ProcedureDefinition
            .procedure(ProcedureKey.PR_DMIGA_11, "Subdirección de Tecnologías")
            .step("1", "Recibir el oficio de solicitud de portal web o micrositio por Cero Papel", SECRETARIA, "Oficio")
                    .orBy(CERO_PAPEL_CLIENT)
                .action(RECEIVE, "Recibir oficio", Note.class).to("2")
            .step("2", "Autorizar el reporte e instruir a la Subdirección de Tecnologías", DIRECTOR, "Reporte de servicio")
                    .within(16)
                .action(AUTHORIZE, "Autorizar", Authorization.class).to("3")
            .step("3", "Canalizar el reporte al área de desarrollo", SUBDIR_TECNOLOGIAS, "Reporte de servicio").within(8)
                .action(ROUTE_TO_DEVELOPMENT, "Canalizar a desarrollo", Assignment.class).to("4")
            .step("4", "Entrevistar al encargado del área solicitante hasta obtener todos los requerimientos",
                    DESARROLLO_COORD, "Entrevista").within(24)
                .action(INTERVIEW, "Registrar entrevista", Interview.class)
                    .when("Se obtuvieron todos los requerimientos", (report, interview) -> interview.requirementsComplete(),
                            "5")
                    .otherwise("Faltan requerimientos: nueva entrevista", "4")
            .step("5", "Realizar la fase de análisis de requerimientos", DESARROLLO_COORD, "Reporte de servicio").within(24)
                .action(ANALYZE, "Análisis concluido", WorkNote.class).to("6")
            .step("6", "Realizar la fase de diseño del portal web o micrositio", DESARROLLO_COORD, "Reporte de servicio")
                    .within(40)
                .action(DESIGN, "Diseño concluido", WorkNote.class).to("7")
            .step("7", "Realizar la fase de implementación del portal web o micrositio", DESARROLLO_COORD,
                    "Reporte de servicio").within(80)
                .action(IMPLEMENT, "Implementación concluida", WorkNote.class).to("8")
            .step("8", "Realizar la fase de prueba del portal web o micrositio", DESARROLLO_COORD, "Reporte de servicio")
                    .within(24)
                .action(TEST, "Registrar pruebas", TestResult.class)
                    .when("Pruebas aprobadas", (report, result) -> result.passed(), "9")
                    .otherwise("Fallas en pruebas: regresa a implementación", "7")
            .step("9", "Responder por oficio al área solicitante que se atendió la solicitud", DESARROLLO_COORD,
                    "Oficio de respuesta").within(8)
                .action(REPLY, "Enviar oficio de respuesta", ReplyOficio.class)
                    .sendsOficioTo(Recipient.AREA_SOLICITANTE).to(END)
            .build();

    private WebPortalFlow() {
    }
}
