package mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr03;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import mx.gob.veracruzmunicipio.dmiga.scr.report.Report;

/**
 * The technical dictamen of one PR-DMIGA-03 report: the items received, each with its findings and
 * verdict, and when it was issued. Written only by the effects of {@link EquipmentDictamenProcedure},
 * which the engine runs after its checks and inside the action's transaction.
 */
@Entity
@Table(name = "equipment_dictamen")
@NamedQuery(name = EquipmentDictamen.OF_REPORT, query = "SELECT d FROM EquipmentDictamen d WHERE d.report = :report")
public class EquipmentDictamen {

    public static final String OF_REPORT = "EquipmentDictamen.ofReport";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "report_id", nullable = false, unique = true)
    private Report report;

    @OneToMany(mappedBy = "dictamen", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("lineNumber")
    private List<DictamenItem> items = new ArrayList<>();

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "received_by", nullable = false, length = 40)
    private String receivedBy;

    @Column(name = "issued_at")
    private Instant issuedAt;

    @Column(name = "issued_by", length = 40)
    private String issuedBy;

    @Version
    @Column(nullable = false)
    private long version;

    protected EquipmentDictamen() {
        // JPA
    }

    EquipmentDictamen(Report report, List<ReceivedItem> received, String actor, Instant now) {
        this.report = report;
        this.receivedAt = now;
        this.receivedBy = actor;
        for (ReceivedItem item : received) {
            items.add(new DictamenItem(this, items.size() + 1, item));
        }
    }

    Optional<DictamenItem> item(String inventoryNumber) {
        String wanted = inventoryNumber.strip();
        return items.stream().filter(i -> i.getInventoryNumber().equals(wanted)).findFirst();
    }

    /** The items still without a verdict: the dictamen cannot be issued while there is any. */
    List<DictamenItem> unverified() {
        return items.stream().filter(i -> i.getVerdict() == null).toList();
    }

    void issue(String actor, Instant now) {
        this.issuedAt = now;
        this.issuedBy = actor;
    }

    public Long getId() {
        return id;
    }

    public Report getReport() {
        return report;
    }

    public List<DictamenItem> getItems() {
        return Collections.unmodifiableList(items);
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public String getReceivedBy() {
        return receivedBy;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public String getIssuedBy() {
        return issuedBy;
    }
}
