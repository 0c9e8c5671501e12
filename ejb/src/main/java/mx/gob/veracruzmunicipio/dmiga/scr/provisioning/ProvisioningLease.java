package mx.gob.veracruzmunicipio.dmiga.scr.provisioning;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The provisioning side of an approved user request: who holds it (the last claim's token and its
 * lease), which claim's result was recorded, and the ALTA's temporary password, encrypted by
 * {@link PasswordVault} until the person who delivers it has seen it. Embedded in the request of
 * each system (as400_request, cero_papel_request).
 */
@Embeddable
public class ProvisioningLease {

    @Column(name = "claim_token", length = 36)
    private String claimToken;

    @Column(name = "claimed_at")
    private Instant claimedAt;

    @Column(name = "lease_expires_at")
    private Instant leaseExpiresAt;

    @Column(name = "result_token", length = 36)
    private String resultToken;

    @Column(name = "temporary_password", length = 200)
    private String encryptedPassword;

    @Column(name = "password_delivered_at")
    private Instant passwordDeliveredAt;

    @Column(name = "password_delivered_by", length = 40)
    private String passwordDeliveredBy;

    void claim(String token, Instant now, Instant expiresAt) {
        this.claimToken = token;
        this.claimedAt = now;
        this.leaseExpiresAt = expiresAt;
    }

    /** The claim's result is recorded: the request is no longer leased. */
    void resultRecorded(String token) {
        this.resultToken = token;
        this.leaseExpiresAt = null;
    }

    void storePassword(String encrypted) {
        this.encryptedPassword = encrypted;
    }

    void passwordDelivered(String username, Instant now) {
        this.encryptedPassword = null;
        this.passwordDeliveredAt = now;
        this.passwordDeliveredBy = username;
    }

    /** Nothing is handed out for a declined request any more. */
    void cancel() {
        this.encryptedPassword = null;
        this.leaseExpiresAt = null;
    }

    public String getClaimToken() {
        return claimToken;
    }

    public Instant getClaimedAt() {
        return claimedAt;
    }

    public Instant getLeaseExpiresAt() {
        return leaseExpiresAt;
    }

    public String getResultToken() {
        return resultToken;
    }

    String getEncryptedPassword() {
        return encryptedPassword;
    }

    public Instant getPasswordDeliveredAt() {
        return passwordDeliveredAt;
    }

    public String getPasswordDeliveredBy() {
        return passwordDeliveredBy;
    }
}
