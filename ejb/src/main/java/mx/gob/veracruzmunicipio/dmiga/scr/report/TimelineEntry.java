package mx.gob.veracruzmunicipio.dmiga.scr.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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

import mx.gob.veracruzmunicipio.dmiga.scr.account.Role;

/**
 * One thing that happened to a report: who did what at which step, when, with which data and
 * work document. Never updated nor deleted. Each entry stores a SHA-256 hash over its own content
 * and the previous entry's hash, so a row edited behind the system's back breaks the chain.
 */
@Entity
@Table(name = "timeline_entry")
@NamedQuery(name = TimelineEntry.OF_REPORT,
        query = "SELECT t FROM TimelineEntry t WHERE t.report = :report ORDER BY t.sequenceNumber")
public class TimelineEntry {

    public static final String OF_REPORT = "TimelineEntry.ofReport";

    /** Separates the hashed fields; it cannot appear in text typed by a person. */
    private static final String SEPARATOR = "\u001f";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "report_id", nullable = false, updatable = false)
    private Report report;

    @Column(name = "sequence_number", nullable = false, updatable = false)
    private int sequenceNumber;

    @Column(length = 10, updatable = false)
    private String step;

    @Column(nullable = false, length = 40, updatable = false)
    private String action;

    @Column(length = 200, updatable = false)
    private String decision;

    @Column(name = "next_step", length = 10, updatable = false)
    private String nextStep;

    @Column(name = "actor_username", nullable = false, length = 40, updatable = false)
    private String actorUsername;

    @Enumerated(EnumType.STRING)
    @Column(name = "actor_role", nullable = false, length = 40, updatable = false)
    private Role actorRole;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(length = 4000, updatable = false)
    private String observations;

    @Column(length = 4000, updatable = false)
    private String details;

    @Column(length = 200, updatable = false)
    private String document;

    /** Business time the report spent in the step this entry leaves (SLA figures), in seconds. */
    @Column(name = "business_seconds", updatable = false)
    private Long businessSeconds;

    @Column(name = "previous_hash", length = 64, updatable = false)
    private String previousHash;

    @Column(nullable = false, length = 64, updatable = false)
    private String hash;

    protected TimelineEntry() {
        // JPA
    }

    /** What a step records; the chain position and the hash are set when it is appended. */
    public record Content(String step, String action, String decision, String nextStep, String actorUsername,
                          Role actorRole, Instant occurredAt, String observations, String details,
                          String document, Long businessSeconds) {
    }

    /** Appends an entry after the report's current timeline head. */
    public static TimelineEntry append(Report report, Content content) {
        TimelineEntry entry = new TimelineEntry();
        entry.report = report;
        entry.sequenceNumber = report.getTimelineLength() + 1;
        entry.step = content.step();
        entry.action = content.action();
        entry.decision = content.decision();
        entry.nextStep = content.nextStep();
        entry.actorUsername = content.actorUsername();
        entry.actorRole = content.actorRole();
        // Both databases keep microseconds; millis hash the same before and after the round trip.
        entry.occurredAt = content.occurredAt().truncatedTo(ChronoUnit.MILLIS);
        entry.observations = content.observations();
        entry.details = content.details();
        entry.document = content.document();
        entry.businessSeconds = content.businessSeconds();
        entry.previousHash = report.getTimelineHead();
        entry.hash = entry.computeHash(entry.previousHash);
        report.recordTimeline(entry);
        return entry;
    }

    /** The hash this entry should have after the given previous hash, from its stored content. */
    public String computeHash(String previous) {
        String canonical = Stream.of(report.getFolio(), String.valueOf(sequenceNumber), step, action, decision,
                        nextStep, actorUsername, actorRole.name(),
                        String.valueOf(occurredAt.truncatedTo(ChronoUnit.MILLIS).toEpochMilli()),
                        observations, details, document, businessSeconds == null ? null : businessSeconds.toString(),
                        previous)
                .map(value -> value == null ? "\u2205" : value)
                .collect(Collectors.joining(SEPARATOR));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    public Long getId() {
        return id;
    }

    public Report getReport() {
        return report;
    }

    public int getSequenceNumber() {
        return sequenceNumber;
    }

    public String getStep() {
        return step;
    }

    public String getAction() {
        return action;
    }

    public String getDecision() {
        return decision;
    }

    public String getNextStep() {
        return nextStep;
    }

    public String getActorUsername() {
        return actorUsername;
    }

    public Role getActorRole() {
        return actorRole;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getObservations() {
        return observations;
    }

    public String getDetails() {
        return details;
    }

    public String getDocument() {
        return document;
    }

    public Long getBusinessSeconds() {
        return businessSeconds;
    }

    public String getPreviousHash() {
        return previousHash;
    }

    public String getHash() {
        return hash;
    }
}
