package mx.gob.veracruzmunicipio.dmiga.scr.web.dashboard;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import mx.gob.veracruzmunicipio.dmiga.scr.dashboard.Dashboard;
import mx.gob.veracruzmunicipio.dmiga.scr.dashboard.DashboardFigures;
import mx.gob.veracruzmunicipio.dmiga.scr.dashboard.ProcedureFigures;
import mx.gob.veracruzmunicipio.dmiga.scr.platform.InvalidInputException;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr04.ProviderContractView;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr04.ProviderContracts;
import mx.gob.veracruzmunicipio.dmiga.scr.web.faces.Notices;
import mx.gob.veracruzmunicipio.dmiga.scr.web.format.Formats;

/**
 * The Tablero: the period is the page's address ({@code tablero.xhtml?desde=2026-01-01&hasta=2026-06-30}),
 * by default the current year up to today; the figures come from {@link Dashboard} (ejb) and the
 * bar chart is Chart.js configuration for PrimeFaces' {@code p:chart}.
 */
@Named
@ViewScoped
public class DashboardBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Dashboard dashboard;

    @EJB
    ProviderContracts contracts;

    private LocalDate from;
    private LocalDate to;
    private DashboardFigures figures;
    private List<ProviderContractView> pendingInvoices;

    /** f:viewAction: the figures of the period in the address, once per view. */
    public void load() {
        LocalDate today = LocalDate.now(Formats.CITY);
        if (to == null) {
            to = today;
        }
        if (from == null) {
            from = to.withDayOfYear(1);
        }
        try {
            figures = dashboard.figures(from, to);
        } catch (InvalidInputException invalid) {
            Notices.errors(invalid.messages());
        }
    }

    /** "Consultar": the page again at the address of the new period, which can be bookmarked. */
    public String show() {
        return "/tablero?faces-redirect=true&includeViewParams=true";
    }

    /** Hours with one decimal, e.g. "12.5"; empty when nothing was measured. */
    public String hours(Double seconds) {
        return seconds == null ? "" : String.format(Locale.ROOT, "%.1f", seconds / 3600);
    }

    /** The rating with one decimal, e.g. "4.3"; empty when no service report was rated. */
    public String rating(Double rating) {
        return rating == null ? "" : String.format(Locale.ROOT, "%.1f", rating);
    }

    public String procedureCode(ProcedureFigures row) {
        return row.procedure() == null ? Notices.text("tablero.sinProcedimiento") : row.procedure().code();
    }

    /** Bars of open, overdue and closed reports per procedure (Chart.js configuration as JSON). */
    public String getChart() {
        if (figures == null) {
            return null;
        }
        List<ProcedureFigures> rows = figures.procedures();
        return "{\"type\":\"bar\",\"data\":{\"labels\":[" + rows.stream().map(r -> json(procedureCode(r)))
                .collect(Collectors.joining(",")) + "],\"datasets\":["
                + dataset(Notices.text("tablero.abiertos"), "#3b82f6",
                        rows.stream().map(r -> String.valueOf(r.open())).collect(Collectors.joining(","))) + ","
                + dataset(Notices.text("tablero.vencidos"), "#ef4444",
                        rows.stream().map(r -> String.valueOf(r.overdue())).collect(Collectors.joining(","))) + ","
                + dataset(Notices.text("tablero.cerrados"), "#22c55e",
                        rows.stream().map(r -> String.valueOf(r.closed())).collect(Collectors.joining(",")))
                + "]},\"options\":{\"responsive\":true,\"maintainAspectRatio\":false,\"animation\":false,"
                + "\"scales\":{\"y\":{\"beginAtZero\":true,\"ticks\":{\"precision\":0}}}}}";
    }

    private static String dataset(String label, String color, String values) {
        return "{\"label\":" + json(label) + ",\"backgroundColor\":\"" + color + "\",\"data\":[" + values + "]}";
    }

    private static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /**
     * The monthly services whose invoice has not arrived this month, asked only when the page shows
     * them: to the roles that follow the payments up (Menu.pendingInvoices).
     */
    public List<ProviderContractView> getPendingInvoices() {
        if (pendingInvoices == null) {
            pendingInvoices = contracts.pending(YearMonth.now(Formats.CITY));
        }
        return pendingInvoices;
    }

    public DashboardFigures getFigures() {
        return figures;
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
}
