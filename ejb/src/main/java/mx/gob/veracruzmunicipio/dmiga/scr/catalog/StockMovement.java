package mx.gob.veracruzmunicipio.dmiga.scr.catalog;

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

/** One change of a material's stock. Written once and never changed, hence no version. */
@Entity
@Table(name = "stock_movement")
@NamedQuery(name = StockMovement.OF_MATERIAL,
        query = "SELECT s FROM StockMovement s WHERE s.material.code = :code ORDER BY s.id")
public class StockMovement {

    static final String OF_MATERIAL = "StockMovement.ofMaterial";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "material_id", nullable = false)
    private Material material;

    @Column(name = "quantity_change", nullable = false)
    private int quantityChange;

    @Column(name = "resulting_quantity", nullable = false)
    private int resultingQuantity;

    @Column(nullable = false, length = 300)
    private String reason;

    @Column(name = "recorded_by", nullable = false, length = 40)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected StockMovement() {
        // JPA
    }

    StockMovement(Material material, int quantityChange, int resultingQuantity, String reason, String recordedBy) {
        this.material = material;
        this.quantityChange = quantityChange;
        this.resultingQuantity = resultingQuantity;
        this.reason = reason;
        this.recordedBy = recordedBy;
        this.recordedAt = Instant.now();
    }

    public int getQuantityChange() {
        return quantityChange;
    }

    public int getResultingQuantity() {
        return resultingQuantity;
    }

    public String getReason() {
        return reason;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
