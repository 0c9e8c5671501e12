package mx.gob.veracruzmunicipio.dmiga.scr.web.inbox;

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
import mx.gob.veracruzmunicipio.dmiga.scr.report.ReportStatus;
import mx.gob.veracruzmunicipio.dmiga.scr.web.filter.ReportFilterForm;
import mx.gob.veracruzmunicipio.dmiga.scr.web.filter.ReportRows;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ReportView;

/** The Bandeja page: the filter form (also its GET parameters) and the lazy table over {@link Inbox} (ejb). */
@Named
@ViewScoped
public class InboxBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Inbox inbox;

    private final ReportFilterForm filters = new ReportFilterForm();
    private List<DepartmentOption> departments;

    private final LazyDataModel<ReportView> reports = new ReportRows() {

        private static final long serialVersionUID = 1L;

        @Override
        protected long count() {
            return inbox.count(filters.toFilter());
        }

        @Override
        protected List<ReportView> page(int first, int pageSize, InboxSort sort, boolean ascending) {
            return inbox.page(filters.toFilter(), first, pageSize, sort, ascending);
        }
    };

    @PostConstruct
    void init() {
        departments = inbox.departments();
    }

    /** "Buscar": the page again at the address of the new filter, which can be bookmarked. */
    public String search() {
        return "/bandeja?faces-redirect=true&includeViewParams=true";
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

    /** Only open reports wait in a Bandeja. */
    public ReportStatus[] getStatuses() {
        return new ReportStatus[] {ReportStatus.SIN_CLASIFICAR, ReportStatus.EN_TRAMITE, ReportStatus.EN_ESPERA};
    }

    public List<DepartmentOption> getDepartments() {
        return departments;
    }
}
