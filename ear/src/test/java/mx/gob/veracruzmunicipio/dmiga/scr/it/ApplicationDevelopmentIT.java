package mx.gob.veracruzmunicipio.dmiga.scr.it;

import static mx.gob.veracruzmunicipio.dmiga.scr.it.SignedIn.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import mx.gob.veracruzmunicipio.dmiga.scr.account.Role;
import mx.gob.veracruzmunicipio.dmiga.scr.intake.ReportIntake;
import mx.gob.veracruzmunicipio.dmiga.scr.oficio.OutgoingOficio;
import mx.gob.veracruzmunicipio.dmiga.scr.platform.InvalidInputException;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.Authorization;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.Interview;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.InterviewView;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.Interviews;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.TestResult;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.WorkNote;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr05.ApplicationDevelopmentProcedure;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ProcedureKey;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ReportStatus;
import mx.gob.veracruzmunicipio.dmiga.scr.report.Reports;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ServiceCategory;
import mx.gob.veracruzmunicipio.dmiga.scr.report.TimelineView;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ActionData.Note;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ActionRefusedException;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Assignment;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ReplyOficio;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ReportView;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Workflow;

/** PR-DMIGA-05 through its session bean: every branch and loop, and what the engine refuses. */
@ExtendWith(ArquillianExtension.class)
class ApplicationDevelopmentIT {

