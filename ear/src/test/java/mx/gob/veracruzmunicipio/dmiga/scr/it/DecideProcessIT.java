package mx.gob.veracruzmunicipio.dmiga.scr.it;

import static mx.gob.veracruzmunicipio.dmiga.scr.it.SignedIn.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

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
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr08.ConsultationClosing;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr08.ConsultationStart;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr08.DecideInformation;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr08.DecideProcessProcedure;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr08.DecideProcessType;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr08.DecideProcessView;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr08.DecideResults;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr08.DecideTraining;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ProcedureKey;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ReportStatus;
import mx.gob.veracruzmunicipio.dmiga.scr.report.Reports;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ServiceCategory;
import mx.gob.veracruzmunicipio.dmiga.scr.report.TimelineView;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ActionRefusedException;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ReplyOficio;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ReportView;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Workflow;

/** PR-DMIGA-08 through its session bean, with the Decide Veracruz process data each step records. */
@ExtendWith(ArquillianExtension.class)
class DecideProcessIT {

    private static final LocalDate YESTERDAY = LocalDate.now().minusDays(1);
    private static final String URL = "https://decide.veracruzmunicipio.gob.mx/presupuestos/12";

    @Deployment
    static EnterpriseArchive deployment() {
        return ScrDeployment.earWith(DecideProcessIT.class, TestOficios.class);
    }

    @Inject
    ReportIntake intake;

    @Inject
    DecideProcessProcedure procedure;

    @Inject
    Reports reports;

    @Inject
    Workflow workflow;

    @Test
    void aParticipatoryBudgetGoesFromTheOficioToTheResultsOficioRecordingTheProcessOnTheWay() throws Exception {
        ReportView at2 = received("Presupuesto participativo 2027 de la Tesorería");
        assertEquals("2", at2.currentStep());
        assertEquals(Role.DIRECTOR, at2.assignedRole());

        ReportView at3 = as("director", "demo", () -> procedure.authorize(at2.ref(),
                new Authorization("Apoyar a la Tesorería con el presupuesto participativo", null)));
        assertEquals(Role.SUBDIR_MODERNIZACION, at3.assignedRole());
        assertEquals(Optional.empty(), as("director", "demo", () -> procedure.process(at3.folio())));

        ReportView at4 = as("submod", "demo", () -> procedure.recordTraining(at3.ref(), new DecideTraining(
                DecideProcessType.PRESUPUESTO_PARTICIPATIVO, YESTERDAY, "gabriela.torres, julio.mena", null)));
        ReportView at5 = as("submod", "demo", () -> procedure.integrateInformation(at4.ref(),
                new DecideInformation("Presupuesto participativo 2027", URL, "Se cargaron 14 proyectos")));
        assertEquals("5", at5.currentStep());
        assertEquals(Role.AREA_SOLICITANTE, at5.assignedRole());
        assertEquals(ReportStatus.EN_ESPERA, at5.status());

        ReportView at6 = as("solicitante", "demo", () -> procedure.startConsultation(at5.ref(),
                new ConsultationStart(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 15), null)));
        assertEquals(ReportStatus.EN_ESPERA, at6.status());
        DecideProcessView running = as("solicitante", "demo", () -> procedure.process(at6.folio())).orElseThrow();
        assertEquals(LocalDate.of(2026, 12, 1), running.opensOn());
        assertNull(running.closedAt());

        ReportView at7 = as("solicitante", "demo", () -> procedure.closeProcess(at6.ref(),
                new ConsultationClosing(1342, "Cerrado en la fecha publicada")));
        assertEquals(ReportStatus.EN_TRAMITE, at7.status());
        assertEquals(Role.SUBDIR_MODERNIZACION, at7.assignedRole());

        ReportView closed = as("submod", "demo", () -> procedure.deliverResults(at7.ref(), new DecideResults(
                "Proyectos ganadores: alumbrado en Río Medio (512 votos) y parque en Formando Hogar (431 votos)",
                "Resultados del presupuesto participativo 2027",
                "Se entregan los resultados del proceso de presupuesto participativo 2027.", null)));
        assertEquals(ReportStatus.CERRADO, closed.status());
        assertNull(closed.currentStep());

