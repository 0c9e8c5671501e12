package mx.gob.veracruzmunicipio.dmiga.scr.it;

import static mx.gob.veracruzmunicipio.dmiga.scr.it.SignedIn.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.WorkNote;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr10.CapacityDecision;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr10.CeroFilasAnalysis;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr10.CeroFilasProcedure;
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

/** PR-DMIGA-10 through its session bean: both answers of the capacity decision, and a declined request. */
@ExtendWith(ArquillianExtension.class)
class CeroFilasIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return ScrDeployment.earWith(CeroFilasIT.class, TestOficios.class);
    }

    @Inject
    ReportIntake intake;

    @Inject
    CeroFilasProcedure procedure;

    @Inject
    Reports reports;

    @Inject
    Workflow workflow;

    @Test
    void aCapableDepartmentGetsTheInstallationAndThenTheReplyOficio() throws Exception {
        ReportView at3 = atStep3("Cero Filas en las cajas de la Tesorería");

        ReportView at4 = as("desarrollo", "demo", () -> procedure.decideCapacity(at3.ref(), new CapacityDecision(true,
                "Cuenta con red de datos y personal capacitado en las cajas", null)));
        assertEquals("4", at4.currentStep());
        assertEquals(Role.SUBDIR_TECNOLOGIAS, at4.assignedRole());

        ReportView at5 = as("subtec", "demo", () -> procedure.sendMaintenance(at4.ref(),
                new Assignment("mantenimiento", "Instalar el kiosco y las pantallas")));
        assertEquals("5", at5.currentStep());
        assertEquals(Role.MANTENIMIENTO, at5.assignedRole());
        assertEquals("mantenimiento", at5.assignedUsername());

        ReportView at6 = as("mantenimiento", "demo", () -> procedure.reportInstallation(at5.ref(),
                new WorkNote("Se instalaron el kiosco de turnos y dos pantallas", null)));
        assertEquals("6", at6.currentStep());
        assertEquals(Role.SUBDIR_TECNOLOGIAS, at6.assignedRole());

        ReportView closed = as("subtec", "demo", () -> procedure.reply(at6.ref(), new ReplyOficio(
                "Implementación de Cero Filas", "Cero Filas opera en las cajas de la Tesorería.", null)));
        assertEquals(ReportStatus.CERRADO, closed.status());
        assertNull(closed.currentStep());

        List<TimelineView> timeline = as("director", "demo", () -> reports.timeline(closed.folio()));
        assertEquals(List.of("RECIBIR", "AUTORIZAR", "TURNAR_DESARROLLO", "ANALIZAR", "DICTAMINAR_CAPACIDAD",
                "ENVIAR_MANTENIMIENTO", "INSTALAR", "RESPONDER"), timeline.stream().map(TimelineView::action).toList());
        assertEquals(List.of("1", "2", "2A", "2B", "3", "4", "5", "6"),
                timeline.stream().map(TimelineView::step).toList());
        assertEquals(List.of("ceropapel", "director", "subtec", "desarrollo", "desarrollo", "subtec", "mantenimiento",
                "subtec"), timeline.stream().map(TimelineView::actorUsername).toList());
        assertEquals(List.of(Role.CERO_PAPEL_CLIENT, Role.DIRECTOR, Role.SUBDIR_TECNOLOGIAS, Role.DESARROLLO_COORD,
                        Role.DESARROLLO_COORD, Role.SUBDIR_TECNOLOGIAS, Role.MANTENIMIENTO, Role.SUBDIR_TECNOLOGIAS),
                timeline.stream().map(TimelineView::actorRole).toList());
        TimelineView decision = timeline.get(4);
        assertEquals("Tiene capacidad: instalación física", decision.decision());
        assertEquals("4", decision.nextStep());
        assertEquals("La dependencia tiene capacidad para implementar Cero Filas: sí; "
                + "Motivos: Cuenta con red de datos y personal capacitado en las cajas", decision.details());
        assertEquals("Asignado a: mantenimiento", timeline.get(5).details());

        List<OutgoingOficio> oficios = as("director", "demo", () -> reports.outgoingOficios(closed.folio()));
        assertEquals(1, oficios.size());
        assertEquals("Tesorería Municipal", oficios.get(0).getRecipient());
        assertEquals("Implementación de Cero Filas", oficios.get(0).getSubject());
        assertEquals("subtec", oficios.get(0).getCreatedBy());
        assertTrue(as("director", "demo", () -> reports.verifyTimeline(closed.folio())).intact());
    }

    @Test
    void aDepartmentWithoutCapacityGoesStraightToTheReplyOficio() throws Exception {
        ReportView at3 = atStep3("Cero Filas en la ventanilla de licencias");

        ReportView at6 = as("desarrollo", "demo", () -> procedure.decideCapacity(at3.ref(), new CapacityDecision(false,
                "La ventanilla no tiene red de datos ni personal para operar el kiosco", null)));
        assertEquals("6", at6.currentStep());
        assertEquals(Role.SUBDIR_TECNOLOGIAS, at6.assignedRole());

        ReportView closed = as("subtec", "demo", () -> procedure.reply(at6.ref(), new ReplyOficio(
                "Implementación de Cero Filas", "Por ahora la ventanilla no cuenta con la infraestructura necesaria.",
                null)));
        assertEquals(ReportStatus.CERRADO, closed.status());

        List<TimelineView> timeline = as("director", "demo", () -> reports.timeline(closed.folio()));
        assertEquals(List.of("RECIBIR", "AUTORIZAR", "TURNAR_DESARROLLO", "ANALIZAR", "DICTAMINAR_CAPACIDAD",
                "RESPONDER"), timeline.stream().map(TimelineView::action).toList());
        TimelineView decision = timeline.get(4);
        assertEquals("Sin capacidad: se contesta por oficio", decision.decision());
        assertEquals("6", decision.nextStep());
        assertEquals(Role.DESARROLLO_COORD, decision.actorRole());
        assertEquals("La dependencia tiene capacidad para implementar Cero Filas: no; "
                + "Motivos: La ventanilla no tiene red de datos ni personal para operar el kiosco", decision.details());
        assertEquals(Role.SUBDIR_TECNOLOGIAS, timeline.get(5).actorRole());
        assertEquals(1, as("director", "demo", () -> reports.outgoingOficios(closed.folio())).size());
        assertTrue(as("director", "demo", () -> reports.verifyTimeline(closed.folio())).intact());
    }

    @Test
    void theDirectorMayDeclineTheRequestWithAReplyOficio() throws Exception {
        ReportView at2 = received("Cero Filas en el panteón municipal");

        ReportView declined = as("director", "demo", () -> workflow.decline(at2.ref(), new ReplyOficio(
                "Respuesta a su solicitud", "El panteón no tiene trámites con fila; no procede.", null)));

        assertEquals(ReportStatus.DECLINADO, declined.status());
        assertNull(declined.currentStep());
        List<TimelineView> timeline = as("director", "demo", () -> reports.timeline(at2.folio()));
        assertEquals(List.of("RECIBIR", "DECLINAR"), timeline.stream().map(TimelineView::action).toList());
        assertEquals("Solicitud declinada", timeline.get(1).decision());
        assertEquals(Role.DIRECTOR, timeline.get(1).actorRole());
        List<OutgoingOficio> oficios = as("director", "demo", () -> reports.outgoingOficios(at2.folio()));
        assertEquals(1, oficios.size());
        assertEquals("Tesorería Municipal", oficios.get(0).getRecipient());
        assertTrue(as("director", "demo", () -> reports.verifyTimeline(at2.folio())).intact());
    }

    @Test
    void theSubdirectorCannotAnswerTheCapacityQuestionForDevelopmentAndNothingIsWritten() throws Exception {
        ReportView at3 = atStep3("Cero Filas en Catastro");

        ActionRefusedException refused = assertThrows(ActionRefusedException.class, () -> as("subtec", "demo",
                () -> procedure.decideCapacity(at3.ref(), new CapacityDecision(true, "Sí puede", null))));

        assertEquals("Su usuario no puede actuar en el paso 3 («Determinar si la dependencia tiene capacidad para "
                + "implementar Cero Filas») del reporte " + at3.folio()
                + ": se requiere el rol Coordinación de Desarrollo de Aplicaciones.", refused.getMessage());
        assertUnchanged(at3, 4);
    }

    @Test
    void mantenimientoCannotSendItselfAndOnlyMantenimientoStaffCanBeSent() throws Exception {
        ReportView at3 = atStep3("Cero Filas en el DIF");
        ReportView at4 = as("desarrollo", "demo", () -> procedure.decideCapacity(at3.ref(),
                new CapacityDecision(true, "Tiene red y personal", null)));

        assertThrows(ActionRefusedException.class, () -> as("mantenimiento", "demo",
                () -> procedure.sendMaintenance(at4.ref(), new Assignment("mantenimiento", null))));
        assertUnchanged(at4, 5);

        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> as("subtec", "demo",
                () -> procedure.sendMaintenance(at4.ref(), new Assignment("desarrollo", null))));
        assertEquals(List.of("El usuario «desarrollo» no tiene el rol "
                + "Departamento de Mantenimiento y Atención a Usuarios."), refused.messages());
        assertUnchanged(at4, 5);
    }

    @Test
    void aCapacityDecisionWithoutAnswerOrReasonsIsRefusedNamingBothAndNothingIsWritten() throws Exception {
        ReportView at3 = atStep3("Cero Filas en Salud");

        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> as("desarrollo", "demo",
                () -> procedure.decideCapacity(at3.ref(), new CapacityDecision(null, "  ", null))));

        assertEquals(List.of("Indique si la dependencia tiene capacidad para implementar Cero Filas.",
                "Los motivos del dictamen de capacidad son obligatorios."), refused.messages());
        assertUnchanged(at3, 4);
    }

    @Test
    void anAnalysisWithoutContentIsRefused() throws Exception {
        ReportView at2 = received("Cero Filas en Obras Públicas");
        ReportView at2A = as("director", "demo", () -> procedure.authorize(at2.ref(), new Authorization("Adelante", null)));
        ReportView at2B = as("subtec", "demo", () -> procedure.routeToDevelopment(at2A.ref(),
                new Authorization("Analizar y capacitar", null)));

        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> as("desarrollo", "demo",
                () -> procedure.recordAnalysis(at2B.ref(), new CeroFilasAnalysis("", null, null))));

        assertEquals(List.of("Describa el análisis de la solicitud de Cero Filas."), refused.messages());
        assertUnchanged(at2B, 3);
    }

    private ReportView received(String subject) throws Exception {
        String folio = as("ceropapel", "demo", () -> intake.receiveOficio(TestOficios.asking(ProcedureKey.PR_DMIGA_10,
                ServiceCategory.SISTEMAS_INFORMACION, subject))).folio();
        ReportView at2 = view(folio);
        assertEquals("2", at2.currentStep());
        assertEquals(Role.DIRECTOR, at2.assignedRole());
        return at2;
    }

    private ReportView atStep3(String subject) throws Exception {
        ReportView at2 = received(subject);
        ReportView at2A = as("director", "demo", () -> procedure.authorize(at2.ref(),
                new Authorization("Que la Subdirección de Tecnologías evalúe la implementación", null)));
        assertEquals(Role.SUBDIR_TECNOLOGIAS, at2A.assignedRole());
        ReportView at2B = as("subtec", "demo", () -> procedure.routeToDevelopment(at2A.ref(),
                new Authorization("Analizar la viabilidad y capacitar al personal", null)));
        assertEquals(Role.DESARROLLO_COORD, at2B.assignedRole());
        ReportView at3 = as("desarrollo", "demo", () -> procedure.recordAnalysis(at2B.ref(), new CeroFilasAnalysis(
                "Se revisaron los trámites, la red y el mobiliario", "Se capacitó a dos cajeras", null)));
        assertEquals("3", at3.currentStep());
        return at3;
    }

    private void assertUnchanged(ReportView before, int entries) throws Exception {
        ReportView after = view(before.folio());
        assertEquals(before.version(), after.version());
        assertEquals(before.currentStep(), after.currentStep());
        assertEquals(before.assignedUsername(), after.assignedUsername());
        assertEquals(entries, as("director", "demo", () -> reports.timeline(before.folio())).size());
    }

    private ReportView view(String folio) throws Exception {
        return as("director", "demo", () -> reports.view(folio));
    }
}
