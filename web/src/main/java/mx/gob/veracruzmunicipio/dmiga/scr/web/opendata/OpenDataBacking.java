package mx.gob.veracruzmunicipio.dmiga.scr.web.opendata;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import mx.gob.veracruzmunicipio.dmiga.scr.opendata.MonthlyFigures;
import mx.gob.veracruzmunicipio.dmiga.scr.opendata.OpenData;
import mx.gob.veracruzmunicipio.dmiga.scr.platform.InvalidInputException;

/**
 * The public open-data page: the figures of {@link OpenData} for a span of months given in the
 * address (datos-abiertos.xhtml?desde=2026-01&amp;hasta=2026-06), and the links to the same
 * figures as CSV and JSON from the web services. Months newest first, a page of three months at a time.
 */
@Named
@RequestScoped
public class OpenDataBacking {

    private static final String API = "/scr/api/v1/datos-abiertos/reportes-por-mes";

    @EJB
    OpenData openData;

    private String from;
    private String to;
    private List<MonthlyFigures> figures;

    public List<MonthlyFigures> getFigures() {
        if (figures == null) {
            try {
                // Newest month first: the page is read for the latest figures, the files for series.
                List<MonthlyFigures> newestFirst = new ArrayList<>(
                        openData.reportsPerMonth(OpenData.month("desde", from), OpenData.month("hasta", to)));
                Collections.reverse(newestFirst);
                figures = newestFirst;
            } catch (InvalidInputException invalid) {
                FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                        String.join(" ", invalid.messages()), null));
                figures = List.of();
            }
        }
        return figures;
    }

    /** The CSV or JSON address of the figures on the page. */
    public String download(String extension) {
        StringBuilder query = new StringBuilder();
        if (from != null && !from.isBlank()) {
            query.append("desde=").append(URLEncoder.encode(from.trim(), StandardCharsets.UTF_8));
        }
        if (to != null && !to.isBlank()) {
            query.append(query.isEmpty() ? "" : "&").append("hasta=")
                    .append(URLEncoder.encode(to.trim(), StandardCharsets.UTF_8));
        }
        return API + "." + extension + (query.isEmpty() ? "" : "?" + query);
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }
}