        DecideProcessView process = as("director", "demo", () -> procedure.process(closed.folio())).orElseThrow();
        assertEquals(closed.folio(), process.folio());
        assertEquals(DecideProcessType.PRESUPUESTO_PARTICIPATIVO, process.type());
        assertEquals("Presupuesto participativo", process.typeLabel());
        assertEquals(YESTERDAY, process.trainedOn());
        assertEquals("gabriela.torres, julio.mena", process.collaborators());
        assertEquals("Presupuesto participativo 2027", process.title());
        assertEquals(URL, process.portalReference());
        assertEquals(LocalDate.of(2026, 12, 1), process.opensOn());
        assertEquals(LocalDate.of(2026, 12, 15), process.closesOn());
        assertNotNull(process.closedAt());
        assertEquals(1342, process.participants());
        assertTrue(process.results().startsWith("Proyectos ganadores: alumbrado"));
        assertNotNull(process.resultsDeliveredAt());

        List<TimelineView> timeline = as("director", "demo", () -> reports.timeline(closed.folio()));
        assertEquals(List.of("RECIBIR", "AUTORIZAR", "CAPACITAR", "INTEGRAR", "INICIAR", "CERRAR",
                "ENTREGAR_RESULTADOS"), timeline.stream().map(TimelineView::action).toList());
        assertEquals(List.of("1", "2", "3", "4", "5", "6", "7"), timeline.stream().map(TimelineView::step).toList());
        assertEquals(List.of("ceropapel", "director", "submod", "submod", "solicitante", "solicitante", "submod"),
                timeline.stream().map(TimelineView::actorUsername).toList());
        assertEquals(List.of(Role.CERO_PAPEL_CLIENT, Role.DIRECTOR, Role.SUBDIR_MODERNIZACION,
                        Role.SUBDIR_MODERNIZACION, Role.AREA_SOLICITANTE, Role.AREA_SOLICITANTE,
                        Role.SUBDIR_MODERNIZACION),
                timeline.stream().map(TimelineView::actorRole).toList());
        assertEquals("Tipo de proceso: Presupuesto participativo; Fecha de la capacitación: " + YESTERDAY
                + "; Permisos de colaboración otorgados a: gabriela.torres, julio.mena", timeline.get(2).details());
        assertEquals("Fecha de apertura: 2026-12-01; Fecha de cierre: 2026-12-15", timeline.get(4).details());
        assertEquals("Cerrado en la fecha publicada", timeline.get(5).observations());
        assertEquals("Oficio", timeline.get(6).document());
        assertEquals("FIN", timeline.get(6).nextStep());

