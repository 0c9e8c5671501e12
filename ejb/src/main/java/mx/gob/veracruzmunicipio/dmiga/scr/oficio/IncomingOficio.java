package mx.gob.veracruzmunicipio.dmiga.scr.oficio;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;

import mx.gob.veracruzmunicipio.dmiga.scr.report.ProcedureKey;
import mx.gob.veracruzmunicipio.dmiga.scr.report.Report;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ServiceCategory;

/** An oficio a department sent through Cero Papel, kept as received, with the report it opened. */
@Entity
@Table(name = "incoming_oficio")
@NamedQuery(name = IncomingOficio.BY_CERO_PAPEL_ID,
        query = "SELECT o FROM IncomingOficio o WHERE o.ceroPapelId = :ceroPapelId")
@NamedQuery(name = IncomingOficio.OF_REPORT, query = "SELECT o FROM IncomingOficio o WHERE o.report = :report")
@NamedQuery(name = IncomingOficio.OF_REPORTS, query = "SELECT o FROM IncomingOficio o WHERE o.report IN :reports")
public class IncomingOficio {

    public static final String BY_CERO_PAPEL_ID = "IncomingOficio.byCeroPapelId";
    public static final String OF_REPORT = "IncomingOficio.ofReport";
    public static final String OF_REPORTS = "IncomingOficio.ofReports";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cero_papel_id", nullable = false, unique = true, length = 100)
    private String ceroPapelId;

    @Column(name = "oficio_number", nullable = false, length = 100)
    private String number;

    @Column(name = "dated_at", nullable = false)
    private Instant datedAt;

    @Column(name = "department_code", nullable = false, length = 20)
    private String departmentCode;

    @Column(name = "department_name", nullable = false, length = 200)
    private String departmentName;

    @Column(name = "sender_name", nullable = false, length = 200)
    private String senderName;

    @Column(name = "sender_position", length = 200)
    private String senderPosition;

    @Column(name = "sender_email", length = 200)
    private String senderEmail;

    @Column(nullable = false, length = 500)
    private String subject;

    @Column(nullable = false, length = 20000)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(name = "requested_procedure", length = 12)
    private ProcedureKey requestedProcedure;

    @Enumerated(EnumType.STRING)
    @Column(length = 40)
    private ServiceCategory category;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "report_id", nullable = false)
    private Report report;

    @OneToMany(mappedBy = "oficio", cascade = CascadeType.PERSIST)
    private List<IncomingOficioAttachment> attachments = new ArrayList<>();

    protected IncomingOficio() {
        // JPA
    }

    public IncomingOficio(String ceroPapelId, String number, Instant datedAt, String departmentCode,
                          String departmentName, String senderName, String senderPosition, String senderEmail,
                          String subject, String body, ProcedureKey requestedProcedure, ServiceCategory category,
                          Report report, Instant receivedAt) {
        this.ceroPapelId = ceroPapelId;
        this.number = number;
        this.datedAt = datedAt;
        this.departmentCode = departmentCode;
        this.departmentName = departmentName;
        this.senderName = senderName;
        this.senderPosition = senderPosition;
        this.senderEmail = senderEmail;
        this.subject = subject;
        this.body = body;
        this.requestedProcedure = requestedProcedure;
        this.category = category;
        this.report = report;
        this.receivedAt = receivedAt;
    }

    public void attach(String fileName, String mimeType, byte[] content) {
        attachments.add(new IncomingOficioAttachment(this, fileName, mimeType, content));
    }

    public Long getId() {
        return id;
    }

    public String getCeroPapelId() {
        return ceroPapelId;
    }

    public String getNumber() {
        return number;
    }

    public Instant getDatedAt() {
        return datedAt;
    }

    public String getDepartmentCode() {
        return departmentCode;
    }

    public String getDepartmentName() {
        return departmentName;
    }

    public String getSenderName() {
        return senderName;
    }

    public String getSenderPosition() {
        return senderPosition;
    }

    public String getSenderEmail() {
        return senderEmail;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public ProcedureKey getRequestedProcedure() {
        return requestedProcedure;
    }

    public ServiceCategory getCategory() {
        return category;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public Report getReport() {
        return report;
    }

    public List<IncomingOficioAttachment> getAttachments() {
        return Collections.unmodifiableList(attachments);
    }
}
