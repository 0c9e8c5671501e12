package mx.gob.veracruzmunicipio.dmiga.scr.procedures;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import mx.gob.veracruzmunicipio.dmiga.scr.report.Report;

/**
 * An {@link Interview} as stored by the effect of the interview action, written in the same
 * transaction as its timeline entry, so neither exists without the other.
 */
@Entity
@Table(name = "interview")
@NamedQuery(name = RecordedInterview.OF_REPORT,
        query = "SELECT i FROM RecordedInterview i WHERE i.report = :report ORDER BY i.id")
public class RecordedInterview {

    public static final String OF_REPORT = "RecordedInterview.ofReport";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "report_id", nullable = false)
    private Report report;

    @Column(nullable = false, length = 10)
    private String step;

    @Column(name = "interview_date", nullable = false)
    private LocalDate date;

    @ElementCollection
    @CollectionTable(name = "interview_person", joinColumns = @JoinColumn(name = "interview_id"))
    @OrderColumn(name = "person_order")
    @Column(name = "person_name", nullable = false, length = 200)
    private List<String> interviewees = new ArrayList<>();

    @Column(nullable = false, length = 2000)
    private String notes;

    @Column(name = "requirements_complete", nullable = false)
    private boolean requirementsComplete;

    @Column(length = 4000)
    private String observations;

    @Column(name = "recorded_by", nullable = false, length = 40)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected RecordedInterview() {
        // JPA
    }

    /**
     * Records the interview at the report's current step: the engine runs effects after its checks
     * and before moving the report, so that is the interview step.
     */
    public RecordedInterview(Report report, Interview interview, String recordedBy) {
        this.report = report;
        this.step = report.getCurrentStep();
        this.date = interview.date();
        interview.interviewees().forEach(person -> interviewees.add(person.strip()));
        this.notes = interview.notes().strip();
        this.requirementsComplete = interview.requirementsComplete();
        this.observations = interview.observations() == null || interview.observations().isBlank() ? null
                : interview.observations().strip();
        this.recordedBy = recordedBy;
        // Millisecond precision, like the timeline: what both databases store.
        this.recordedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    public Long getId() {
        return id;
    }

    public Report getReport() {
        return report;
    }

    public String getStep() {
        return step;
    }

    public LocalDate getDate() {
        return date;
    }

    public List<String> getInterviewees() {
        return List.copyOf(interviewees);
    }

    public String getNotes() {
        return notes;
    }

    public boolean isRequirementsComplete() {
        return requirementsComplete;
    }

    public String getObservations() {
        return observations;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
