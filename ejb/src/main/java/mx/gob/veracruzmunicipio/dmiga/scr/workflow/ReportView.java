package mx.gob.veracruzmunicipio.dmiga.scr.workflow;

import java.io.Serializable;
import java.time.Instant;

import mx.gob.veracruzmunicipio.dmiga.scr.account.Role;
import mx.gob.veracruzmunicipio.dmiga.scr.report.Channel;
import mx.gob.veracruzmunicipio.dmiga.scr.report.Priority;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ProcedureKey;
import mx.gob.veracruzmunicipio.dmiga.scr.report.Report;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ReportStatus;

/** Where a report stands, for callers outside the engine (intranet, web services, tests). */
public record ReportView(String folio, long version, ProcedureKey procedure, Channel channel, String departmentCode,
                         String departmentName, Priority priority, String subject, ReportStatus status,
                         String currentStep, String stepActivity, Role assignedRole, String assignedUsername,
                         Instant createdAt, Instant stepStartedAt, Instant stepDueAt, boolean overdue,
                         Instant closedAt) implements Serializable {

    public ReportRef ref() {
        return new ReportRef(folio, version);
    }

    public static ReportView of(Report report) {
        String activity = report.getProcedure() == null || report.getCurrentStep() == null ? null
                : Procedures.of(report.getProcedure()).step(report.getCurrentStep()).activity();
        return new ReportView(report.getFolio(), report.getVersion(), report.getProcedure(), report.getChannel(),
                report.getDepartment().getCode(), report.getDepartment().getName(), report.getPriority(),
                report.getSubject(), report.getStatus(), report.getCurrentStep(), activity,
                report.getAssignedRole(),
                report.getAssignedUser() == null ? null : report.getAssignedUser().getUsername(),
                report.getCreatedAt(), report.getStepStartedAt(), report.getStepDueAt(), report.isOverdue(),
                report.getClosedAt());
    }
}
