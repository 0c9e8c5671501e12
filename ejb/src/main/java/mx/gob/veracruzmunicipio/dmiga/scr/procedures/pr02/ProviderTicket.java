package mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr02;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import mx.gob.veracruzmunicipio.dmiga.scr.catalog.Provider;
import mx.gob.veracruzmunicipio.dmiga.scr.report.Report;

/** A ticket at a provider's help desk for a fault that is the provider's (PR-DMIGA-02 step 2). */
@Entity
@Table(name = "provider_ticket")
@NamedQuery(name = ProviderTicket.OF_REPORT,
        query = "SELECT t FROM ProviderTicket t JOIN FETCH t.provider WHERE t.report = :report ORDER BY t.id")
public class ProviderTicket {

    static final String OF_REPORT = "ProviderTicket.ofReport";

    /** A ticket as callers read it. */
    public record View(String providerRfc, String providerName, String helpDeskPhone, String ticketNumber,
                       String openedBy, Instant openedAt, Instant resolvedAt, String outcome) implements Serializable {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "report_id", nullable = false)
    private Report report;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "provider_id", nullable = false)
    private Provider provider;

    @Column(name = "ticket_number", nullable = false, length = 60)
    private String ticketNumber;

    @Column(name = "opened_by", nullable = false, length = 40)
    private String openedBy;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(length = 2000)
    private String outcome;

    protected ProviderTicket() {
        // JPA
    }

    ProviderTicket(Report report, Provider provider, String ticketNumber, String openedBy, Instant now) {
        this.report = report;
        this.provider = provider;
        this.ticketNumber = ticketNumber;
        this.openedBy = openedBy;
        this.openedAt = now;
    }

    void answered(String outcome, Instant now) {
        this.outcome = outcome;
        this.resolvedAt = now;
    }

    boolean isOpen() {
        return resolvedAt == null;
    }

    View view() {
        return new View(provider.getRfc(), provider.getName(), provider.getHelpDesk().getPhone(), ticketNumber,
                openedBy, openedAt, resolvedAt, outcome);
    }
}
