package mx.gob.veracruzmunicipio.dmiga.scr.signature;

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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import mx.gob.veracruzmunicipio.dmiga.scr.report.Report;

/**
 * A signature on one of a report's documents, collected by Cero Papel. One per report, document
 * and signer name (unique constraint): Cero Papel retries, and a retry must not count twice.
 * Never changed once registered.
 */
@Entity
@Table(name = "signature", uniqueConstraints = @UniqueConstraint(name = "uk_signature_signer",
        columnNames = {"report_id", "document", "signer_name"}))
@NamedQuery(name = Signature.OF_REPORT,
        query = "SELECT s FROM Signature s WHERE s.report = :report ORDER BY s.signedAt, s.id")
@NamedQuery(name = Signature.BY_SIGNER, query = "SELECT s FROM Signature s WHERE s.report = :report"
        + " AND s.document = :document AND s.signerName = :signerName")
public class Signature {

    public static final String OF_REPORT = "Signature.ofReport";
    public static final String BY_SIGNER = "Signature.bySigner";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "report_id", nullable = false)
    private Report report;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SignedDocument document;

    @Column(name = "signer_name", nullable = false, length = 200)
    private String signerName;

    @Column(name = "signer_position", nullable = false, length = 200)
    private String signerPosition;

    @Column(name = "signer_department", nullable = false, length = 200)
    private String signerDepartment;

    @Column(name = "signed_at", nullable = false)
    private Instant signedAt;

    private Integer rating;

    @Column(name = "signer_comment", length = 2000)
    private String comment;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @Column(name = "registered_by", nullable = false, length = 40)
    private String registeredBy;

    protected Signature() {
        // JPA
    }

    Signature(Report report, NewSignature signature, String signerName, Instant registeredAt, String registeredBy) {
        this.report = report;
        this.document = signature.document();
        this.signerName = signerName;
        this.signerPosition = signature.signerPosition().strip();
        this.signerDepartment = signature.signerDepartment().strip();
        this.signedAt = signature.signedAt();
        this.rating = signature.rating();
        this.comment = signature.comment() == null || signature.comment().isBlank() ? null
                : signature.comment().strip();
        this.registeredAt = registeredAt;
        this.registeredBy = registeredBy;
    }

    public Long getId() {
        return id;
    }

    public Report getReport() {
        return report;
    }

    public SignedDocument getDocument() {
        return document;
    }

    public String getSignerName() {
        return signerName;
    }

    public String getSignerPosition() {
        return signerPosition;
    }

    public String getSignerDepartment() {
        return signerDepartment;
    }

    public Instant getSignedAt() {
        return signedAt;
    }

    public Integer getRating() {
        return rating;
    }

    public String getComment() {
        return comment;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public String getRegisteredBy() {
        return registeredBy;
    }
}
