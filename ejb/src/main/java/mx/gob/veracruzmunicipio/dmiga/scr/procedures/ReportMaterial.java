package mx.gob.veracruzmunicipio.dmiga.scr.procedures;

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

import mx.gob.veracruzmunicipio.dmiga.scr.catalog.Material;
import mx.gob.veracruzmunicipio.dmiga.scr.report.Report;

/**
 * Material a report took out of the directorate's stock (PR-DMIGA-01 step 4, PR-DMIGA-02 step 3).
 * Written in the same transaction as the stock movement and the timeline entry, so the three agree.
 */
@Entity
@Table(name = "report_material")
@NamedQuery(name = ReportMaterial.OF_REPORT,
        query = "SELECT m FROM ReportMaterial m JOIN FETCH m.material WHERE m.report = :report ORDER BY m.id")
public class ReportMaterial {

    static final String OF_REPORT = "ReportMaterial.ofReport";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "report_id", nullable = false)
    private Report report;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "material_id", nullable = false)
    private Material material;

    @Column(nullable = false)
    private int quantity;

    @Column(nullable = false, length = 10)
    private String step;

    @Column(name = "recorded_by", nullable = false, length = 40)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected ReportMaterial() {
        // JPA
    }

    ReportMaterial(Report report, Material material, int quantity, String step, String recordedBy, Instant now) {
        this.report = report;
        this.material = material;
        this.quantity = quantity;
        this.step = step;
        this.recordedBy = recordedBy;
        this.recordedAt = now;
    }

    MaterialUsed view() {
        return new MaterialUsed(material.getCode(), material.getName(), quantity, material.getUnitOfMeasure(), step,
                recordedBy, recordedAt);
    }
}
