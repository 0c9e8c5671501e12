package mx.gob.veracruzmunicipio.dmiga.scr.it;

import static mx.gob.veracruzmunicipio.dmiga.scr.it.SignedIn.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import mx.gob.veracruzmunicipio.dmiga.scr.intake.ReportIntake;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr06.ApplicationChangeProcedure;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ProcedureKey;
import mx.gob.veracruzmunicipio.dmiga.scr.report.Reports;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ServiceCategory;
import mx.gob.veracruzmunicipio.dmiga.scr.report.TimelineView;
import mx.gob.veracruzmunicipio.dmiga.scr.sla.BusinessCalendar;
import mx.gob.veracruzmunicipio.dmiga.scr.sla.OverdueSteps;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ActionData.Note;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ReportView;

/** Each step gets its due time in business hours of the stored calendar; past it, the timer marks it. */
@ExtendWith(ArquillianExtension.class)
class ServiceLevelIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return ScrDeployment.earWith(ServiceLevelIT.class, TestOficios.class);
    }

    @Inject
    ReportIntake intake;

    @Inject
    ApplicationChangeProcedure procedure;

    @Inject
    Reports reports;

    @Inject
    BusinessCalendar calendar;

    @Inject
    OverdueSteps overdueSteps;

    @Test
    void aStepIsDueAfterItsTargetInBusinessTimeAndMarkedOverdueOncePast() throws Exception {
        String folio = as("ceropapel", "demo", () -> intake.receiveOficio(TestOficios.asking(ProcedureKey.PR_DMIGA_06,
                ServiceCategory.SISTEMAS_INFORMACION, "Plazo de atención"))).folio();
        ReportView at2 = as("director", "demo", () -> reports.view(folio));

        // Step 2 of PR-DMIGA-06 has a target of 4 business hours.
        Instant expectedDue = calendar.current().addBusinessTime(at2.stepStartedAt(), Duration.ofHours(4));
        assertEquals(expectedDue, at2.stepDueAt());
        assertFalse(at2.overdue());

        overdueSteps.markOverdue(at2.stepDueAt().minusSeconds(1));
        assertFalse(as("director", "demo", () -> reports.view(folio)).overdue());
        overdueSteps.markOverdue(at2.stepDueAt().plusSeconds(1));
        assertTrue(as("director", "demo", () -> reports.view(folio)).overdue());

        ReportView at3 = as("secretaria", "demo", () -> procedure.generateReport(
                as("director", "demo", () -> reports.view(folio)).ref(), new Note(null)));
        assertFalse(at3.overdue(), "a new step starts on time");
        List<TimelineView> timeline = as("director", "demo", () -> reports.timeline(folio));
        TimelineView generated = timeline.get(1);
        assertNotNull(generated.businessSeconds());
        assertEquals(calendar.current().businessTimeBetween(at2.stepStartedAt(), generated.occurredAt()).toSeconds(),
                generated.businessSeconds());
    }
}
