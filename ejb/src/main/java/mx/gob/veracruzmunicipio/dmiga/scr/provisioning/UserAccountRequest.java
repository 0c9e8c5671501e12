package mx.gob.veracruzmunicipio.dmiga.scr.provisioning;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Version;

import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr07.As400Movement;
import mx.gob.veracruzmunicipio.dmiga.scr.report.Report;

/**
 * What the PR-DMIGA-07 (AS/400) and PR-DMIGA-09 (Cero Papel) account requests have in common: one
 * per report, the employee, alta or baja, the life of the request (approved, answered by the
 * system, delivered) and its claim by the provisioning service. Each procedure adds its status,
 * its outcome and what only it knows (modules, profile).
 */
@MappedSuperclass
public abstract class UserAccountRequest implements ProvisionedRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "report_id", nullable = false, unique = true)
    private Report report;

    /** The report's folio, kept here so the provisioning side can be answered without a join. */
    @Column(nullable = false, unique = true, length = 20)
    private String folio;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 4)
    private As400Movement movement;

    @Embedded
    private Employee employee;

    @Column(name = "result_message", length = 1000)
    private String resultMessage;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "result_at")
    private Instant resultAt;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    /** The integration's claim and the ALTA's encrypted temporary password (ProvisioningService). */
    @Embedded
    private ProvisioningLease provisioning;

    @Version
    @Column(nullable = false)
    private long version;

    protected UserAccountRequest() {
        // JPA
    }

    protected UserAccountRequest(Report report, As400Movement movement, Employee employee, Instant now) {
        this.report = report;
        this.folio = report.getFolio();
        this.movement = movement;
        this.employee = employee;
        this.createdAt = now;
    }

    /** The request as restated before its approval. */
    protected void restate(As400Movement movement, Employee employee) {
        this.movement = movement;
        this.employee = employee;
    }

    /** Approved (again): waits for the system, with no answer yet. */
    protected void approved(Instant now) {
        this.approvedAt = now;
        this.resultMessage = null;
        this.resultAt = null;
    }

    /** The system's answer, with its message when it gave one. */
    protected void answered(String message, Instant now) {
        this.resultMessage = message == null || message.isBlank() ? null : message.strip();
        this.resultAt = now;
    }

    protected void delivered(Instant now) {
        this.deliveredAt = now;
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public Report getReport() {
        return report;
    }

    @Override
    public String getFolio() {
        return folio;
    }

    public As400Movement getMovement() {
        return movement;
    }

    @Override
    public Employee getEmployee() {
        return employee;
    }

    @Override
    public String getResultMessage() {
        return resultMessage;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    @Override
    public Instant getResultAt() {
        return resultAt;
    }

    public Instant getDeliveredAt() {
        return deliveredAt;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public ProvisioningLease lease() {
        if (provisioning == null) {
            // Hibernate leaves an embeddable whose columns are all empty null.
            provisioning = new ProvisioningLease();
        }
        return provisioning;
    }

    @Override
    public String movementName() {
        return movement.name();
    }
}