        List<OutgoingOficio> oficios = as("director", "demo", () -> reports.outgoingOficios(closed.folio()));
        assertEquals(1, oficios.size());
        assertEquals("Tesorería Municipal", oficios.get(0).getRecipient());
        assertEquals("Resultados del presupuesto participativo 2027", oficios.get(0).getSubject());
        assertNull(oficios.get(0).getDeliveredAt());
        assertTrue(as("director", "demo", () -> reports.verifyTimeline(closed.folio())).intact());
    }

    @Test
    void aCloseDateBeforeTheOpenDateIsRefusedNamingTheDatesAndNothingIsWritten() throws Exception {
        ReportView at5 = atStep5();

        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> as("solicitante", "demo",
                () -> procedure.startConsultation(at5.ref(),
                        new ConsultationStart(LocalDate.of(2026, 12, 15), LocalDate.of(2026, 12, 1), null))));

        assertEquals(List.of("La fecha de cierre del proceso debe ser posterior a la fecha de apertura."),
                refused.messages());
        assertUnchanged(at5, 4);
        DecideProcessView process = as("director", "demo", () -> procedure.process(at5.folio())).orElseThrow();
        assertNull(process.opensOn());
        assertNull(process.closesOn());
    }

    @Test
    void missingDatesAreRefusedEachWithItsMessage() throws Exception {
        ReportView at5 = atStep5();

        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> as("solicitante", "demo",
                () -> procedure.startConsultation(at5.ref(), new ConsultationStart(null, null, null))));

        assertEquals(List.of("La fecha de cierre del proceso es obligatoria.",
                "La fecha de apertura del proceso es obligatoria."), refused.messages());
        assertUnchanged(at5, 4);
    }

    @Test
    void trainingWithoutProcessTypeOrCollaboratorsIsRefusedAndNoProcessIsStored() throws Exception {
        ReportView at3 = atStep3();

        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> as("submod", "demo",
                () -> procedure.recordTraining(at3.ref(), new DecideTraining(null, YESTERDAY, " ", null))));

        assertEquals(List.of("Indique a quiénes se otorgaron permisos de colaboración en el portal.",
                "El tipo de proceso de Decide Veracruz (debate, propuestas, votación, presupuesto participativo o "
                        + "legislación colaborativa) es obligatorio."), refused.messages());
        assertUnchanged(at3, 2);
        assertEquals(Optional.empty(), as("director", "demo", () -> procedure.process(at3.folio())));
    }

    @Test
    void anAddressOutsideThePortalIsRefused() throws Exception {
        ReportView at3 = atStep3();
        ReportView at4 = as("submod", "demo", () -> procedure.recordTraining(at3.ref(),
                new DecideTraining(DecideProcessType.DEBATE, YESTERDAY, "julio.mena", null)));

        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> as("submod", "demo",
                () -> procedure.integrateInformation(at4.ref(),
                        new DecideInformation("Debate sobre movilidad", "https://decide.example.com/debates/3", null))));

        assertEquals(List.of("La URL del proceso debe ser una dirección https://decide.veracruzmunicipio.gob.mx/…, "
                + "o indique solo el ID del proceso en el portal."), refused.messages());
        assertUnchanged(at4, 3);

        // The bare ID on the portal is enough.
        ReportView at5 = as("submod", "demo", () -> procedure.integrateInformation(at4.ref(),
                new DecideInformation("Debate sobre movilidad", "debate-movilidad-2027", null)));
        assertEquals("5", at5.currentStep());
        assertEquals("debate-movilidad-2027",
                as("director", "demo", () -> procedure.process(at5.folio())).orElseThrow().portalReference());
    }

    @Test
    void theSubdirectorCannotStartTheAreasConsultationAndNothingIsWritten() throws Exception {
        ReportView at5 = atStep5();

        ActionRefusedException refused = assertThrows(ActionRefusedException.class, () -> as("submod", "demo",
                () -> procedure.startConsultation(at5.ref(),
                        new ConsultationStart(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 15), null))));

        assertEquals("Su usuario no puede actuar en el paso 5 («Iniciar la consulta ciudadana») del reporte "
                + at5.folio() + ": se requiere el rol Área solicitante.", refused.getMessage());
        assertUnchanged(at5, 4);
        assertNull(as("director", "demo", () -> procedure.process(at5.folio())).orElseThrow().opensOn());
    }

    @Test
    void theRequestingAreaCannotGrantItsOwnPermissionsAndNoProcessIsStored() throws Exception {
        ReportView at3 = atStep3();

        ActionRefusedException refused = assertThrows(ActionRefusedException.class, () -> as("solicitante", "demo",
                () -> procedure.recordTraining(at3.ref(),
                        new DecideTraining(DecideProcessType.VOTACION, YESTERDAY, "rosa.aguilar", null))));

        assertTrue(refused.getMessage().endsWith("se requiere el rol Subdirección de Modernización."),
                refused.getMessage());
        assertUnchanged(at3, 2);
        assertEquals(Optional.empty(), as("director", "demo", () -> procedure.process(at3.folio())));
    }

    @Test
    void theDirectorMayDeclineTheRequestAndNoProcessIsOpened() throws Exception {
        ReportView at2 = received("Consulta sobre el reglamento de mercados");

        ReportView declined = as("director", "demo", () -> workflow.decline(at2.ref(), new ReplyOficio(
                "Respuesta a su solicitud", "El reglamento está en revisión del Cabildo; no procede la consulta.",
                null)));

        assertEquals(ReportStatus.DECLINADO, declined.status());
        List<TimelineView> timeline = as("director", "demo", () -> reports.timeline(at2.folio()));
        assertEquals(List.of("RECIBIR", "DECLINAR"), timeline.stream().map(TimelineView::action).toList());
        assertEquals(Role.DIRECTOR, timeline.get(1).actorRole());
        assertEquals(1, as("director", "demo", () -> reports.outgoingOficios(at2.folio())).size());
        assertEquals(Optional.empty(), as("director", "demo", () -> procedure.process(at2.folio())));
        assertTrue(as("director", "demo", () -> reports.verifyTimeline(at2.folio())).intact());
    }

    private ReportView received(String subject) throws Exception {
        String folio = as("ceropapel", "demo", () -> intake.receiveOficio(TestOficios.asking(ProcedureKey.PR_DMIGA_08,
                ServiceCategory.PORTAL_CIUDADANO, subject))).folio();
        return view(folio);
    }

    private ReportView atStep3() throws Exception {
        ReportView at2 = received("Consulta ciudadana sobre el uso de la explanada");
        return as("director", "demo", () -> procedure.authorize(at2.ref(), new Authorization("Adelante", null)));
    }

    private ReportView atStep5() throws Exception {
        ReportView at3 = atStep3();
        ReportView at4 = as("submod", "demo", () -> procedure.recordTraining(at3.ref(),
                new DecideTraining(DecideProcessType.VOTACION, YESTERDAY, "gabriela.torres", null)));
        return as("submod", "demo", () -> procedure.integrateInformation(at4.ref(),
                new DecideInformation("Uso de la explanada", "encuesta-explanada", null)));
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
}
