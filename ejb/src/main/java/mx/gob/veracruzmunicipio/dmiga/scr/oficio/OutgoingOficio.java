package mx.gob.veracruzmunicipio.dmiga.scr.oficio;

import java.time.Instant;
import java.time.ZoneId;

import jakarta.persistence.Basic;
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

import mx.gob.veracruzmunicipio.dmiga.scr.report.Report;

/**
 * A reply oficio SCR produced for Cero Papel to deliver. Queued in the same transaction as the
 * step that produces it, so a step never happens without its oficio nor the other way round.
 */
@Entity
@Table(name = "outgoing_oficio")
@NamedQuery(name = OutgoingOficio.OF_REPORT,
        query = "SELECT o FROM OutgoingOficio o WHERE o.report = :report ORDER BY o.id")
@NamedQuery(name = OutgoingOficio.UNDELIVERED_AFTER, query = "SELECT o FROM OutgoingOficio o JOIN FETCH o.report"
        + " WHERE o.deliveredAt IS NULL AND o.id > :after ORDER BY o.id")
public class OutgoingOficio {

    public static final String OF_REPORT = "OutgoingOficio.ofReport";
    public static final String UNDELIVERED_AFTER = "OutgoingOficio.undeliveredAfter";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "report_id", nullable = false)
    private Report report;

    @Column(nullable = false, length = 200)
    private String recipient;

    @Column(nullable = false, length = 500)
    private String subject;

    @Column(nullable = false, length = 8000)
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 40)
    private String createdBy;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    @Column(name = "cero_papel_number", length = 100)
    private String ceroPapelNumber;

    @Column(name = "delivery_recorded_at")
    private Instant deliveryRecordedAt;

    @Column(name = "delivery_recorded_by", length = 40)
    private String deliveryRecordedBy;

    /** The oficio printed (package document), Cero Papel's anexo; none on oficios queued before V18. */
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "pdf")
    private byte[] pdf;

    protected OutgoingOficio() {
        // JPA
    }

    public OutgoingOficio(Report report, String recipient, String subject, String body, String createdBy,
                          Instant now) {
        this.report = report;
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    /** Cero Papel delivered it as its oficio {@code number} on {@code deliveredAt}. */
    public void delivered(String number, Instant deliveredAt, String recordedBy, Instant now) {
        this.ceroPapelNumber = number;
        this.deliveredAt = deliveredAt;
        this.deliveryRecordedBy = recordedBy;
        this.deliveryRecordedAt = now;
    }

    /** Stores the printed oficio, rendered once it has its number. */
    public void attachPdf(byte[] pdf) {
        this.pdf = pdf;
    }

    /** The directorate's number of the oficio: year of issue and its id, e.g. DMIGA/2026/000042. */
    public String number() {
        return String.format("DMIGA/%d/%06d", createdAt.atZone(ZoneId.of("America/Mexico_City")).getYear(), id);
    }

    /** The PDF's file name: the report's folio and the oficio's id. */
    public String pdfFileName() {
        return "oficio-" + report.getFolio() + "-" + id + ".pdf";
    }

    public boolean isDelivered() {
        return deliveredAt != null;
    }

    public Long getId() {
        return id;
    }

    public Report getReport() {
        return report;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getDeliveredAt() {
        return deliveredAt;
    }

    public String getCeroPapelNumber() {
        return ceroPapelNumber;
    }

    public Instant getDeliveryRecordedAt() {
        return deliveryRecordedAt;
    }

    public String getDeliveryRecordedBy() {
        return deliveryRecordedBy;
    }

    public byte[] getPdf() {
        return pdf;
    }
}
