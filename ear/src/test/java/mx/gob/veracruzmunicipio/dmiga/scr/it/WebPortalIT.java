package mx.gob.veracruzmunicipio.dmiga.scr.it;

import static mx.gob.veracruzmunicipio.dmiga.scr.it.SignedIn.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

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
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr11.WebPortalProcedure;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ProcedureKey;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ReportStatus;
import mx.gob.veracruzmunicipio.dmiga.scr.report.Reports;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ServiceCategory;
import mx.gob.veracruzmunicipio.dmiga.scr.report.TimelineView;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ActionRefusedException;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Assignment;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ReplyOficio;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ReportView;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Workflow;

/** PR-DMIGA-11 through its session bean: every branch and loop, and what the engine refuses. */
@ExtendWith(ArquillianExtension.class)
class WebPortalIT {

    // Mexico's date is never ahead of the server's, so these are never "in the future" for it.
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("America/Mexico_City"));

    @Deployment
    static EnterpriseArchive deployment() {
        return ScrDeployment.earWith(WebPortalIT.class, TestOficios.class);
    }

    @Inject
    ReportIntake intake;

    @Inject
    WebPortalProcedure procedure;

    @Inject
    Reports reports;

    @Inject
    Interviews recordedInterviews;

    @Inject
    Workflow workflow;

    @Test
    void aMicrositeGoesThroughTwoInterviewsAFailedTestAndEndsWithAReplyOficio() throws Exception {
        ReportView at4 = reportAtStep4("Micrositio del Carnaval de Veracruz 2027");
        assertEquals("desarrollo", at4.assignedUsername());

        ReportView stillAt4 = as("desarrollo", "demo", () -> procedure.interview(at4.ref(), new Interview(
                TODAY.minusDays(2), List.of("Lic. Laura Vega (Directora de Turismo)"),
                "Secciones: programa, rutas y patrocinadores; faltan los textos de patrocinadores.", false, null)));
        assertEquals("4", stillAt4.currentStep());
        assertEquals("desarrollo", stillAt4.assignedUsername());

        ReportView at5 = as("desarrollo", "demo", () -> procedure.interview(stillAt4.ref(), new Interview(
                TODAY.minusDays(1), List.of("Lic. Laura Vega (Directora de Turismo)", "C. Raúl Díaz"),
                "Se entregaron los textos y logotipos.", true, null)));
        assertEquals("5", at5.currentStep());

        ReportView at6 = as("desarrollo", "demo", () -> procedure.analyze(at5.ref(),
                new WorkNote("Mapa del sitio con 6 secciones", null)));
        ReportView at7 = as("desarrollo", "demo", () -> procedure.design(at6.ref(),
                new WorkNote("Maqueta aprobada por Turismo", null)));
        ReportView at8 = as("desarrollo", "demo", () -> procedure.implement(at7.ref(),
                new WorkNote("Micrositio publicado en el servidor de pruebas", null)));
        ReportView backAt7 = as("desarrollo", "demo", () -> procedure.recordTests(at8.ref(),
                new TestResult(false, "El mapa de rutas no carga en teléfonos", null)));
        assertEquals("7", backAt7.currentStep());
        ReportView again8 = as("desarrollo", "demo", () -> procedure.implement(backAt7.ref(),
                new WorkNote("Mapa adaptado a pantallas pequeñas", null)));
        ReportView at9 = as("desarrollo", "demo", () -> procedure.recordTests(again8.ref(),
                new TestResult(true, null, null)));
        assertEquals("9", at9.currentStep());

        ReportView closed = as("desarrollo", "demo", () -> procedure.reply(at9.ref(), new ReplyOficio(
                "Micrositio del Carnaval", "El micrositio está publicado en carnaval.veracruzmunicipio.gob.mx.", null)));
        assertEquals(ReportStatus.CERRADO, closed.status());
        assertNull(closed.currentStep());

        String folio = closed.folio();
        List<TimelineView> timeline = as("director", "demo", () -> reports.timeline(folio));
        assertEquals(List.of(
                "1 RECIBIR ceropapel CERO_PAPEL_CLIENT → 2",
                "2 AUTORIZAR director DIRECTOR → 3",
                "3 CANALIZAR subtec SUBDIR_TECNOLOGIAS → 4",
                "4 ENTREVISTAR desarrollo DESARROLLO_COORD → 4",
                "4 ENTREVISTAR desarrollo DESARROLLO_COORD → 5",
                "5 ANALIZAR desarrollo DESARROLLO_COORD → 6",
                "6 DISENAR desarrollo DESARROLLO_COORD → 7",
                "7 IMPLEMENTAR desarrollo DESARROLLO_COORD → 8",
                "8 PROBAR desarrollo DESARROLLO_COORD → 7",
                "7 IMPLEMENTAR desarrollo DESARROLLO_COORD → 8",
                "8 PROBAR desarrollo DESARROLLO_COORD → 9",
                "9 RESPONDER desarrollo DESARROLLO_COORD → FIN"), timeline.stream().map(WebPortalIT::line).toList());
        assertEquals("Faltan requerimientos: nueva entrevista", timeline.get(3).decision());
        assertEquals("Se obtuvieron todos los requerimientos", timeline.get(4).decision());
        assertEquals("Fecha de la entrevista: " + TODAY.minusDays(1) + "; Personas entrevistadas: [Lic. Laura Vega "
                + "(Directora de Turismo), C. Raúl Díaz]; Notas: Se entregaron los textos y logotipos.; "
                + "Requerimientos completos: sí", timeline.get(4).details());
        assertEquals("Fallas en pruebas: regresa a implementación", timeline.get(8).decision());
        assertEquals("Instrucciones: Atender para la temporada de Carnaval", timeline.get(1).details());
        assertEquals("Asignado a: desarrollo", timeline.get(2).details());

        List<InterviewView> interviews = as("subtec", "demo", () -> recordedInterviews.of(folio));
        assertEquals(2, interviews.size());
        assertEquals(List.of("4", "4"), interviews.stream().map(InterviewView::step).toList());
        assertEquals(List.of("Lic. Laura Vega (Directora de Turismo)", "C. Raúl Díaz"), interviews.get(1).interviewees());
        assertEquals(List.of(false, true), interviews.stream().map(InterviewView::requirementsComplete).toList());

        List<OutgoingOficio> oficios = as("director", "demo", () -> reports.outgoingOficios(folio));
        assertEquals(1, oficios.size());
        assertEquals("Tesorería Municipal", oficios.get(0).getRecipient());
        assertEquals("Micrositio del Carnaval", oficios.get(0).getSubject());
        assertTrue(as("director", "demo", () -> reports.verifyTimeline(folio)).intact());
    }

    @Test
    void theDirectorDeclinesTheRequestWithAReplyOficio() throws Exception {
        ReportView at2 = reportAtStep2("Portal de la Feria del Libro");

        ReportView declined = as("director", "demo", () -> workflow.decline(at2.ref(), new ReplyOficio(
                "Respuesta a su solicitud", "La información puede publicarse en el portal ciudadano existente.",
                null)));

        assertEquals(ReportStatus.DECLINADO, declined.status());
        List<TimelineView> timeline = as("director", "demo", () -> reports.timeline(at2.folio()));
        assertEquals(List.of("RECIBIR", "DECLINAR"), timeline.stream().map(TimelineView::action).toList());
        assertEquals(Role.DIRECTOR, timeline.get(1).actorRole());
        assertEquals(1, as("director", "demo", () -> reports.outgoingOficios(at2.folio())).size());
        assertThrows(ActionRefusedException.class, () -> as("director", "demo",
                () -> procedure.authorize(declined.ref(), new Authorization("Siempre sí", null))));
        assertTrue(as("director", "demo", () -> reports.verifyTimeline(at2.folio())).intact());
    }

    @Test
    void onlyTheSubdirectorateOfTechnologyRoutesToDevelopmentAndARefusalWritesNothing() throws Exception {
        ReportView at2 = reportAtStep2("Micrositio de Protección Civil");
        ReportView at3 = as("director", "demo", () -> procedure.authorize(at2.ref(),
                new Authorization("Adelante", null)));

        ActionRefusedException refused = assertThrows(ActionRefusedException.class, () -> as("desarrollo", "demo",
                () -> procedure.routeToDevelopment(at3.ref(), new Assignment("desarrollo", null))));

        assertEquals("Su usuario no puede actuar en el paso 3 («Canalizar el reporte al área de desarrollo») del "
                + "reporte " + at3.folio() + ": se requiere el rol Subdirección de Tecnologías.", refused.getMessage());
        assertUnchanged(at3, 2);
    }

    @Test
    void routingWithoutNamingThePersonIsRefusedInSpanishAndNothingIsWritten() throws Exception {
        ReportView at2 = reportAtStep2("Micrositio del DIF municipal");
        ReportView at3 = as("director", "demo", () -> procedure.authorize(at2.ref(),
                new Authorization("Adelante", null)));

        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> as("subtec", "demo",
                () -> procedure.routeToDevelopment(at3.ref(), new Assignment(" ", null))));

        assertEquals(List.of("Indique a quién se asigna el siguiente paso."), refused.messages());
        assertUnchanged(at3, 2);
    }

    @Test
    void anInterviewWithoutPeopleOrNotesIsRefusedAndNothingIsRecorded() throws Exception {
        ReportView at4 = reportAtStep4("Micrositio de Desarrollo Económico");

        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> as("desarrollo", "demo",
                () -> procedure.interview(at4.ref(), new Interview(TODAY, List.of(" "), null, false, null))));

        assertEquals(List.of("El nombre de cada persona entrevistada es obligatorio.",
                "Las notas de la entrevista son obligatorias."), refused.messages());
        assertUnchanged(at4, 3);
        assertTrue(as("desarrollo", "demo", () -> recordedInterviews.of(at4.folio())).isEmpty());
    }

    private ReportView reportAtStep2(String subject) throws Exception {
        String folio = as("ceropapel", "demo", () -> intake.receiveOficio(TestOficios.asking(ProcedureKey.PR_DMIGA_11,
                ServiceCategory.PORTAL_CIUDADANO, subject))).folio();
        ReportView at2 = view(folio);
        assertEquals("2", at2.currentStep());
        assertEquals(Role.DIRECTOR, at2.assignedRole());
        return at2;
    }

    private ReportView reportAtStep4(String subject) throws Exception {
        ReportView at2 = reportAtStep2(subject);
        ReportView at3 = as("director", "demo", () -> procedure.authorize(at2.ref(),
                new Authorization("Atender para la temporada de Carnaval", null)));
        assertEquals("3", at3.currentStep());
        assertEquals(Role.SUBDIR_TECNOLOGIAS, at3.assignedRole());
        ReportView at4 = as("subtec", "demo", () -> procedure.routeToDevelopment(at3.ref(),
                new Assignment("desarrollo", null)));
        assertEquals("4", at4.currentStep());
        assertEquals(Role.DESARROLLO_COORD, at4.assignedRole());
        return at4;
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
