package mx.gob.veracruzmunicipio.dmiga.scr.web.filter;

import java.io.Serializable;
import java.time.LocalDate;

import mx.gob.veracruzmunicipio.dmiga.scr.report.InboxFilter;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ProcedureKey;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ReportStatus;

/**
 * The filter form of the Bandeja and of the search. Its fields are also the pages' GET parameters
 * ({@code f:viewParam}), so a filtered list has an address that can be bookmarked and shared.
 */
public class ReportFilterForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private ProcedureKey procedure;
    private ReportStatus status;
    private String departmentCode;
    private LocalDate from;
    private LocalDate to;
    private boolean overdueOnly;
    private String text;

    public InboxFilter toFilter() {
        return new InboxFilter(procedure, status, departmentCode, from, to, overdueOnly, text);
    }

    public ProcedureKey getProcedure() {
        return procedure;
    }

    public void setProcedure(ProcedureKey procedure) {
        this.procedure = procedure;
    }

    public ReportStatus getStatus() {
        return status;
    }

    public void setStatus(ReportStatus status) {
        this.status = status;
    }

    public String getDepartmentCode() {
        return departmentCode;
    }

    public void setDepartmentCode(String departmentCode) {
        this.departmentCode = departmentCode == null || departmentCode.isBlank() ? null : departmentCode;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    /** Null when unchecked, so that the address leaves out {@code vencidos=false}. */
    public Boolean getOverdueOnly() {
        return overdueOnly ? Boolean.TRUE : null;
    }

    public void setOverdueOnly(Boolean overdueOnly) {
        this.overdueOnly = Boolean.TRUE.equals(overdueOnly);
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text == null || text.isBlank() ? null : text.trim();
    }
}
