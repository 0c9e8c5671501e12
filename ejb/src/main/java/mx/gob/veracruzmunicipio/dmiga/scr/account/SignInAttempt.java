package mx.gob.veracruzmunicipio.dmiga.scr.account;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One audited attempt to sign in to the intranet: append-only. */
@Entity
@Table(name = "sign_in_attempt")
public class SignInAttempt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 100)
    private String username;

    @Column(name = "attempted_at", nullable = false)
    private Instant attemptedAt;

    @Column(nullable = false, length = 64)
    private String address;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private SignInOutcome outcome;

    protected SignInAttempt() {
    }

    SignInAttempt(String username, Instant attemptedAt, String address, SignInOutcome outcome) {
        this.username = username;
        this.attemptedAt = attemptedAt;
        this.address = address;
        this.outcome = outcome;
    }

    public String getUsername() {
        return username;
    }

    public Instant getAttemptedAt() {
        return attemptedAt;
    }

    public String getAddress() {
        return address;
    }

    public SignInOutcome getOutcome() {
        return outcome;
    }
}
