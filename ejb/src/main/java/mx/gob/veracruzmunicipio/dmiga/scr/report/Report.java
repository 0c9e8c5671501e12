package mx.gob.veracruzmunicipio.dmiga.scr.report;

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
import jakarta.persistence.Version;

import mx.gob.veracruzmunicipio.dmiga.scr.account.Role;
import mx.gob.veracruzmunicipio.dmiga.scr.account.UserAccount;
import mx.gob.veracruzmunicipio.dmiga.scr.catalog.Department;

/**
 * A service report ("reporte de servicio"): one request of a department, identified by its folio,
 * going through the steps of one procedure. Only the workflow engine changes where it stands.
 */
@Entity
@Table(name = "report")
@NamedQuery(name = Report.BY_FOLIO, query = "SELECT r FROM Report r WHERE r.folio = :folio")
public class Report {

    public static final String BY_FOLIO = "Report.byFolio";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 20)
    private String folio;

    @Enumerated(EnumType.STRING)
    @Column(name = "procedure_key", length = 12)
    private ProcedureKey procedure;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Channel channel;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "department_id", nullable = false)
    private Department department;

    @Enumerated(EnumType.STRING)
    @Column(length = 40)
    private ServiceCategory category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Priority priority;

    @Column(nullable = false, length = 500)
    private String subject;

    @Column(length = 4000)
    private String description;

    @Column(nullable = false, length = 200)
    private String requester;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ReportStatus status;

    @Column(name = "current_step", length = 10)
    private String currentStep;

    @Enumerated(EnumType.STRING)
    @Column(name = "assigned_role", length = 40)
    private Role assignedRole;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "assigned_user_id")
    private UserAccount assignedUser;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 40)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 40)
    private String updatedBy;

    @Column(name = "step_started_at", nullable = false)
    private Instant stepStartedAt;

    @Column(name = "step_due_at")
    private Instant stepDueAt;

    @Column(nullable = false)
    private boolean overdue;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "timeline_length", nullable = false)
    private int timelineLength;

    /** Hash of the last timeline entry: a deleted or replaced tail no longer matches it. */
    @Column(name = "timeline_head", length = 64)
    private String timelineHead;

    @Version
    @Column(nullable = false)
    private long version;

    protected Report() {
        // JPA
    }

    /** A report not yet numbered: see {@link #number}. */
    public Report(ProcedureKey procedure, Channel channel, Department department,
                  ServiceCategory category, Priority priority, String subject, String description,
                  String requester, String createdBy, Instant now) {
        this.procedure = procedure;
        this.channel = channel;
        this.department = department;
        this.category = category;
        this.priority = priority;
        this.subject = subject;
        this.description = description;
        this.requester = requester;
        this.createdAt = now;
        this.createdBy = createdBy;
        this.updatedAt = now;
        this.updatedBy = createdBy;
        this.stepStartedAt = now;
        this.status = procedure == null ? ReportStatus.SIN_CLASIFICAR : ReportStatus.EN_TRAMITE;
    }

    /** Gives the report its folio, once, before it is stored. */
    public void number(String folio) {
        if (this.folio != null) {
            throw new IllegalStateException("Report " + this.folio + " is already numbered");
        }
        this.folio = folio;
    }

    /** Puts the report at a step (or, with a null step, ends it with the given final status). */
    public void moveTo(String step, Role role, ReportStatus newStatus, Instant dueAt, String actor, Instant now) {
        boolean stepChanges = step == null || !step.equals(currentStep);
        // The person assigned keeps the report while the next step is still their role's.
        if (role != this.assignedRole) {
            this.assignedUser = null;
        }
        this.currentStep = step;
        this.assignedRole = role;
        this.status = newStatus;
        if (stepChanges) {
            this.stepStartedAt = now;
            this.stepDueAt = dueAt;
            this.overdue = false;
        }
        if (newStatus.isFinal()) {
            this.closedAt = now;
        }
        touch(actor, now);
    }

    public void classify(ProcedureKey procedure, ServiceCategory category) {
        this.procedure = procedure;
        this.category = category;
    }

    public void assignTo(Role role, UserAccount user, String actor, Instant now) {
        this.assignedRole = role;
        this.assignedUser = user;
        touch(actor, now);
    }

    public void recordTimeline(TimelineEntry entry) {
        this.timelineLength = entry.getSequenceNumber();
        this.timelineHead = entry.getHash();
    }

    public void markOverdue() {
        this.overdue = true;
    }

    private void touch(String actor, Instant now) {
        this.updatedAt = now;
        this.updatedBy = actor;
    }

    public Long getId() {
        return id;
    }

    public String getFolio() {
        return folio;
    }

    public ProcedureKey getProcedure() {
        return procedure;
    }

    public Channel getChannel() {
        return channel;
    }

    public Department getDepartment() {
        return department;
    }

    public ServiceCategory getCategory() {
        return category;
    }

    public Priority getPriority() {
        return priority;
    }

    public String getSubject() {
        return subject;
    }

    public String getDescription() {
        return description;
    }

    public String getRequester() {
        return requester;
    }

    public ReportStatus getStatus() {
        return status;
    }

    public String getCurrentStep() {
        return currentStep;
    }

    public Role getAssignedRole() {
        return assignedRole;
    }

    public UserAccount getAssignedUser() {
        return assignedUser;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getStepStartedAt() {
        return stepStartedAt;
    }

    public Instant getStepDueAt() {
        return stepDueAt;
    }

    public boolean isOverdue() {
        return overdue;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public int getTimelineLength() {
        return timelineLength;
    }

    public String getTimelineHead() {
        return timelineHead;
    }

    public long getVersion() {
        return version;
    }
}
