package mx.gob.veracruzmunicipio.dmiga.scr.web.invoice;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr04.ProviderContractView;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr04.ProviderContracts;
import mx.gob.veracruzmunicipio.dmiga.scr.web.faces.Notices;

/**
 * "Facturas pendientes" ({@code facturas-pendientes.xhtml?mes=AAAA-MM}): the monthly service
 * contracts whose invoice has not arrived for the month; the current month when none is given.
 */
@Named
@ViewScoped
public class PendingInvoicesBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final ZoneId MEXICO_CITY = ZoneId.of("America/Mexico_City");

    @EJB
    ProviderContracts contracts;

    private String month;
    private List<ProviderContractView> pending = List.of();

    /** f:viewAction: the month asked for (yyyy-MM), the current one by default. */
    public void load() {
        YearMonth chosen = YearMonth.now(MEXICO_CITY);
        if (month != null && !month.isBlank()) {
            try {
                chosen = YearMonth.parse(month.strip());
            } catch (DateTimeParseException e) {
                Notices.errors(List.of("El mes «" + month + "» no tiene el formato AAAA-MM; se muestra el mes actual."));
            }
        }
        month = chosen.toString();
        pending = contracts.pending(chosen);
    }

    /** Shows another month; the address keeps it, so the page can be bookmarked and shared. */
    public String show() {
        return "/facturas-pendientes?faces-redirect=true&mes=" + month;
    }

    public BigDecimal getExpectedTotal() {
        return pending.stream().map(ProviderContractView::monthlyAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public List<ProviderContractView> getPending() {
        return pending;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }
}
