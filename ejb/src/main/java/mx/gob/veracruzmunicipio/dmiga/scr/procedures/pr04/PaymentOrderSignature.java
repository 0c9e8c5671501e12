package mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr04;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import mx.gob.veracruzmunicipio.dmiga.scr.account.Role;

/** One signer's decision on one round of the order: who, in which role, when, and why not. */
@Entity
@Table(name = "payment_order_signature")
public class PaymentOrderSignature {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "payment_order_id", nullable = false)
    private PaymentOrder order;

    @Column(name = "draft_round", nullable = false)
    private int draftRound;

    @Column(nullable = false, length = 10)
    private String step;

    @Enumerated(EnumType.STRING)
    @Column(name = "signer_role", nullable = false, length = 40)
    private Role signerRole;

    @Column(name = "signer_username", nullable = false, length = 40)
    private String signerUsername;

    // The name as it was when signing: the printed order must not change if the account does.
    @Column(name = "signer_name", nullable = false, length = 200)
    private String signerName;

    @Column(name = "signed_at", nullable = false)
    private Instant signedAt;

    @Column(nullable = false)
    private boolean approved;

    @Column(length = 2000)
    private String reason;

    protected PaymentOrderSignature() {
        // JPA
    }

    PaymentOrderSignature(PaymentOrder order, String step, Role signerRole, String signerUsername, String signerName,
                          Instant signedAt, boolean approved, String reason) {
        this.order = order;
        this.draftRound = order.getDraftRound();
        this.step = step;
        this.signerRole = signerRole;
        this.signerUsername = signerUsername;
        this.signerName = signerName;
        this.signedAt = signedAt;
        this.approved = approved;
        this.reason = reason == null || reason.isBlank() ? null : reason.strip();
    }

    public Long getId() {
        return id;
    }

    public int getDraftRound() {
        return draftRound;
    }

    public String getStep() {
        return step;
    }

    public Role getSignerRole() {
        return signerRole;
    }

    public String getSignerUsername() {
        return signerUsername;
    }

    public String getSignerName() {
        return signerName;
    }

    public Instant getSignedAt() {
        return signedAt;
    }

    public boolean isApproved() {
        return approved;
    }

    public String getReason() {
        return reason;
    }
}
