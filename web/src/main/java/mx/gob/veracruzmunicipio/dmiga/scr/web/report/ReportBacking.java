package mx.gob.veracruzmunicipio.dmiga.scr.web.report;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import mx.gob.veracruzmunicipio.dmiga.scr.document.DocumentKind;
import mx.gob.veracruzmunicipio.dmiga.scr.document.Documents;
import mx.gob.veracruzmunicipio.dmiga.scr.platform.InvalidInputException;
import mx.gob.veracruzmunicipio.dmiga.scr.report.IncomingOficioView;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ReplyOficioView;
import mx.gob.veracruzmunicipio.dmiga.scr.report.Reports;
import mx.gob.veracruzmunicipio.dmiga.scr.report.TimelineView;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ReportView;

/**
 * The report page ({@code reporte.xhtml?folio=…}): header, incoming oficio and its documents,
 * timeline, reply oficios and the links to its printable documents ({@code /documento}). The action panel beside them is {@link ActionPanel}.
 */
@Named
@ViewScoped
public class ReportBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Reports reports;

    @EJB
    Documents documents;

    private String folio;
    private ReportView report;
    private List<TimelineView> timeline = List.of();
    private List<ReplyOficioView> replyOficios = List.of();
    private IncomingOficioView incomingOficio;
    private List<DocumentKind> printable = List.of();

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
            incomingOficio = reports.incomingOficio(report.folio()).orElse(null);
            printable = documents.available(report.folio());
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

    /** p:fileDownload of an attachment of the incoming oficio. */
    public StreamedContent download(long attachmentId) {
        IncomingOficioView.Download file = reports.attachment(report.folio(), attachmentId);
        return DefaultStreamedContent.builder().name(file.fileName()).contentType(file.mimeType())
                .contentLength((long) file.content().length)
                .stream(() -> new ByteArrayInputStream(file.content())).build();
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

    public IncomingOficioView getIncomingOficio() {
        return incomingOficio;
    }

    public List<ReplyOficioView> getReplyOficios() {
        return replyOficios;
    }

    /** The documents of the report that may be printed, for the links to {@code /documento}. */
    public List<DocumentKind> getPrintable() {
        return printable;
    }

    /** The provider's invoice files (xml, pdf) come with the payment order they were verified for. */
    public List<String> getInvoiceFiles() {
        return printable.contains(DocumentKind.ORDEN_PAGO) ? List.of("xml", "pdf") : List.of();
    }
}
