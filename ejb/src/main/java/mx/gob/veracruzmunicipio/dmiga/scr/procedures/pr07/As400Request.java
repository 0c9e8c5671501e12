package mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr07;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import mx.gob.veracruzmunicipio.dmiga.scr.provisioning.Employee;
import mx.gob.veracruzmunicipio.dmiga.scr.provisioning.UserAccountRequest;
import mx.gob.veracruzmunicipio.dmiga.scr.report.Report;

/**
 * The account request of a PR-DMIGA-07 report: who, alta or baja, which modules, the AS/400
 * profile and what the AS/400 answered. One per report, written only by the effects of the
 * report's steps, so it always agrees with the report's timeline.
 */
@Entity
@Table(name = "as400_request")
@NamedQuery(name = As400Request.OF_REPORT, query = "SELECT r FROM As400Request r WHERE r.report = :report")
@NamedQuery(name = As400Request.BY_FOLIO, query = "SELECT r FROM As400Request r WHERE r.folio = :folio")
@NamedQuery(name = As400Request.RESERVED_PROFILES,
        query = "SELECT r.reservedProfile FROM As400Request r WHERE r.reservedProfile IS NOT NULL AND r.id <> :id")
@NamedQuery(name = As400Request.HOLDING_PROFILE,
        query = "SELECT r FROM As400Request r WHERE r.reservedProfile = :profile")
@NamedQuery(name = As400Request.PENDING_REMOVALS, query = "SELECT COUNT(r) FROM As400Request r "
        + "WHERE r.movement = :movement AND r.profileName = :profile AND r.id <> :id AND r.status IN :pending")
@NamedQuery(name = As400Request.EMPLOYEE_PROFILES, query = "SELECT r.reservedProfile FROM As400Request r "
        + "WHERE r.employee.employeeNumber = :employeeNumber AND r.reservedProfile IS NOT NULL ORDER BY r.id DESC")
public class As400Request extends UserAccountRequest {

    static final String OF_REPORT = "As400Request.ofReport";
    static final String BY_FOLIO = "As400Request.byFolio";
    static final String RESERVED_PROFILES = "As400Request.reservedProfiles";
    static final String HOLDING_PROFILE = "As400Request.holdingProfile";
    static final String PENDING_REMOVALS = "As400Request.pendingRemovals";
    static final String EMPLOYEE_PROFILES = "As400Request.employeeProfiles";

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "as400_request_module", joinColumns = @JoinColumn(name = "request_id"))
    @Column(name = "module_code", nullable = false, length = 20)
    private Set<String> requestedModules = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "as400_request_granted_module", joinColumns = @JoinColumn(name = "request_id"))
    @Column(name = "module_code", nullable = false, length = 20)
    private Set<String> grantedModules = new TreeSet<>();

    /** The profile to create (alta) or remove (baja), once the programmer has formed it. */
    @Column(name = "profile_name", length = 10)
    private String profileName;

    /**
     * The profile name this alta holds while it is pending or exists on the AS/400; unique, so two
     * requests can never be given the same name, however they interleave.
     */
    @Column(name = "reserved_profile", unique = true, length = 10)
    private String reservedProfile;

    @Column(name = "programmer_username", length = 40)
    private String programmerUsername;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private As400RequestStatus status;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private As400Outcome outcome;

    protected As400Request() {
        // JPA
    }

    /** Step 2: the request as the oficio states it (modules already checked against the catalog). */
    public As400Request(Report report, As400Movement movement, Employee employee, Collection<String> requestedModules,
                        Instant now) {
        super(report, movement, employee, now);
        this.requestedModules.addAll(requestedModules);
        this.status = As400RequestStatus.REGISTRADA;
    }

    /**
     * Step 2 again, for a request already on file (one taken from the oficio's data): the
     * SECRETARIA's record is what counts.
     */
    void restate(As400Movement movement, Employee employee, Collection<String> requestedModules) {
        restate(movement, employee);
        this.requestedModules.clear();
        this.requestedModules.addAll(requestedModules);
    }

    /** Step 6: the profile is formed, so the request is approved and waits for the AS/400. */
    void approve(String profile, String programmer, Instant now) {
        this.profileName = profile;
        this.reservedProfile = getMovement() == As400Movement.ALTA ? profile : null;
        this.programmerUsername = programmer;
        this.status = As400RequestStatus.APROBADA;
        this.outcome = null;
        approved(now);
    }

    /** Step 6A: the AS/400's answer. A failed alta gives its name back; the programmer may try it again. */
    void recordResult(As400Outcome outcome, String message, Instant now) {
        this.outcome = outcome;
        answered(message, now);
        this.status = switch (outcome) {
            case CREADO -> As400RequestStatus.CREADO;
            case ELIMINADO -> As400RequestStatus.ELIMINADO;
            case ERROR -> As400RequestStatus.ERROR;
        };
        if (outcome == As400Outcome.ERROR) {
            this.reservedProfile = null;
        }
    }

    /** A baja removed this alta's profile from the AS/400: the name is free again. */
    void releaseProfile() {
        this.reservedProfile = null;
    }

    /** Step 7: the area has its user (and the modules it may use) or the notice of the removal. */
    void deliver(Collection<String> granted, Instant now) {
        this.grantedModules.clear();
        this.grantedModules.addAll(granted);
        this.status = As400RequestStatus.ENTREGADA;
        delivered(now);
    }

    @Override
    public List<String> getRequestedModules() {
        return requestedModules.stream().sorted().toList();
    }

    public List<String> getGrantedModules() {
        return grantedModules.stream().sorted().toList();
    }

    @Override
    public String getProfileName() {
        return profileName;
    }

    public String getReservedProfile() {
        return reservedProfile;
    }

    public String getProgrammerUsername() {
        return programmerUsername;
    }

    public As400RequestStatus getStatus() {
        return status;
    }

    public As400Outcome getOutcome() {
        return outcome;
    }

    @Override
    public String statusName() {
        return status.name();
    }

    @Override
    public String outcomeName() {
        return outcome == null ? null : outcome.name();
    }
}
