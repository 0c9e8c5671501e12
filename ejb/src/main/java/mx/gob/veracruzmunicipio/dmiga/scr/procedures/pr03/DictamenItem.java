package mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr03;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

/** One item of equipment on a dictamen: as received, then its findings and verdict. */
@Entity
@Table(name = "dictamen_item")
public class DictamenItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "dictamen_id", nullable = false)
    private EquipmentDictamen dictamen;

    /** The order in which the items were received, which the dictamen keeps. */
    @Column(name = "line_number", nullable = false)
    private int lineNumber;

    @Column(name = "inventory_number", nullable = false, length = 50)
    private String inventoryNumber;

    @Column(name = "equipment_type", nullable = false, length = 100)
    private String type;

    @Column(nullable = false, length = 100)
    private String brand;

    @Column(nullable = false, length = 100)
    private String model;

    @Column(name = "serial_number", nullable = false, length = 100)
    private String serialNumber;

    @ElementCollection
    @CollectionTable(name = "dictamen_finding", joinColumns = @JoinColumn(name = "item_id"))
    @OrderColumn(name = "finding_order")
    private List<PartFinding> findings = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private Verdict verdict;

    @Column(length = 2000)
    private String requirements;

    @Column(name = "verified_at")
    private Instant verifiedAt;

    @Column(name = "verified_by", length = 40)
    private String verifiedBy;

    protected DictamenItem() {
        // JPA
    }

    DictamenItem(EquipmentDictamen dictamen, int lineNumber, ReceivedItem item) {
        this.dictamen = dictamen;
        this.lineNumber = lineNumber;
        this.inventoryNumber = item.inventoryNumber().strip();
        this.type = item.type().strip();
        this.brand = item.brand().strip();
        this.model = item.model().strip();
        this.serialNumber = item.serialNumber().strip();
    }

    /** Records the verification; a later one replaces it (the last word before the dictamen counts). */
    void verify(ItemVerification verification, String actor, Instant now) {
        findings.clear();
        verification.findings().forEach(f -> findings.add(new PartFinding(f.part().strip(), f.condition(),
                f.detail() == null || f.detail().isBlank() ? null : f.detail().strip())));
        this.verdict = verification.verdict();
        // Requirements belong to repairable items only: a decommissioned item needs none.
        this.requirements = verdict == Verdict.REPARABLE ? verification.requirements().strip() : null;
        this.verifiedAt = now;
        this.verifiedBy = actor;
    }

    /** How a refusal names the item to the user. */
    String describe() {
        return "«" + inventoryNumber + "» (" + type + " " + brand + " " + model + ")";
    }

    public Long getId() {
        return id;
    }

    public int getLineNumber() {
        return lineNumber;
    }

    public String getInventoryNumber() {
        return inventoryNumber;
    }

    public String getType() {
        return type;
    }

    public String getBrand() {
        return brand;
    }

    public String getModel() {
        return model;
    }

    public String getSerialNumber() {
        return serialNumber;
    }

    public List<PartFinding> getFindings() {
        return Collections.unmodifiableList(findings);
    }

    public Verdict getVerdict() {
        return verdict;
    }

    public String getRequirements() {
        return requirements;
    }

    public Instant getVerifiedAt() {
        return verifiedAt;
    }

    public String getVerifiedBy() {
        return verifiedBy;
    }
}