    // Mexico's date is never ahead of the server's, so these are never "in the future" for it.
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("America/Mexico_City"));

    @Deployment
    static EnterpriseArchive deployment() {
        return ScrDeployment.earWith(ApplicationDevelopmentIT.class, TestOficios.class);
    }

    @Inject
    ReportIntake intake;

    @Inject
    ApplicationDevelopmentProcedure procedure;

    @Inject
    Reports reports;

    @Inject
    Interviews recordedInterviews;

    @Inject
    Workflow workflow;

    @Test
    void aRequestGoesThroughInterviewsUntilCompleteAFailedTestAndEndsWithAReplyOficio() throws Exception {
        ReportView at5 = reportAtStep5("Sistema de control de citas para el Registro Civil");
        assertEquals("desarrollo", at5.assignedUsername());

        ReportView at6 = as("desarrollo", "demo", () -> procedure.interview(at5.ref(), new Interview(
                TODAY.minusDays(3), List.of("Lic. Ana Ruiz Campos (Oficial del Registro Civil)"),
                "Se requiere agendar citas en línea; falta conocer el flujo de ventanilla.", false, null)));
        assertEquals("6", at6.currentStep());
        assertEquals(Role.DESARROLLO_COORD, at6.assignedRole());

        ReportView stillAt6 = as("desarrollo", "demo", () -> procedure.interview(at6.ref(), new Interview(
                TODAY.minusDays(2), List.of("C. Pedro Lara", "C. Sofía Méndez"),
                "Ventanilla: se atienden 80 citas diarias; falta el catálogo de trámites.", false, null)));
        assertEquals("6", stillAt6.currentStep());

        ReportView at7 = as("desarrollo", "demo", () -> procedure.interview(stillAt6.ref(), new Interview(
                TODAY.minusDays(1), List.of("C. Pedro Lara"), "Se entregó el catálogo de 14 trámites.", true,
                "Requerimientos firmados por el área")));
        assertEquals("7", at7.currentStep());

        ReportView at8 = as("desarrollo", "demo", () -> procedure.analyze(at7.ref(),
                new WorkNote("Documento de requerimientos con 12 casos de uso", null)));
        ReportView at9 = as("desarrollo", "demo", () -> procedure.design(at8.ref(),
                new WorkNote("Modelo de datos y pantallas aprobadas", null)));
        ReportView at10 = as("desarrollo", "demo", () -> procedure.implement(at9.ref(),
                new WorkNote("Primera versión en el servidor de pruebas", null)));
        ReportView backAt9 = as("desarrollo", "demo", () -> procedure.recordTests(at10.ref(),
                new TestResult(false, "Se permiten dos citas en el mismo horario", null)));
        assertEquals("9", backAt9.currentStep());
        ReportView again10 = as("desarrollo", "demo", () -> procedure.implement(backAt9.ref(),
                new WorkNote("Se bloquea el horario al confirmar la cita", null)));
        ReportView at11 = as("desarrollo", "demo", () -> procedure.recordTests(again10.ref(),
                new TestResult(true, null, "Probado con el personal de ventanilla")));
        assertEquals("11", at11.currentStep());
        assertEquals(Role.DESARROLLO_COORD, at11.assignedRole());

        ReportView closed = as("desarrollo", "demo", () -> procedure.reply(at11.ref(), new ReplyOficio(
                "Atención a su solicitud de desarrollo", "El sistema de citas está en operación.", null)));
        assertEquals(ReportStatus.CERRADO, closed.status());
        assertNull(closed.currentStep());

        String folio = closed.folio();
        List<TimelineView> timeline = as("director", "demo", () -> reports.timeline(folio));
        assertEquals(List.of(
                "1 RECIBIR ceropapel CERO_PAPEL_CLIENT → 2",
                "2 GENERAR_REPORTE secretaria SECRETARIA → 3",
                "3 AUTORIZAR director DIRECTOR → 4",
                "4 CANALIZAR subtec SUBDIR_TECNOLOGIAS → 5",
                "5 ENTREVISTAR desarrollo DESARROLLO_COORD → 6",
                "6 ENTREVISTAR desarrollo DESARROLLO_COORD → 6",
                "6 ENTREVISTAR desarrollo DESARROLLO_COORD → 7",
                "7 ANALIZAR desarrollo DESARROLLO_COORD → 8",
                "8 DISENAR desarrollo DESARROLLO_COORD → 9",
                "9 IMPLEMENTAR desarrollo DESARROLLO_COORD → 10",
                "10 PROBAR desarrollo DESARROLLO_COORD → 9",
                "9 IMPLEMENTAR desarrollo DESARROLLO_COORD → 10",
                "10 PROBAR desarrollo DESARROLLO_COORD → 11",
                "11 RESPONDER desarrollo DESARROLLO_COORD → FIN"),
                timeline.stream().map(ApplicationDevelopmentIT::line).toList());
        assertEquals("Faltan requerimientos: entrevistar al personal operativo", timeline.get(4).decision());
        assertEquals("Faltan requerimientos: nueva entrevista al personal operativo", timeline.get(5).decision());
        assertEquals("Se obtuvieron todos los requerimientos", timeline.get(6).decision());
        assertEquals("Fecha de la entrevista: " + TODAY.minusDays(2) + "; Personas entrevistadas: [C. Pedro Lara, "
                + "C. Sofía Méndez]; Notas: Ventanilla: se atienden 80 citas diarias; falta el catálogo de trámites.; "
                + "Requerimientos completos: no", timeline.get(5).details());
        assertEquals("Entrevista", timeline.get(5).document());
        assertEquals("Requerimientos firmados por el área", timeline.get(6).observations());
        assertEquals("Fallas en pruebas: regresa a implementación", timeline.get(10).decision());
        assertEquals("Pruebas aprobadas: no; Fallas encontradas: Se permiten dos citas en el mismo horario",
                timeline.get(10).details());
        assertEquals("Trabajo realizado: Modelo de datos y pantallas aprobadas", timeline.get(8).details());

        List<InterviewView> interviews = as("programador", "demo", () -> recordedInterviews.of(folio));
        assertEquals(List.of("5", "6", "6"), interviews.stream().map(InterviewView::step).toList());
        assertEquals(List.of(TODAY.minusDays(3), TODAY.minusDays(2), TODAY.minusDays(1)),
                interviews.stream().map(InterviewView::date).toList());
        assertEquals(List.of("C. Pedro Lara", "C. Sofía Méndez"), interviews.get(1).interviewees());
        assertEquals(List.of(false, false, true),
                interviews.stream().map(InterviewView::requirementsComplete).toList());
        assertEquals("Se entregó el catálogo de 14 trámites.", interviews.get(2).notes());
        assertEquals("Requerimientos firmados por el área", interviews.get(2).observations());
        assertEquals("desarrollo", interviews.get(0).recordedBy());

        List<OutgoingOficio> oficios = as("director", "demo", () -> reports.outgoingOficios(folio));
        assertEquals(1, oficios.size());
        assertEquals("Tesorería Municipal", oficios.get(0).getRecipient());
        assertEquals("Atención a su solicitud de desarrollo", oficios.get(0).getSubject());
        assertEquals("desarrollo", oficios.get(0).getCreatedBy());
        assertTrue(as("director", "demo", () -> reports.verifyTimeline(folio)).intact());
    }

    @Test
    void aPreliminaryInterviewThatGathersEverythingGoesStraightToAnalysis() throws Exception {
        ReportView at5 = reportAtStep5("Tablero de indicadores de la Tesorería");

        ReportView at7 = as("desarrollo", "demo", () -> procedure.interview(at5.ref(), new Interview(TODAY,
                List.of("C.P. Gabriela Torres Lima"), "La tesorera entregó todos los indicadores.", true, null)));

        assertEquals("7", at7.currentStep());
        assertEquals("Se obtuvieron todos los requerimientos",
                as("director", "demo", () -> reports.timeline(at7.folio())).get(4).decision());
        assertEquals(1, as("desarrollo", "demo", () -> recordedInterviews.of(at7.folio())).size());
    }

    @Test
    void theDirectorDeclinesTheRequestWithAReplyOficioAndNothingMoreCanBeDone() throws Exception {
        ReportView at3 = reportAtStep3("Aplicación móvil de turismo");

        ReportView declined = as("director", "demo", () -> workflow.decline(at3.ref(), new ReplyOficio(
                "Respuesta a su solicitud", "No es posible atenderla este ejercicio por falta de personal.", null)));

        assertEquals(ReportStatus.DECLINADO, declined.status());
        List<TimelineView> timeline = as("director", "demo", () -> reports.timeline(at3.folio()));
        assertEquals(3, timeline.size());
        assertEquals("DECLINAR", timeline.get(2).action());
        assertEquals("director", timeline.get(2).actorUsername());
        assertEquals(Role.DIRECTOR, timeline.get(2).actorRole());
        assertEquals("Solicitud declinada", timeline.get(2).decision());
        List<OutgoingOficio> oficios = as("director", "demo", () -> reports.outgoingOficios(at3.folio()));
        assertEquals(List.of("Respuesta a su solicitud"), oficios.stream().map(OutgoingOficio::getSubject).toList());
        ActionRefusedException refused = assertThrows(ActionRefusedException.class, () -> as("director", "demo",
                () -> procedure.authorize(declined.ref(), new Authorization("Siempre sí", null))));
        assertEquals("El reporte " + at3.folio() + " ya está declinado.", refused.getMessage());
        assertTrue(as("director", "demo", () -> reports.verifyTimeline(at3.folio())).intact());
    }

    @Test
    void aRoleThatDoesNotOwnTheStepIsRefusedAndNothingIsWritten() throws Exception {
        ReportView at3 = reportAtStep3("Sistema de inventario de bienes muebles");

        ActionRefusedException notDirector = assertThrows(ActionRefusedException.class, () -> as("subtec", "demo",
                () -> procedure.authorize(at3.ref(), new Authorization("Lo autorizo yo", null))));
        assertEquals("Su usuario no puede actuar en el paso 3 («Autorizar el reporte e instruir a la Subdirección "
                + "de Tecnologías») del reporte " + at3.folio() + ": se requiere el rol Director DMIGA.",
                notDirector.getMessage());
        assertUnchanged(at3, 2);

        ReportView at4 = as("director", "demo", () -> procedure.authorize(at3.ref(),
                new Authorization("Adelante", null)));
        ReportView at5 = as("subtec", "demo", () -> procedure.routeToDevelopment(at4.ref(),
                new Assignment("desarrollo", null)));
        ActionRefusedException notDevelopment = assertThrows(ActionRefusedException.class, () -> as("programador",
                "demo", () -> procedure.interview(at5.ref(), new Interview(TODAY, List.of("Alguien"), "Notas", true,
                        null))));
        assertTrue(notDevelopment.getMessage()
                .endsWith("se requiere el rol Coordinación de Desarrollo de Aplicaciones."), notDevelopment.getMessage());
        assertUnchanged(at5, 4);
        assertTrue(as("desarrollo", "demo", () -> recordedInterviews.of(at5.folio())).isEmpty());
    }

    @Test
    void anInterviewWithoutItsDataIsRefusedWithSpanishMessagesNamingEachFieldAndNothingIsWritten() throws Exception {
        ReportView at5 = reportAtStep5("Portal de transparencia interno");

        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> as("desarrollo", "demo",
                () -> procedure.interview(at5.ref(), new Interview(null, List.of(), " ", null, null))));

        assertEquals(List.of("La fecha de la entrevista es obligatoria.", "Indique al menos una persona entrevistada.",
                "Las notas de la entrevista son obligatorias.", "Indique si se obtuvieron todos los requerimientos."),
                refused.messages());
        assertUnchanged(at5, 4);
        assertTrue(as("desarrollo", "demo", () -> recordedInterviews.of(at5.folio())).isEmpty());

        InvalidInputException future = assertThrows(InvalidInputException.class, () -> as("desarrollo", "demo",
                () -> procedure.interview(at5.ref(), new Interview(TODAY.plusDays(2), List.of("C. Pedro Lara"),
                        "Notas", true, null))));
        assertEquals(List.of("La fecha de la entrevista no puede ser posterior a hoy."), future.messages());
        assertUnchanged(at5, 4);
    }

    @Test
    void aPhaseWithoutItsWorkIsRefused() throws Exception {
        ReportView at5 = reportAtStep5("Sistema de padrón de proveedores");
        ReportView at7 = as("desarrollo", "demo", () -> procedure.interview(at5.ref(), new Interview(TODAY,
                List.of("Lic. Mario Cruz"), "Todo claro", true, null)));

        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> as("desarrollo", "demo",
                () -> procedure.analyze(at7.ref(), new WorkNote("", null))));

        assertEquals(List.of("Describa el trabajo realizado."), refused.messages());
        assertUnchanged(at7, 5);
    }

    @Test
    void theInterviewsAreForTheDirectoratesStaffOnly() throws Exception {
        ReportView at5 = reportAtStep5("Sistema de becas municipales");

        assertThrows(EJBAccessException.class,
                () -> as("solicitante", "demo", () -> recordedInterviews.of(at5.folio())));
        assertEquals(List.of(), as("secretaria", "demo", () -> recordedInterviews.of(at5.folio())));
    }

    private ReportView reportAtStep3(String subject) throws Exception {
        String folio = as("ceropapel", "demo", () -> intake.receiveOficio(TestOficios.asking(ProcedureKey.PR_DMIGA_05,
                ServiceCategory.SISTEMAS_INFORMACION, subject))).folio();
        ReportView at2 = view(folio);
        assertEquals("2", at2.currentStep());
        assertEquals(Role.SECRETARIA, at2.assignedRole());
        ReportView at3 = as("secretaria", "demo", () -> procedure.generateReport(at2.ref(), new Note(null)));
        assertEquals("3", at3.currentStep());
        assertEquals(Role.DIRECTOR, at3.assignedRole());
        return at3;
    }

    private ReportView reportAtStep5(String subject) throws Exception {
        ReportView at3 = reportAtStep3(subject);
        ReportView at4 = as("director", "demo", () -> procedure.authorize(at3.ref(),
                new Authorization("Atender; revisar antes la infraestructura disponible", null)));
        assertEquals("4", at4.currentStep());
        assertEquals(Role.SUBDIR_TECNOLOGIAS, at4.assignedRole());
        ReportView at5 = as("subtec", "demo", () -> procedure.routeToDevelopment(at4.ref(),
                new Assignment("desarrollo", "Levantar requerimientos con el área")));
        assertEquals("5", at5.currentStep());
        assertEquals(Role.DESARROLLO_COORD, at5.assignedRole());
        return at5;
    }

    private void assertUnchanged(ReportView before, int entries) throws Exception {
        ReportView after = view(before.folio());
        assertEquals(before.version(), after.version());
        assertEquals(before.currentStep(), after.currentStep());
        assertEquals(entries, as("director", "demo", () -> reports.timeline(before.folio())).size());
    }

    private ReportView view(String folio) throws Exception {
        return as("director", "demo", () -> reports.view(folio));
    }

    private static String line(TimelineView entry) {
        return entry.step() + " " + entry.action() + " " + entry.actorUsername() + " " + entry.actorRole() + " → "
                + entry.nextStep();
    }
}
