package mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr09;

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

import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr07.As400Movement;
import mx.gob.veracruzmunicipio.dmiga.scr.provisioning.Employee;
import mx.gob.veracruzmunicipio.dmiga.scr.provisioning.ProvisioningOutcome;
import mx.gob.veracruzmunicipio.dmiga.scr.provisioning.UserAccountRequest;
import mx.gob.veracruzmunicipio.dmiga.scr.report.Report;

/**
 * The Cero Papel account a PR-DMIGA-09 report asks for, recorded from the oficio's
 * {@code solicitudUsuario}. Approved by the Director's authorization (step 2), then created or
 * removed by Cero Papel's provisioning (ProvisioningService, sistema CERO_PAPEL), delivered by the
 * reply oficio (step 5).
 */
@Entity
@Table(name = "cero_papel_request")
@NamedQuery(name = CeroPapelRequest.OF_REPORT, query = "SELECT r FROM CeroPapelRequest r WHERE r.report = :report")
@NamedQuery(name = CeroPapelRequest.EMPLOYEE_PROFILES, query = "SELECT r.profileName FROM CeroPapelRequest r "
        + "WHERE r.employee.employeeNumber = :employeeNumber AND r.outcome = :created ORDER BY r.id DESC")
public class CeroPapelRequest extends UserAccountRequest {

    static final String OF_REPORT = "CeroPapelRequest.ofReport";
    static final String EMPLOYEE_PROFILES = "CeroPapelRequest.employeeProfiles";

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "cero_papel_request_module", joinColumns = @JoinColumn(name = "request_id"))
    @Column(name = "module_code", nullable = false, length = 50)
    private Set<String> requestedModules = new TreeSet<>();

    @Column(name = "profile_name", length = 100)
    private String profileName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CeroPapelRequestStatus status;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private ProvisioningOutcome outcome;

    protected CeroPapelRequest() {
        // JPA
    }

    CeroPapelRequest(Report report, As400Movement movement, Employee employee, Collection<String> modules,
                     String profileName, Instant now) {
        super(report, movement, employee, now);
        this.requestedModules.addAll(modules);
        this.profileName = profileName;
        this.status = CeroPapelRequestStatus.REGISTRADA;
    }

    void approve(Instant now) {
        this.status = CeroPapelRequestStatus.APROBADA;
        this.outcome = null;
        approved(now);
    }

    /** Cero Papel's answer; an ALTA's user name is the one Cero Papel reports. */
    public void recordResult(ProvisioningOutcome outcome, String profile, String message, Instant now) {
        this.outcome = outcome;
        answered(message, now);
        if (profile != null && !profile.isBlank()) {
            this.profileName = profile.strip();
        }
        this.status = switch (outcome) {
            case CREADO -> CeroPapelRequestStatus.CREADO;
            case ELIMINADO -> CeroPapelRequestStatus.ELIMINADO;
            case ERROR -> CeroPapelRequestStatus.ERROR;
        };
    }

    void deliver(Instant now) {
        this.status = CeroPapelRequestStatus.ENTREGADA;
        delivered(now);
    }

    @Override
    public List<String> getRequestedModules() {
        return List.copyOf(requestedModules);
    }

    @Override
    public String getProfileName() {
        return profileName;
    }

    public CeroPapelRequestStatus getStatus() {
        return status;
    }

    public ProvisioningOutcome getOutcome() {
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
