package mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr03;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A stored {@link Finding}: a damaged or obsolete part of an item. */
@Embeddable
public class PartFinding {

    @Column(nullable = false, length = 200)
    private String part;

    @Enumerated(EnumType.STRING)
    @Column(name = "part_condition", nullable = false, length = 10)
    private PartCondition condition;

    @Column(length = 1000)
    private String detail;

    protected PartFinding() {
        // JPA
    }

    PartFinding(String part, PartCondition condition, String detail) {
        this.part = part;
        this.condition = condition;
        this.detail = detail;
    }

    public String getPart() {
        return part;
    }

    public PartCondition getCondition() {
        return condition;
    }

    public String getDetail() {
        return detail;
    }
}
