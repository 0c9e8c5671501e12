package mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr04;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * Money committed on a partida for an order, as the budget ledger recorded it. Kept after release,
 * so the order shows each time its amount was held and given back.
 */
@Entity
@Table(name = "payment_order_commitment")
public class PaymentOrderCommitment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "payment_order_id", nullable = false)
    private PaymentOrder order;

    @Column(name = "budget_item_code", nullable = false, length = 20)
    private String budgetItemCode;

    @Column(nullable = false, precision = 15, scale = 2)
    private BigDecimal amount;

    @Column(name = "committed_by", nullable = false, length = 40)
    private String committedBy;

    @Column(name = "committed_at", nullable = false)
    private Instant committedAt;

    @Column(name = "released_by", length = 40)
    private String releasedBy;

    @Column(name = "released_at")
    private Instant releasedAt;

    @Column(name = "release_reason", length = 300)
    private String releaseReason;

    protected PaymentOrderCommitment() {
        // JPA
    }

    PaymentOrderCommitment(PaymentOrder order, String budgetItemCode, BigDecimal amount, String committedBy,
                           Instant committedAt) {
        this.order = order;
        this.budgetItemCode = budgetItemCode;
        this.amount = amount;
        this.committedBy = committedBy;
        this.committedAt = committedAt;
    }

    void released(String actor, Instant now, String reason) {
        releasedBy = actor;
        releasedAt = now;
        releaseReason = reason.length() <= 300 ? reason : reason.substring(0, 299) + "…";
    }

    public boolean isActive() {
        return releasedAt == null;
    }

    public Long getId() {
        return id;
    }

    public String getBudgetItemCode() {
        return budgetItemCode;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getCommittedBy() {
        return committedBy;
    }

    public Instant getCommittedAt() {
        return committedAt;
    }

    public String getReleasedBy() {
        return releasedBy;
    }

    public Instant getReleasedAt() {
        return releasedAt;
    }

    public String getReleaseReason() {
        return releaseReason;
    }
}
