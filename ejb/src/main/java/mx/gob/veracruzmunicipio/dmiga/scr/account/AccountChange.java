package mx.gob.veracruzmunicipio.dmiga.scr.account;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** One audited change of an account: who made it and when; append-only. */
@Entity
@Table(name = "account_change")
@NamedQuery(name = AccountChange.OF_ACCOUNT,
        query = "SELECT c FROM AccountChange c WHERE c.username = :username ORDER BY c.changedAt DESC, c.id DESC")
public class AccountChange {

    public static final String OF_ACCOUNT = "AccountChange.ofAccount";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 40)
    private String username;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    private AccountChangeKind change;

    @Column(length = 500)
    private String details;

    @Column(name = "changed_by", nullable = false, length = 100)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected AccountChange() {
        // JPA
    }

    AccountChange(String username, AccountChangeKind change, String details, String changedBy, Instant changedAt) {
        this.username = username;
        this.change = change;
        this.details = details == null || details.length() <= 500 ? details : details.substring(0, 500);
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public AccountChangeView view() {
        return new AccountChangeView(change, details, changedBy, changedAt);
    }
}
