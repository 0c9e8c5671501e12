package mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr05;

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
 * PR-DMIGA-05: request to develop an application (eventual). Policy: the Director decides whether
 * a request is attended; declining is the engine's {@code Workflow.decline}, open at every step.
 * The manual's "go to step 14" after failed tests is normalized to implementation (step 9). Its
 * reply step names the Área solicitante, which is the oficio's recipient: the Departamento de
 * Desarrollo de Aplicaciones, responsible for the procedure, sends it.
 */
public final class ApplicationDevelopmentFlow {

    public static final String RECEIVE = "RECIBIR";
    public static final String GENERATE_REPORT = "GENERAR_REPORTE";
    public static final String AUTHORIZE = "AUTORIZAR";
    public static final String ROUTE_TO_DEVELOPMENT = "CANALIZAR";
    public static final String INTERVIEW = "ENTREVISTAR";
    public static final String ANALYZE = "ANALIZAR";
    public static final String DESIGN = "DISENAR";
    public static final String IMPLEMENT = "IMPLEMENTAR";
    public static final String TEST = "PROBAR";
    public static final String REPLY = "RESPONDER";

    public static final ProcedureDefinition DEFINITION = ProcedureDefinition
            .procedure(ProcedureKey.PR_DMIGA_05, "Departamento de Desarrollo de Aplicaciones")
            .step("1", "Recibir el oficio de solicitud por Cero Papel", SECRETARIA, "Oficio").orBy(CERO_PAPEL_CLIENT)
                .action(RECEIVE, "Recibir oficio", Note.class).to("2")
            .step("2", "Generar el reporte", SECRETARIA, "Reporte de servicio").within(4)
                .action(GENERATE_REPORT, "Generar reporte", Note.class).to("3")
            .step("3", "Autorizar el reporte e instruir a la Subdirección de Tecnologías", DIRECTOR, "Reporte de servicio")
                    .within(16)
                .action(AUTHORIZE, "Autorizar", Authorization.class).to("4")
            .step("4", "Canalizar el reporte al área de desarrollo", SUBDIR_TECNOLOGIAS, "Reporte de servicio").within(8)
                .action(ROUTE_TO_DEVELOPMENT, "Canalizar a desarrollo", Assignment.class).to("5")
            .step("5", "Entrevista preliminar con el encargado del área solicitante", DESARROLLO_COORD, "Entrevista")
                    .within(24)
                .action(INTERVIEW, "Registrar entrevista", Interview.class)
                    .when("Se obtuvieron todos los requerimientos", (report, interview) -> interview.requirementsComplete(),
                            "7")
                    .otherwise("Faltan requerimientos: entrevistar al personal operativo", "6")
            .step("6", "Entrevistar al personal operativo del área solicitante hasta completar los requerimientos",
                    DESARROLLO_COORD, "Entrevista").within(40)
                .action(INTERVIEW, "Registrar entrevista", Interview.class)
                    .when("Se obtuvieron todos los requerimientos", (report, interview) -> interview.requirementsComplete(),
                            "7")
                    .otherwise("Faltan requerimientos: nueva entrevista al personal operativo", "6")
            .step("7", "Realizar la fase de análisis de requerimientos", DESARROLLO_COORD, "Entrevista").within(40)
                .action(ANALYZE, "Análisis concluido", WorkNote.class).to("8")
            .step("8", "Realizar la fase de diseño del sistema", DESARROLLO_COORD, "Reporte de servicio").within(80)
                .action(DESIGN, "Diseño concluido", WorkNote.class).to("9")
            .step("9", "Realizar la fase de implementación del sistema", DESARROLLO_COORD, "Reporte de servicio")
                    .within(160)
                .action(IMPLEMENT, "Implementación concluida", WorkNote.class).to("10")
            .step("10", "Realizar la fase de prueba del sistema", DESARROLLO_COORD, "Reporte de servicio").within(40)
                .action(TEST, "Registrar pruebas", TestResult.class)
                    .when("Pruebas aprobadas", (report, result) -> result.passed(), "11")
                    .otherwise("Fallas en pruebas: regresa a implementación", "9")
            .step("11", "Responder por oficio al área solicitante que se atendió la solicitud", DESARROLLO_COORD,
                    "Oficio de respuesta").within(8)
                .action(REPLY, "Enviar oficio de respuesta", ReplyOficio.class)
                    .sendsOficioTo(Recipient.AREA_SOLICITANTE).to(END)
            .build();

    private ApplicationDevelopmentFlow() {
    }
}
