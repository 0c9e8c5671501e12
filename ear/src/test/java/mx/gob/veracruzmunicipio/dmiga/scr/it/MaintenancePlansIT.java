package mx.gob.veracruzmunicipio.dmiga.scr.it;

import static mx.gob.veracruzmunicipio.dmiga.scr.it.SignedIn.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wildfly.security.auth.server.SecurityDomain;

import mx.gob.veracruzmunicipio.dmiga.scr.account.Role;
import mx.gob.veracruzmunicipio.dmiga.scr.platform.InvalidInputException;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr02.Frequency;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr02.MaintenancePlans;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr02.PlanData;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr02.PlanView;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr02.PreventiveMaintenance;
import mx.gob.veracruzmunicipio.dmiga.scr.report.Priority;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ProcedureKey;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ReportStatus;
import mx.gob.veracruzmunicipio.dmiga.scr.report.Reports;
import mx.gob.veracruzmunicipio.dmiga.scr.report.TimelineView;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ReportView;

/**
 * Preventive maintenance: plans kept by the ADMIN and Mantenimiento open their PR-DMIGA-02 reports on
 * schedule, exactly one per due date however often the timer runs. Dates are years ahead, so the
 * real timer (today's date) never touches these plans.
 */
@ExtendWith(ArquillianExtension.class)
class MaintenancePlansIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return ScrDeployment.earWith(MaintenancePlansIT.class);
    }

    @Inject
    MaintenancePlans plans;

    @Inject
    PreventiveMaintenance preventive;

    @Inject
    Reports reports;

    @Test
    void aPlanOpensExactlyOneReportPerDueDateEvenWhenTheTimerRunsTwice() throws Exception {
        PlanView plan = as("mantenimiento", "demo", () -> plans.register(new PlanData("Palacio Municipal, site 2",
                "Troncal digital E1", "TES", Frequency.MENSUAL, LocalDate.of(2031, 3, 10), Priority.ALTA)));

        as("admin", "demo", () -> preventive.openDueReports(LocalDate.of(2031, 3, 9)));
        assertTrue(reportsOf(plan).isEmpty(), "not due yet");

        as("admin", "demo", () -> preventive.openDueReports(LocalDate.of(2031, 3, 10)));
        as("mantenimiento", "demo", () -> preventive.openDueReports(LocalDate.of(2031, 3, 10)));
        List<PlanView.Generated> generated = reportsOf(plan);
        assertEquals(1, generated.size());
        assertEquals(LocalDate.of(2031, 3, 10), generated.get(0).dueDate());
        assertEquals(LocalDate.of(2031, 4, 10), find(plan).nextDate());

        String folio = generated.get(0).folio();
        ReportView report = as("director", "demo", () -> reports.view(folio));
        assertEquals(ProcedureKey.PR_DMIGA_02, report.procedure());
        assertEquals("2", report.currentStep());
        assertEquals(Role.MANTENIMIENTO, report.assignedRole());
        assertEquals(Priority.ALTA, report.priority());
        assertEquals("TES", report.departmentCode());
        assertEquals(ReportStatus.EN_TRAMITE, report.status());
        List<TimelineView> timeline = as("director", "demo", () -> reports.timeline(folio));
        assertEquals(1, timeline.size());
        assertEquals("sistema", timeline.get(0).actorUsername());
        assertEquals(Role.SECRETARIA, timeline.get(0).actorRole());
        assertTrue(as("director", "demo", () -> reports.verifyTimeline(folio)).intact());

        // Two runs at the same moment (two nodes, a retry): still one report for the date.
        SecurityDomain domain = SecurityDomain.getCurrent();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        List<Future<List<String>>> runs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            runs.add(threads.submit(() -> {
                start.await();
                return as(domain, "admin", "demo", () -> preventive.openDueReports(LocalDate.of(2031, 4, 10)));
            }));
        }
        start.countDown();
        for (Future<List<String>> run : runs) {
            run.get(120, TimeUnit.SECONDS);
        }
        threads.shutdown();
        assertEquals(List.of(LocalDate.of(2031, 3, 10), LocalDate.of(2031, 4, 10)),
                reportsOf(plan).stream().map(PlanView.Generated::dueDate).toList());

        // A timer that missed several months opens one report for the oldest due date, then moves on.
        as("admin", "demo", () -> preventive.openDueReports(LocalDate.of(2031, 8, 15)));
        assertEquals(List.of(LocalDate.of(2031, 3, 10), LocalDate.of(2031, 4, 10), LocalDate.of(2031, 5, 10)),
                reportsOf(plan).stream().map(PlanView.Generated::dueDate).toList());
        assertEquals(LocalDate.of(2031, 9, 10), find(plan).nextDate());
    }

    @Test
    void aDeactivatedPlanOpensNothing() throws Exception {
        PlanView plan = as("admin", "demo", () -> plans.register(new PlanData("DIF, oficinas centrales",
                "Enlace de datos 50 Mbps", "DIF", Frequency.TRIMESTRAL, LocalDate.of(2029, 1, 15), Priority.MEDIA)));
        PlanView changed = as("mantenimiento", "demo", () -> plans.change(plan.id(), new PlanData(
                "DIF, oficinas centrales", "Enlace de datos 100 Mbps", "DIF", Frequency.SEMESTRAL,
                LocalDate.of(2029, 1, 15), Priority.ALTA)));
        assertEquals("Enlace de datos 100 Mbps", changed.line());
        as("mantenimiento", "demo", () -> plans.deactivate(plan.id()));

        as("admin", "demo", () -> preventive.openDueReports(LocalDate.of(2029, 1, 15)));

        assertTrue(reportsOf(plan).isEmpty());
        assertEquals(LocalDate.of(2029, 1, 15), find(plan).nextDate());
    }

    @Test
    void anIncompletePlanIsRefusedNamingEveryMissingField() {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> as("admin", "demo",
                () -> plans.register(new PlanData(" ", "Línea 228-100", "TES", null, null, Priority.BAJA))));

        assertEquals(List.of("La frecuencia del plan de mantenimiento es obligatoria.",
                "La próxima fecha del plan de mantenimiento es obligatoria.",
                "El sitio del plan de mantenimiento es obligatorio."), refused.messages());
    }

    @Test
    void onlyTheAdminAndMantenimientoKeepPlansAndRunThem() {
        PlanData data = new PlanData("Tesorería", "Línea 228-100", "TES", Frequency.ANUAL, LocalDate.of(2030, 1, 2),
                Priority.BAJA);
        for (String user : List.of("secretaria", "solicitante", "director")) {
            assertThrows(EJBAccessException.class, () -> as(user, "demo", () -> plans.register(data)), user);
            assertThrows(EJBAccessException.class, () -> as(user, "demo",
                    () -> preventive.openDueReports(LocalDate.of(2030, 1, 2))), user);
        }
    }

    private List<PlanView.Generated> reportsOf(PlanView plan) throws Exception {
        return as("mantenimiento", "demo", () -> plans.reportsOf(plan.id()));
    }

    private PlanView find(PlanView plan) throws Exception {
        return as("admin", "demo", () -> plans.find(plan.id()));
    }
}
