package mx.gob.veracruzmunicipio.dmiga.scr.provisioning;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import mx.gob.veracruzmunicipio.dmiga.scr.account.Role;
import mx.gob.veracruzmunicipio.dmiga.scr.platform.AccessRefusedException;
import mx.gob.veracruzmunicipio.dmiga.scr.platform.ConflictException;
import mx.gob.veracruzmunicipio.dmiga.scr.platform.InputValidation;
import mx.gob.veracruzmunicipio.dmiga.scr.platform.InvalidInputException;
import mx.gob.veracruzmunicipio.dmiga.scr.platform.NotFoundException;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr07.As400Outcome;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr07.As400Request;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr07.As400Result;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr07.As400UserProcedure;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr09.CeroPapelRequest;
import mx.gob.veracruzmunicipio.dmiga.scr.report.Report;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ReportStatus;
import mx.gob.veracruzmunicipio.dmiga.scr.report.Reports;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ReportDeclined;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ReportRef;

/**
 * The provisioning service of the integration contract (ProvisioningService): the AS/400 and Cero
 * Papel integrations poll for approved user requests (PR-DMIGA-07 and PR-DMIGA-09), each claim
 * leasing them for {@link #LEASE}, and report what they did. Each client reaches only its own
 * system. The ALTA's temporary password is generated at the first claim, kept encrypted, handed to
 * every claim of the request and shown once to the staff who deliver it, then erased.
 */
@Stateless
@RolesAllowed({"AS400_CLIENT", "CERO_PAPEL_CLIENT"})
public class Provisioning {

    /** How long a claim holds a request; after it the request is offered again. */
    public static final Duration LEASE = Duration.ofMinutes(5);
    public static final int MAXIMUM_CLAIM = 100;

    /**
     * Approved, not declined, not leased; locked so two pollers never take the same row: whoever
     * locks it first leases it and commits, the others skip it (a row whose lease they then see is
     * no longer claimable).
     */
    private static final String CLAIMABLE = "SELECT r.id FROM %s r WHERE r.status = 'APROBADA' "
            + "AND (r.lease_expires_at IS NULL OR r.lease_expires_at < ?1) "
            + "AND NOT EXISTS (SELECT 1 FROM report p WHERE p.id = r.report_id AND p.status = 'DECLINADO') "
            + "ORDER BY r.approved_at, r.id LIMIT ?2 FOR UPDATE SKIP LOCKED";

