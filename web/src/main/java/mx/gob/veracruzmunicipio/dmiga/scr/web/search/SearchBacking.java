package mx.gob.veracruzmunicipio.dmiga.scr.web.search;

import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.primefaces.model.LazyDataModel;

import mx.gob.veracruzmunicipio.dmiga.scr.report.DepartmentOption;
import mx.gob.veracruzmunicipio.dmiga.scr.report.Inbox;
import mx.gob.veracruzmunicipio.dmiga.scr.report.InboxSort;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ProcedureKey;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ReportSearch;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ReportStatus;
import mx.gob.veracruzmunicipio.dmiga.scr.web.filter.ReportFilterForm;
import mx.gob.veracruzmunicipio.dmiga.scr.web.filter.ReportRows;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ReportView;

/**
 * The search page over all reports: the Bandeja's filter form and a lazy table over
 * {@link ReportSearch} (ejb). It lists nothing until a filter is given: a million reports of every
 * year are no list to read, and counting them all would be the one slow query of the page.
 */
@Named
@ViewScoped
public class SearchBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ReportSearch search;

    @EJB
    Inbox inbox;

    private final ReportFilterForm filters = new ReportFilterForm();
    private List<DepartmentOption> departments;

    private final LazyDataModel<ReportView> reports = new ReportRows() {

        private static final long serialVersionUID = 1L;

        @Override
        protected long count() {
            return isFiltered() ? search.count(filters.toFilter()) : 0;
        }

        @Override
        protected List<ReportView> page(int first, int pageSize, InboxSort sort, boolean ascending) {
            return isFiltered() ? search.page(filters.toFilter(), first, pageSize, sort, ascending) : List.of();
        }
    };

    @PostConstruct
    void init() {
        departments = inbox.departments();
    }

    /** "Buscar": the page again at the address of the new filter, which can be bookmarked. */
    public String search() {
        return "/buscar?faces-redirect=true&includeViewParams=true";
    }

    /** Whether a filter was given; without one the page lists nothing. */
    public boolean isFiltered() {
        return !filters.toFilter().isEmpty();
    }

    public ReportFilterForm getFilters() {
        return filters;
    }

    public LazyDataModel<ReportView> getReports() {
        return reports;
    }

    public ProcedureKey[] getProcedures() {
        return ProcedureKey.values();
    }

    public ReportStatus[] getStatuses() {
        return ReportStatus.values();
    }

    public List<DepartmentOption> getDepartments() {
        return departments;
    }
}
