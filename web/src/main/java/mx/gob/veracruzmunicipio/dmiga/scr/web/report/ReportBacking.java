package mx.gob.veracruzmunicipio.dmiga.scr.web.report;

import java.io.Serializable;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import mx.gob.veracruzmunicipio.dmiga.scr.platform.InvalidInputException;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ReplyOficioView;
import mx.gob.veracruzmunicipio.dmiga.scr.report.Reports;
import mx.gob.veracruzmunicipio.dmiga.scr.report.TimelineView;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ReportView;

/** The report page ({@code reporte.xhtml?folio=…}): header, timeline and reply oficios; read-only. */
@Named
@ViewScoped
public class ReportBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Reports reports;

    private String folio;
    private ReportView report;
    private List<TimelineView> timeline = List.of();
    private List<ReplyOficioView> replyOficios = List.of();

    /** f:viewAction: loads the report named by the folio parameter. */
    public void load() {
        if (folio == null || folio.isBlank()) {
            notFound("No se indicó el folio del reporte.");
            return;
        }
        try {
            report = reports.view(folio.trim());
            timeline = reports.timeline(report.folio());
            replyOficios = reports.replyOficios(report.folio());
        } catch (InvalidInputException e) {
            notFound(e.getMessage());
        } catch (EJBException e) {
            if (e.getCause() instanceof InvalidInputException invalid) {
                notFound(invalid.getMessage());
            } else {
                throw e;
            }
        }
    }

    private void notFound(String message) {
        report = null;
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_WARN, message, null));
    }

    public String getFolio() {
        return folio;
    }

    public void setFolio(String folio) {
        this.folio = folio;
    }

    public ReportView getReport() {
        return report;
    }

    public List<TimelineView> getTimeline() {
        return timeline;
    }

    public List<ReplyOficioView> getReplyOficios() {
        return replyOficios;
    }
}