    private static final DateTimeFormatter SHOWN_AT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ZoneId.of("America/Mexico_City"));

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    InputValidation validation;

    @Inject
    PasswordVault vault;

    @EJB
    As400UserProcedure as400;

    @EJB
    Reports reports;

    /** ReclamarSolicitudes: up to {@code maximum} approved requests of the system, leased to the caller. */
    public List<ProvisioningClaim> claim(ProvisioningSystem system, int maximum) {
        requireClientOf(system);
        if (maximum < 1 || maximum > MAXIMUM_CLAIM) {
            throw new InvalidInputException("El parámetro maximo debe ser un número entre 1 y " + MAXIMUM_CLAIM + ".");
        }
        Instant now = now();
        Instant expires = now.plus(LEASE);
        List<?> ids = em.createNativeQuery(CLAIMABLE.formatted(table(system)))
                .setParameter(1, now).setParameter(2, maximum).getResultList();
        List<ProvisioningClaim> claims = new ArrayList<>(ids.size());
        for (Object id : ids) {
            ProvisionedRequest request = em.find(entity(system), ((Number) id).longValue());
            ProvisioningLease lease = request.lease();
            String password = null;
            if (request.isAlta()) {
                // The same password for every claim of the request: an earlier claim may have used it.
                if (lease.getEncryptedPassword() == null) {
                    lease.storePassword(vault.encrypt(vault.generate(), binding(system, request)));
                }
                password = vault.decrypt(lease.getEncryptedPassword(), binding(system, request));
            }
            String token = UUID.randomUUID().toString();
            lease.claim(token, now, expires);
            Report report = request.getReport();
            claims.add(new ProvisioningClaim(request.getId(), request.getFolio(), request.movementName(),
                    request.getProfileName(), request.getEmployee().getGivenNames(),
                    request.getEmployee().getFirstSurname(), request.getEmployee().getSecondSurname(),
                    request.getEmployee().getEmployeeNumber(), report.getDepartment().getCode(),
                    report.getDepartment().getName(), request.getRequestedModules(), password, token, expires));
        }
        return claims;
    }

    /**
     * InformarResultado. The same result again is accepted and changes nothing; a different result
     * after a final one, a result for a declined request or one with a token that is not the current
     * claim's are conflicts. CREADO/ELIMINADO moves the report on to the delivery; ERROR returns it
     * to the programmer (PR-DMIGA-07) or to the coordinator (PR-DMIGA-09) with the message.
     */
    public ProvisioningStatus reportResult(ProvisioningSystem system, long id, ProvisioningResult result) {
        requireClientOf(system);
        validation.require(result);
        ProvisionedRequest request = find(system, id);
        Report report = request.getReport();
        ProvisioningLease lease = request.lease();
        String outcome = result.outcome().name();
        if (report.getStatus() == ReportStatus.DECLINADO) {
            throw new ConflictException("La solicitud " + id + " (reporte " + request.getFolio()
                    + ") fue declinada por el Director; no se registra ningún resultado.");
        }
        boolean isFinal = request.outcomeName() != null && !"ERROR".equals(request.outcomeName());
        if (isFinal || result.claimToken().equals(lease.getResultToken())) {
            if (outcome.equals(request.outcomeName())) {
                return ProvisioningStatus.of(system, request);
            }
            throw new ConflictException("La solicitud " + id + " ya tiene el resultado " + request.outcomeName()
                    + " informado; no puede cambiarse a " + outcome + ".");
        }
        if (!ProvisionedRequest.APPROVED.equals(request.statusName())) {
            throw new ConflictException("La solicitud " + id + " no espera un resultado (estado "
                    + request.statusName() + ").");
        }
        if (!result.claimToken().equals(lease.getClaimToken())) {
            throw new ConflictException("El tokenReclamo no corresponde al reclamo vigente de la solicitud " + id
                    + ": su reclamo venció y otro la tomó, o nunca se reclamó. Reclame solicitudes de nuevo.");
        }
        switch (system) {
            case AS400 -> as400.recordResult(new ReportRef(report.getFolio(), report.getVersion()),
                    new As400Result(As400Outcome.valueOf(outcome), result.profile(), result.message()));
            case CERO_PAPEL -> {
                String expected = request.isAlta() ? "CREADO" : "ELIMINADO";
                if (result.outcome() != ProvisioningOutcome.ERROR && !expected.equals(outcome)) {
                    throw new InvalidInputException("El resultado " + outcome + " no corresponde a una solicitud de "
                            + (request.isAlta() ? "alta" : "baja") + ": se esperaba " + expected + " o ERROR.");
                }
                ((CeroPapelRequest) request).recordResult(result.outcome(), result.profile(), result.message(), now());
            }
        }
        lease.resultRecorded(result.claimToken());
        return ProvisioningStatus.of(system, request);
    }

    /**
     * InformarResultado over SOAP, whose message names no system: the caller's own, since a client
     * reaches only its own system.
     */
    public ProvisioningStatus reportResult(long id, ProvisioningResult result) {
        List<ProvisioningSystem> own = Arrays.stream(ProvisioningSystem.values())
                .filter(system -> context.isCallerInRole(system.client().name())).toList();
        if (own.size() != 1) {
            throw new InvalidInputException("No se puede saber a qué sistema corresponde el resultado: la cuenta "
                    + "debe ser cliente de un solo sistema (AS400 o CERO_PAPEL).");
        }
        return reportResult(own.get(0), id, result);
    }

    /** The status of one request of the caller's system. */
    public ProvisioningStatus status(ProvisioningSystem system, long id) {
        requireClientOf(system);
        return ProvisioningStatus.of(system, find(system, id));
    }

    /**
     * Whether the report's user request has a temporary password the staff has not seen yet: the
     * system created the user and the password is still kept (encrypted).
     */
    @RolesAllowed({"SECRETARIA", "COORD_SEGUIMIENTO"})
    public boolean hasPasswordToDeliver(String folio) {
        return requestOfReport(reports.get(folio))
                .filter(request -> "CREADO".equals(request.outcomeName()))
                .map(request -> request.lease().getEncryptedPassword() != null).orElse(false);
    }

    /**
     * The temporary password of the report's ALTA, for the staff who deliver the credentials (the
     * SECRETARIA for the AS/400; for Cero Papel also the coordinator who replies): shown once, then
     * erased; who saw it and when is recorded with the request.
     */
    @RolesAllowed({"SECRETARIA", "COORD_SEGUIMIENTO"})
    public String revealTemporaryPassword(String folio) {
        Report report = reports.get(folio);
        ProvisioningSystem system = systemOf(report).orElseThrow(() -> new InvalidInputException("El reporte "
                + folio + " no es una solicitud de usuario (PR-DMIGA-07 o PR-DMIGA-09)."));
        if (system == ProvisioningSystem.AS400 && !context.isCallerInRole(Role.SECRETARIA.name())) {
            throw new AccessRefusedException("Solo la Secretaria entrega la contraseña temporal del AS/400.");
        }
        ProvisionedRequest request = requestOfReport(report).orElseThrow(() -> new InvalidInputException(
                "El reporte " + folio + " no tiene una solicitud de usuario registrada."));
        ProvisioningLease lease = request.lease();
        if (lease.getPasswordDeliveredAt() != null) {
            throw new InvalidInputException("La contraseña temporal del reporte " + folio + " ya se mostró el "
                    + SHOWN_AT.format(lease.getPasswordDeliveredAt()) + " a " + lease.getPasswordDeliveredBy()
                    + " y se borró; no puede mostrarse de nuevo.");
        }
        if (!"CREADO".equals(request.outcomeName()) || lease.getEncryptedPassword() == null) {
            throw new InvalidInputException("La contraseña temporal se muestra cuando el sistema informa que creó "
                    + "el usuario; el reporte " + folio + " aún no lo tiene.");
        }
        String password = vault.decrypt(lease.getEncryptedPassword(), binding(system, request));
        lease.passwordDelivered(context.getCallerPrincipal().getName(), now());
        return password;
    }

    /** A declined request is never offered again, and its password is erased. */
    @PermitAll
    public void cancelOnDecline(@Observes ReportDeclined declined) {
        requestOfReport(declined.report()).ifPresent(request -> request.lease().cancel());
    }

    private void requireClientOf(ProvisioningSystem system) {
        if (system == null) {
            throw new InvalidInputException("El sistema es obligatorio: AS400 o CERO_PAPEL.");
        }
        if (!context.isCallerInRole(system.client().name())) {
            throw new AccessRefusedException("Su cuenta no tiene acceso a las solicitudes del sistema " + system
                    + ".");
        }
    }

    private ProvisionedRequest find(ProvisioningSystem system, long id) {
        ProvisionedRequest request = em.find(entity(system), id);
        if (request == null) {
            throw new NotFoundException("No existe la solicitud " + id + " del sistema " + system + ".");
        }
        return request;
    }

    private Optional<ProvisionedRequest> requestOfReport(Report report) {
        return systemOf(report).flatMap(system -> em.createQuery("SELECT r FROM "
                        + entity(system).getSimpleName() + " r WHERE r.report = :report", entity(system))
                .setParameter("report", report).getResultStream().findFirst().map(ProvisionedRequest.class::cast));
    }

    private static Optional<ProvisioningSystem> systemOf(Report report) {
        for (ProvisioningSystem system : ProvisioningSystem.values()) {
            if (system.procedure() == report.getProcedure()) {
                return Optional.of(system);
            }
        }
        return Optional.empty();
    }

    private static Class<? extends ProvisionedRequest> entity(ProvisioningSystem system) {
        return switch (system) {
            case AS400 -> As400Request.class;
            case CERO_PAPEL -> CeroPapelRequest.class;
        };
    }

    private static String table(ProvisioningSystem system) {
        return switch (system) {
            case AS400 -> "as400_request";
            case CERO_PAPEL -> "cero_papel_request";
        };
    }

    /** The password is bound to its request: moved to another row it no longer decrypts. */
    private static String binding(ProvisioningSystem system, ProvisionedRequest request) {
        return system + ":" + request.getId();
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
