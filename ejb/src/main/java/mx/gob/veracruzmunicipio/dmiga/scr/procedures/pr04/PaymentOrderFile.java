package mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr04;

import java.time.Instant;

import jakarta.persistence.Basic;
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

import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Upload;

/** The provider's XML or PDF of the invoice an order pays, as uploaded at step 1A. */
@Entity
@Table(name = "payment_order_file")
@NamedQuery(name = PaymentOrderFile.OF_ORDER, query = "SELECT f FROM PaymentOrderFile f WHERE f.order = :order ORDER BY f.kind")
public class PaymentOrderFile {

    static final String OF_ORDER = "PaymentOrderFile.ofOrder";

    public enum Kind { PDF, XML }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "payment_order_id", nullable = false)
    private PaymentOrder order;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 3)
    private Kind kind;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "mime_type", nullable = false, length = 100)
    private String mimeType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    @Column(name = "uploaded_by", nullable = false, length = 40)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected PaymentOrderFile() {
        // JPA
    }

    PaymentOrderFile(PaymentOrder order, Kind kind) {
        this.order = order;
        this.kind = kind;
    }

    /** A corrected invoice's file replaces the returned one's. */
    void replace(Upload upload, String actor, Instant now) {
        fileName = Invoices.limit(upload.fileName(), 255);
        mimeType = kind == Kind.XML ? "application/xml" : "application/pdf";
        content = upload.content();
        sizeBytes = content.length;
        uploadedBy = actor;
        uploadedAt = now;
    }

    public Kind getKind() {
        return kind;
    }

    public String getFileName() {
        return fileName;
    }

    public String getMimeType() {
        return mimeType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public byte[] getContent() {
        return content;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
