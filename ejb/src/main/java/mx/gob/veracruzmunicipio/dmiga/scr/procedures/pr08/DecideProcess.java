package mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr08;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import mx.gob.veracruzmunicipio.dmiga.scr.report.Report;

/**
 * The participation process a PR-DMIGA-08 report opens on Decide Veracruz. Created when the area
 * is trained (its mechanism is known then) and completed by the later steps as each datum becomes
 * known, always inside the transaction of the step that makes it known.
 */
@Entity
@Table(name = "decide_process")
@NamedQuery(name = DecideProcess.OF_REPORT, query = "SELECT p FROM DecideProcess p WHERE p.report = :report")
public class DecideProcess {

    public static final String OF_REPORT = "DecideProcess.ofReport";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "report_id", nullable = false, unique = true)
    private Report report;

    @Enumerated(EnumType.STRING)
    @Column(name = "process_type", nullable = false, length = 30)
    private DecideProcessType type;

    @Column(name = "trained_on", nullable = false)
    private LocalDate trainedOn;

    @Column(nullable = false, length = 1000)
    private String collaborators;

    @Column(length = 300)
    private String title;

    @Column(name = "portal_reference", length = 300)
    private String portalReference;

    @Column(name = "opens_on")
    private LocalDate opensOn;

    @Column(name = "closes_on")
    private LocalDate closesOn;

    @Column(name = "closed_at")
    private Instant closedAt;

    private Integer participants;

    @Column(length = 4000)
    private String results;

    @Column(name = "results_delivered_at")
    private Instant resultsDeliveredAt;

    @Version
    private long version;

    protected DecideProcess() {
        // JPA
    }

    /** Step 3: the mechanism, the training and who may collaborate on the portal. */
    public DecideProcess(Report report, DecideProcessType type, LocalDate trainedOn, String collaborators) {
        this.report = report;
        this.type = type;
        this.trainedOn = trainedOn;
        this.collaborators = collaborators.strip();
    }

    /** Step 4: the process exists on the portal. */
    public void integrate(String title, String portalReference) {
        this.title = title.strip();
        this.portalReference = portalReference.strip();
    }

    /** Step 5: the consultation's period as published. */
    public void open(LocalDate opensOn, LocalDate closesOn) {
        this.opensOn = opensOn;
        this.closesOn = closesOn;
    }

    /** Step 6. */
    public void close(int participants, Instant at) {
        this.participants = participants;
        this.closedAt = at;
    }

    /** Step 7: the results as the oficio delivers them. */
    public void deliverResults(String results, Instant at) {
        this.results = results.strip();
        this.resultsDeliveredAt = at;
    }

    public Long getId() {
        return id;
    }

    public Report getReport() {
        return report;
    }

    public DecideProcessType getType() {
        return type;
    }

    public LocalDate getTrainedOn() {
        return trainedOn;
    }

    public String getCollaborators() {
        return collaborators;
    }

    public String getTitle() {
        return title;
    }

    public String getPortalReference() {
        return portalReference;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public Integer getParticipants() {
        return participants;
    }

    public String getResults() {
        return results;
    }

    public Instant getResultsDeliveredAt() {
        return resultsDeliveredAt;
    }
}
