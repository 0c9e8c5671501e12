package mx.gob.veracruzmunicipio.dmiga.scr.web.inbox;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import mx.gob.veracruzmunicipio.dmiga.scr.report.DepartmentOption;
import mx.gob.veracruzmunicipio.dmiga.scr.report.Inbox;
import mx.gob.veracruzmunicipio.dmiga.scr.report.InboxFilter;
import mx.gob.veracruzmunicipio.dmiga.scr.report.InboxSort;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ProcedureKey;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ReportStatus;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ReportView;

/** The Bandeja page: the filter form and the lazy table over {@link Inbox} (ejb). */
@Named
@ViewScoped
public class InboxBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Inbox inbox;

    private ProcedureKey procedure;
    private ReportStatus status;
    private String departmentCode;
    private LocalDate from;
    private LocalDate to;
    private boolean overdueOnly;
    private String text;
    private List<DepartmentOption> departments;

    private final LazyDataModel<ReportView> reports = new Rows();

    @PostConstruct
    void init() {
        departments = inbox.departments();
    }

    /** The filter as the form holds it now; the table reloads through {@link #getReports()}. */
    InboxFilter filter() {
        return new InboxFilter(procedure, status, departmentCode, from, to, overdueOnly, text);
    }

    /** "Buscar": the table shows the first page of the new result. */
    public void search() {
        firstPage();
    }

    private static void firstPage() {
        if (FacesContext.getCurrentInstance().getViewRoot().findComponent("bandeja:reportes") instanceof DataTable table) {
            table.setFirst(0);
        }
    }

    public void clear() {
        firstPage();
        procedure = null;
        status = null;
        departmentCode = null;
        from = null;
        to = null;
        overdueOnly = false;
        text = null;
    }

    /** Rows loaded page by page: the count and the page are separate queries of {@link Inbox}. */
    private final class Rows extends LazyDataModel<ReportView> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, inbox.count(filter()));
        }

        @Override
        public List<ReportView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                     Map<String, FilterMeta> filterBy) {
            InboxSort sort = InboxSort.DUE;
            boolean ascending = true;
            for (SortMeta meta : sortBy.values()) {
                if (meta.getOrder() != SortOrder.UNSORTED) {
                    sort = switch (meta.getField()) {
                        case "folio" -> InboxSort.FOLIO;
                        case "subject" -> InboxSort.SUBJECT;
                        case "status" -> InboxSort.STATUS;
                        case "priority" -> InboxSort.PRIORITY;
                        case "createdAt" -> InboxSort.CREATED;
                        default -> InboxSort.DUE;
                    };
                    ascending = meta.getOrder() == SortOrder.ASCENDING;
                    break;
                }
            }
            return inbox.page(filter(), first, pageSize, sort, ascending);
        }

        @Override
        public String getRowKey(ReportView report) {
            return report.folio();
        }

        @Override
        public ReportView getRowData(String rowKey) {
            return getWrappedData() == null ? null : getWrappedData().stream()
                    .filter(report -> report.folio().equals(rowKey)).findFirst().orElse(null);
        }
    }

    public LazyDataModel<ReportView> getReports() {
        return reports;
    }

    public ProcedureKey[] getProcedures() {
        return ProcedureKey.values();
    }

    public ReportStatus[] getStatuses() {
        return new ReportStatus[] {ReportStatus.SIN_CLASIFICAR, ReportStatus.EN_TRAMITE, ReportStatus.EN_ESPERA};
    }

    public List<DepartmentOption> getDepartments() {
        return departments;
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
        this.departmentCode = departmentCode;
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

    public boolean isOverdueOnly() {
        return overdueOnly;
    }

    public void setOverdueOnly(boolean overdueOnly) {
        this.overdueOnly = overdueOnly;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
