package mx.gob.veracruzmunicipio.dmiga.scr.it;

import static mx.gob.veracruzmunicipio.dmiga.scr.it.SignedIn.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wildfly.security.auth.server.SecurityDomain;

import mx.gob.veracruzmunicipio.dmiga.scr.account.Role;
import mx.gob.veracruzmunicipio.dmiga.scr.intake.ReportIntake;
import mx.gob.veracruzmunicipio.dmiga.scr.oficio.OutgoingOficio;
import mx.gob.veracruzmunicipio.dmiga.scr.platform.InvalidInputException;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.Authorization;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.TestResult;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.WorkNote;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr05.ApplicationDevelopmentProcedure;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr06.ApplicationChangeProcedure;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ProcedureKey;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ReportStatus;
import mx.gob.veracruzmunicipio.dmiga.scr.report.Reports;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ServiceCategory;
import mx.gob.veracruzmunicipio.dmiga.scr.report.TimelineView;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ActionData.Note;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ActionRefusedException;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Assignment;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ConcurrentChangeException;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ReplyOficio;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Reassignment;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ReportView;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Workflow;

/** PR-DMIGA-06 through its session bean, as each role takes its step; and what the engine refuses. */
@ExtendWith(ArquillianExtension.class)
class ApplicationChangeIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return ScrDeployment.earWith(ApplicationChangeIT.class, TestOficios.class);
    }

    @Inject
    ReportIntake intake;

    @Inject
    ApplicationChangeProcedure procedure;

    @Inject
    Reports reports;

    @Inject
    Workflow workflow;

    @Inject
    ApplicationDevelopmentProcedure development;

    @Test
    void aChangeGoesThroughEveryStepIncludingAFailedTestAndEndsWithAReplyOficio() throws Exception {
        String folio = as("ceropapel", "demo", () -> intake.receiveOficio(TestOficios.asking(ProcedureKey.PR_DMIGA_06,
                ServiceCategory.SISTEMAS_INFORMACION, "Corregir el cálculo del predial en línea"))).folio();
        ReportView at2 = view(folio);
        assertEquals("2", at2.currentStep());
        assertEquals(Role.SECRETARIA, at2.assignedRole());

        ReportView at3 = as("secretaria", "demo", () -> procedure.generateReport(at2.ref(), new Note(null)));
        ReportView at4 = as("director", "demo", () -> procedure.authorize(at3.ref(),
                new Authorization("Atender con prioridad antes del cierre fiscal", null)));
        ReportView at5 = as("desarrollo", "demo", () -> procedure.routeToProgrammer(at4.ref(),
                new Assignment("programador", "Módulo de predial")));
        assertEquals("5", at5.currentStep());
        assertEquals("programador", at5.assignedUsername());

        ReportView at6 = as("programador", "demo", () -> procedure.program(at5.ref(),
                new WorkNote("Se corrigió el redondeo del descuento", null)));
        ReportView backAt5 = as("programador", "demo", () -> procedure.recordTests(at6.ref(),
                new TestResult(false, "El recibo no muestra el descuento", null)));
        assertEquals("5", backAt5.currentStep());
        assertEquals("programador", backAt5.assignedUsername());

        ReportView again6 = as("programador", "demo", () -> procedure.program(backAt5.ref(),
                new WorkNote("Se agregó el descuento al recibo", null)));
        ReportView at7 = as("programador", "demo", () -> procedure.recordTests(again6.ref(),
                new TestResult(true, null, "Probado con 20 cuentas")));
        assertEquals("7", at7.currentStep());
        assertEquals(Role.SECRETARIA, at7.assignedRole());

        ReportView closed = as("secretaria", "demo", () -> procedure.reply(at7.ref(), new ReplyOficio(
                "Atención a su solicitud", "Se corrigió el cálculo del predial en línea.", null)));
        assertEquals(ReportStatus.CERRADO, closed.status());
        assertNull(closed.currentStep());

        List<TimelineView> timeline = as("director", "demo", () -> reports.timeline(folio));
        assertEquals(List.of("RECIBIR", "GENERAR_REPORTE", "AUTORIZAR", "TURNAR", "PROGRAMAR", "PROBAR",
                "PROGRAMAR", "PROBAR", "RESPONDER"), timeline.stream().map(TimelineView::action).toList());
        TimelineView failedTest = timeline.get(5);
        assertEquals("Fallas en pruebas: regresa a programación", failedTest.decision());
        assertEquals("programador", failedTest.actorUsername());
        assertEquals(Role.PROGRAMADOR, failedTest.actorRole());
        assertEquals("Pruebas aprobadas: no; Fallas encontradas: El recibo no muestra el descuento",
                failedTest.details());
        assertEquals(Role.CERO_PAPEL_CLIENT, timeline.get(0).actorRole());

        List<OutgoingOficio> oficios = as("director", "demo", () -> reports.outgoingOficios(folio));
        assertEquals(1, oficios.size());
        assertEquals("Tesorería Municipal", oficios.get(0).getRecipient());
        assertEquals("Atención a su solicitud", oficios.get(0).getSubject());
        assertTrue(as("director", "demo", () -> reports.verifyTimeline(folio)).intact());
    }

    @Test
    void aRoleThatDoesNotOwnTheStepIsRefusedAndNothingIsWritten() throws Exception {
        ReportView at3 = reportAtStep3();

        ActionRefusedException refused = assertThrows(ActionRefusedException.class, () -> as("secretaria", "demo",
                () -> procedure.authorize(at3.ref(), new Authorization("Autorizo yo", null))));

        assertEquals("Su usuario no puede actuar en el paso 3 («Autorizar e instruir a la coordinación de desarrollo») "
                + "del reporte " + at3.folio() + ": se requiere el rol Director DMIGA.", refused.getMessage());
        assertUnchanged(at3);
    }

    @Test
    void anActionOfAnotherStepIsRefusedAndNothingIsWritten() throws Exception {
        ReportView at3 = reportAtStep3();

        ActionRefusedException refused = assertThrows(ActionRefusedException.class, () -> as("director", "demo",
                () -> procedure.program(at3.ref(), new WorkNote("No toca", null))));

        assertEquals("La acción «PROGRAMAR» no corresponde al paso 3 («Autorizar e instruir a la coordinación de "
                + "desarrollo») en que está el reporte " + at3.folio() + ".", refused.getMessage());
        assertUnchanged(at3);
    }

    @Test
    void anotherProceduresBeanCannotMoveThisReportEvenWhereTheirStepsLookAlike() throws Exception {
        ReportView at3 = reportAtStep3();

        ActionRefusedException refused = assertThrows(ActionRefusedException.class, () -> as("director", "demo",
                () -> development.authorize(at3.ref(), new Authorization("Autorizo", null))));

        assertEquals("El reporte " + at3.folio() + " sigue el procedimiento PR-DMIGA-06, no el PR-DMIGA-05.",
                refused.getMessage());
        assertUnchanged(at3);
    }

    @Test
    void missingDataIsRefusedWithASpanishMessageNamingTheFieldAndNothingIsWritten() throws Exception {
        ReportView at3 = reportAtStep3();

        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> as("director", "demo",
                () -> procedure.authorize(at3.ref(), new Authorization("  ", null))));

        assertEquals(List.of("Las instrucciones para el área que atenderá la solicitud son obligatorias."),
                refused.messages());
        assertUnchanged(at3);
    }

    @Test
    void aFailedTestMustSayWhatFailed() throws Exception {
        ReportView at3 = reportAtStep3();
        ReportView at4 = as("director", "demo", () -> procedure.authorize(at3.ref(), new Authorization("Adelante", null)));
        ReportView at5 = as("desarrollo", "demo", () -> procedure.routeToProgrammer(at4.ref(),
                new Assignment("programador", null)));
        ReportView at6 = as("programador", "demo", () -> procedure.program(at5.ref(), new WorkNote("Listo", null)));

        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> as("programador", "demo",
                () -> procedure.recordTests(at6.ref(), new TestResult(false, "", null))));

        assertEquals(List.of("Describa las fallas encontradas en las pruebas."), refused.messages());
    }

    @Test
    void aDecisionOnAReportSomeoneElseJustChangedIsRefusedSayingWhoAndWhen() throws Exception {
        ReportView at4 = as("director", "demo", () -> procedure.authorize(reportAtStep3().ref(),
                new Authorization("Adelante", null)));
        ReportView reassigned = as("director", "demo", () -> workflow.reassign(at4.ref(), new Reassignment(
                Role.DESARROLLO_COORD, "desarrollo", "Que lo turne la coordinadora en persona")));

        ConcurrentChangeException conflict = assertThrows(ConcurrentChangeException.class, () -> as("desarrollo",
                "demo", () -> procedure.routeToProgrammer(at4.ref(), new Assignment("programador", null))));

        assertTrue(conflict.getMessage().startsWith("El reporte " + at4.folio()
                + " fue modificado por Ricardo Solís Aguirre (director) el "), conflict.getMessage());
        assertEquals(reassigned.version(), view(at4.folio()).version());
        assertEquals("desarrollo", reassigned.assignedUsername());
    }

    @Test
    void aStepTheDirectorReassignsToAnotherRoleIsTakenByThatRole() throws Exception {
        ReportView at4 = as("director", "demo", () -> procedure.authorize(reportAtStep3().ref(),
                new Authorization("Adelante", null)));

        ReportView reassigned = as("director", "demo", () -> workflow.reassign(at4.ref(), new Reassignment(
                Role.SUBDIR_TECNOLOGIAS, null, "La coordinadora está de vacaciones")));
        ReportView at5 = as("subtec", "demo", () -> procedure.routeToProgrammer(reassigned.ref(),
                new Assignment("programador", "Turnado por la Subdirección")));

        assertEquals("5", at5.currentStep());
        TimelineView reassignment = as("director", "demo", () -> reports.timeline(at4.folio())).get(3);
        assertEquals("REASIGNAR", reassignment.action());
        assertEquals("Reasignado a Subdirección de Tecnologías", reassignment.decision());
        assertEquals("La coordinadora está de vacaciones", reassignment.observations());
    }

    @Test
    void ofTwoPeopleActingAtTheSameMomentOneWinsAndTheOtherGetsTheConflict() throws Exception {
        ReportView at4 = as("director", "demo", () -> procedure.authorize(reportAtStep3().ref(),
                new Authorization("Adelante", null)));
        SecurityDomain domain = SecurityDomain.getCurrent();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        List<Future<ReportView>> attempts = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            attempts.add(threads.submit(() -> {
                start.await();
                return as(domain, "desarrollo", "demo",
                        () -> procedure.routeToProgrammer(at4.ref(), new Assignment("programador", null)));
            }));
        }
        start.countDown();
        int won = 0;
        int conflicts = 0;
        for (Future<ReportView> attempt : attempts) {
            try {
                attempt.get(60, TimeUnit.SECONDS);
                won++;
            } catch (ExecutionException e) {
                assertTrue(e.getCause() instanceof ConcurrentChangeException, e.getCause().toString());
                conflicts++;
            }
        }
        threads.shutdown();

        assertEquals(1, won);
        assertEquals(1, conflicts);
        assertEquals(4, as("director", "demo", () -> reports.timeline(at4.folio())).size());
        assertTrue(as("director", "demo", () -> reports.verifyTimeline(at4.folio())).intact());
    }

    private ReportView reportAtStep3() throws Exception {
        String folio = as("ceropapel", "demo", () -> intake.receiveOficio(TestOficios.asking(ProcedureKey.PR_DMIGA_06,
                ServiceCategory.SISTEMAS_INFORMACION, "Agregar un reporte al sistema de nómina"))).folio();
        ReportView at2 = view(folio);
        return as("secretaria", "demo", () -> procedure.generateReport(at2.ref(), new Note(null)));
    }

    private void assertUnchanged(ReportView before) throws Exception {
        ReportView after = view(before.folio());
        assertEquals(before.version(), after.version());
        assertEquals(before.currentStep(), after.currentStep());
        // Received and generated: the refused action left no entry.
        assertEquals(2, as("director", "demo", () -> reports.timeline(before.folio())).size());
    }

    private ReportView view(String folio) throws Exception {
        return as("director", "demo", () -> reports.view(folio));
    }
}
