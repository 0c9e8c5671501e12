package mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr07;

import mx.gob.veracruzmunicipio.dmiga.scr.provisioning.Employee;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import mx.gob.veracruzmunicipio.dmiga.scr.catalog.As400Module;
import mx.gob.veracruzmunicipio.dmiga.scr.intake.UserRequest;
import mx.gob.veracruzmunicipio.dmiga.scr.intake.UserRequestReceived;
import mx.gob.veracruzmunicipio.dmiga.scr.oficio.OficioUserRequest;
import mx.gob.veracruzmunicipio.dmiga.scr.platform.InputValidation;
import mx.gob.veracruzmunicipio.dmiga.scr.platform.InvalidInputException;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.Authorization;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ProcedureKey;
import mx.gob.veracruzmunicipio.dmiga.scr.report.Report;
import mx.gob.veracruzmunicipio.dmiga.scr.report.Reports;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Assignment;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Performs;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ReportDeclined;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ReportRef;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ReportView;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Workflow;

/**
 * The steps of PR-DMIGA-07 ({@link As400UserFlow}) as operations. The account request
 * ({@link As400Request}) is written only by the effects, which the engine runs after the step's
 * checks and inside its transaction: a refused action leaves the request as it was.
 */
@Stateless
@PermitAll // the engine authorizes each step by its role
public class As400UserProcedure {

    @EJB
    Workflow workflow;

    @EJB
    Reports reports;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    InputValidation validation;

    /** Step 2: the SECRETARIA generates the report and records the account the oficio asks for. */
    @Performs(As400UserFlow.GENERATE_REPORT)
    public ReportView generateReport(ReportRef report, AccountRequest data) {
        return workflow.perform(As400UserFlow.DEFINITION, report, As400UserFlow.GENERATE_REPORT, data, r -> record(r, data));
    }

    /** Step 3: the Director authorizes and routes the report to the Subdirección de Tecnologías. */
    @Performs(As400UserFlow.AUTHORIZE)
    public ReportView authorize(ReportRef report, Authorization data) {
        return workflow.perform(As400UserFlow.DEFINITION, report, As400UserFlow.AUTHORIZE, data);
    }

    /** Step 4: the Subdirección de Tecnologías authorizes and routes it to the development coordination. */
    @Performs(As400UserFlow.AUTHORIZE_ST)
    public ReportView authorizeForDevelopment(ReportRef report, Authorization data) {
        return workflow.perform(As400UserFlow.DEFINITION, report, As400UserFlow.AUTHORIZE_ST, data);
    }

    /** Step 5: the development coordination turns the report over to a programmer. */
    @Performs(As400UserFlow.ROUTE_TO_PROGRAMMER)
    public ReportView routeToProgrammer(ReportRef report, Assignment data) {
        return workflow.perform(As400UserFlow.DEFINITION, report, As400UserFlow.ROUTE_TO_PROGRAMMER, data);
    }

    /**
     * Step 6: the programmer forms the profile name; the request is then approved and waits for the
     * AS/400. For an alta an empty name takes {@link #suggestedProfile}; a typed one must satisfy the
     * AS/400 rules and not clash with a pending or existing profile. A baja names the profile to remove.
     */
    @Performs(As400UserFlow.NAME_PROFILE)
    public ReportView nameProfile(ReportRef report, ProfileNaming data) {
        // Filled in before the engine runs so the timeline shows the name actually used.
        ProfileNaming naming = withSuggestion(report, data);
        return workflow.perform(As400UserFlow.DEFINITION, report, As400UserFlow.NAME_PROFILE, naming,
                r -> approve(requestOf(r), naming.profile()));
    }

    /**
     * Step 6A: the AS/400 integration layer (or, by hand, the development coordination) records the
     * result. CREADO or ELIMINADO moves on to the delivery; ERROR returns the report to the
     * programmer with the AS/400's message.
     */
    @Performs(As400UserFlow.RECORD_RESULT)
    public ReportView recordResult(ReportRef report, As400Result data) {
        return workflow.perform(As400UserFlow.DEFINITION, report, As400UserFlow.RECORD_RESULT, data, r -> recordResult(requestOf(r), data));
    }

    /**
     * Step 7: the SECRETARIA records the modules granted (alta), gives the user name to the requesting
     * area and replies by oficio; the report ends.
     */
    @Performs(As400UserFlow.DELIVER)
    public ReportView deliver(ReportRef report, CredentialDelivery data) {
        return workflow.perform(As400UserFlow.DEFINITION, report, As400UserFlow.DELIVER, data, r -> deliver(requestOf(r), data));
    }

    /**
     * A PR-DMIGA-07 oficio that states the account (contract {@code solicitudUsuario}) has its request
     * on file at once, checked like step 2 (an unknown module or a name no profile can be formed from
     * refuses the oficio, which then stores nothing); step 2 confirms or corrects it.
     */
    public void recordFromOficio(@Observes UserRequestReceived received) {
        if (received.report().getProcedure() != ProcedureKey.PR_DMIGA_07) {
            return;
        }
        UserRequest user = received.request();
        AccountRequest data = validation.require(new AccountRequest(user.movement(), user.employee().givenNames(),
                user.employee().firstSurname(), user.employee().secondSurname(), user.employee().employeeNumber(),
                user.modules(), null));
        record(received.report(), data);
    }

    /**
     * The step-2 form filled in from what the oficio stated (its {@code solicitudUsuario}), so the
     * SECRETARIA does not retype it; empty when the oficio stated no account.
     */
    public Optional<AccountRequest> accountRequestDraft(String folio) {
        Report report = reports.get(folio);
        return em.createNamedQuery(OficioUserRequest.OF_REPORT, OficioUserRequest.class)
                .setParameter("report", report).setMaxResults(1).getResultStream().findFirst()
                .map(user -> new AccountRequest(user.getMovement(), user.getEmployee().getGivenNames(),
                        user.getEmployee().getFirstSurname(), user.getEmployee().getSecondSurname(),
                        user.getEmployee().getEmployeeNumber(), user.getModules(), null));
    }

    /**
     * A declined request frees the profile name it held, unless the AS/400 may already be creating
     * it (claimed) or has created it. The provisioning service never offers a declined request.
     */
    public void releaseOnDecline(@Observes ReportDeclined declined) {
        if (declined.report().getProcedure() != ProcedureKey.PR_DMIGA_07) {
            return;
        }
        em.createNamedQuery(As400Request.OF_REPORT, As400Request.class).setParameter("report", declined.report())
                .getResultStream().findFirst()
                .filter(request -> request.getStatus() == As400RequestStatus.REGISTRADA
                        || request.getStatus() == As400RequestStatus.ERROR
                        || (request.getStatus() == As400RequestStatus.APROBADA
                                && request.lease().getClaimToken() == null))
                .ifPresent(As400Request::releaseProfile);
    }

    /**
     * The account request of a report, empty until the oficio or step 2 records it. Read through
     * {@link Reports}, so the same people see it as see the report.
     */
    public Optional<As400RequestView> request(String folio) {
        Report report = reports.get(folio);
        return em.createNamedQuery(As400Request.OF_REPORT, As400Request.class).setParameter("report", report)
                .getResultStream().findFirst().map(As400RequestView::of);
    }

    /**
     * The profile name to offer the programmer. Alta: the manual's rule, with a distinct name when it
     * clashes with a pending or existing profile. Baja: the profile SCR created for the same employee
     * number, if any; otherwise the manual's rule, which is how the profile was most likely formed.
     */
    public String suggestedProfile(String folio) {
        Report report = reports.get(folio);
        As400Request request = em.createNamedQuery(As400Request.OF_REPORT, As400Request.class)
                .setParameter("report", report).getResultStream().findFirst()
                .orElseThrow(() -> new InvalidInputException("El reporte " + folio
                        + " aún no tiene registrada la solicitud de usuario del AS/400."));
        return suggestion(request);
    }

    /**
     * A reply for step 7 that the SECRETARIA may edit: it gives the user name and tells the area to
     * change the temporary password at first sign-on (alta), or confirms the removal (baja).
     */
    public CredentialDelivery deliveryDraft(String folio) {
        As400RequestView request = request(folio).orElseThrow(() -> new InvalidInputException("El reporte " + folio
                + " aún no tiene registrada la solicitud de usuario del AS/400."));
        String employee = employeeName(request);
        if (request.movement() == As400Movement.BAJA) {
            return new CredentialDelivery(List.of(), "Baja de usuario en el Sistema Integral Financiero AS/400",
                    "En atención a su solicitud (reporte " + folio + "), le informamos que se dio de baja el usuario "
                            + request.profileName() + " de " + employee
                            + " en el Sistema Integral Financiero AS/400.", null);
        }
        return new CredentialDelivery(request.requestedModules(),
                "Alta de usuario en el Sistema Integral Financiero AS/400",
                "En atención a su solicitud (reporte " + folio + "), le informamos que se dio de alta a " + employee
                        + " en el Sistema Integral Financiero AS/400 con el nombre de usuario " + request.profileName()
                        + " y acceso a los módulos " + String.join(", ", request.requestedModules())
                        + ". La contraseña temporal se entrega por separado; el usuario deberá cambiarla al entrar "
                        + "por primera vez al sistema.", null);
    }

    private void record(Report report, AccountRequest data) {
        Set<String> modules = catalogModules(data.modules());
        if (data.movement() == As400Movement.ALTA) {
            // Fails now, with the field named, if no profile name can be formed from the name given.
            As400ProfileName.suggest(data.givenNames(), data.firstSurname(), name -> false);
        }
        Employee employee = new Employee(data.givenNames(), data.firstSurname(), data.secondSurname(),
                data.employeeNumber());
        Optional<As400Request> existing = em.createNamedQuery(As400Request.OF_REPORT, As400Request.class)
                .setParameter("report", report).getResultStream().findFirst();
        if (existing.isPresent()) {
            existing.get().restate(data.movement(), employee, modules);
        } else {
            em.persist(new As400Request(report, data.movement(), employee, modules, now()));
        }
    }

    private ProfileNaming withSuggestion(ReportRef report, ProfileNaming data) {
        if (report == null || report.folio() == null || (data.profile() != null && !data.profile().isBlank())) {
            return data;
        }
        return em.createNamedQuery(As400Request.BY_FOLIO, As400Request.class).setParameter("folio", report.folio())
                .getResultStream().findFirst()
                .filter(request -> request.getMovement() == As400Movement.ALTA)
                .map(request -> new ProfileNaming(suggestion(request), data.observations()))
                .orElse(data);
    }

    private void approve(As400Request request, String profile) {
        if (request.getMovement() == As400Movement.BAJA && (profile == null || profile.isBlank())) {
            throw new InvalidInputException("Para una baja indique el nombre del perfil existente que se eliminará "
                    + "del AS/400.");
        }
        List<String> problems = As400ProfileName.problems(profile);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (request.getMovement() == As400Movement.ALTA) {
            if (taken(request).contains(profile)) {
                throw clash(request, profile);
            }
        } else if (em.createNamedQuery(As400Request.PENDING_REMOVALS, Long.class)
                .setParameter("movement", As400Movement.BAJA).setParameter("profile", profile)
                .setParameter("id", request.getId())
                .setParameter("pending", List.of(As400RequestStatus.APROBADA, As400RequestStatus.ERROR,
                        As400RequestStatus.ELIMINADO))
                .getSingleResult() > 0) {
            throw new InvalidInputException("Ya hay otra solicitud de baja en curso para el perfil «" + profile
                    + "».");
        }
        request.approve(profile, context.getCallerPrincipal().getName(), now());
        try {
            // The unique reservation decides between two programmers naming the same profile at once.
            em.flush();
        } catch (PersistenceException e) {
            if (!isConstraintViolation(e)) {
                throw e;
            }
            throw new InvalidInputException("El nombre de perfil «" + profile
                    + "» acaba de asignarse a otra solicitud. Consulte de nuevo el nombre sugerido.");
        }
    }

    private void recordResult(As400Request request, As400Result data) {
        As400Outcome expected = As400Outcome.successOf(request.getMovement());
        if (data.outcome() != As400Outcome.ERROR && data.outcome() != expected) {
            throw new InvalidInputException("El resultado " + data.outcome() + " no corresponde a una solicitud de "
                    + request.getMovement().label().toLowerCase(Locale.ROOT) + ": se esperaba " + expected
                    + " o ERROR.");
        }
        if (data.profile() != null && !data.profile().isBlank() && !data.profile().equals(request.getProfileName())) {
            throw new InvalidInputException("El perfil informado «" + data.profile()
                    + "» no coincide con el de la solicitud («" + request.getProfileName() + "»).");
        }
        if (data.outcome() == As400Outcome.ELIMINADO) {
            // The removed name may be given to someone else from now on.
            em.createNamedQuery(As400Request.HOLDING_PROFILE, As400Request.class)
                    .setParameter("profile", request.getProfileName()).getResultList()
                    .forEach(As400Request::releaseProfile);
        }
        request.recordResult(data.outcome(), data.message(), now());
    }

    private void deliver(As400Request request, CredentialDelivery data) {
        List<String> problems = new ArrayList<>();
        Set<String> granted = catalogModules(data.grantedModules());
        if (request.getMovement() == As400Movement.ALTA && granted.isEmpty()) {
            problems.add("Registre al menos un módulo del Sistema Integral Financiero otorgado al usuario.");
        }
        if (request.getMovement() == As400Movement.BAJA && !granted.isEmpty()) {
            problems.add("Una baja no otorga módulos: deje vacía la lista de módulos otorgados.");
        }
        if (!data.body().contains(request.getProfileName())) {
            problems.add("El texto del oficio debe indicar el nombre de usuario «" + request.getProfileName() + "».");
        }
        if (request.getMovement() == As400Movement.ALTA
                && !data.body().toLowerCase(Locale.ROOT).contains("contraseña")) {
            problems.add("El texto del oficio debe indicar al área que el usuario cambie la contraseña temporal al "
                    + "entrar por primera vez al sistema.");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        request.deliver(granted, now());
    }

    /** Codes as typed (any case, duplicates) to the active catalog codes; all unknown ones named at once. */
    private Set<String> catalogModules(Collection<String> typed) {
        Set<String> codes = typed.stream().filter(code -> code != null && !code.isBlank())
                .map(code -> code.strip().toUpperCase(Locale.ROOT))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        if (codes.isEmpty()) {
            return codes;
        }
        Map<String, As400Module> known = em.createQuery("SELECT m FROM As400Module m WHERE m.code IN :codes",
                        As400Module.class).setParameter("codes", codes).getResultStream()
                .filter(As400Module::isActive)
                .collect(Collectors.toMap(As400Module::getCode, Function.identity()));
        List<String> unknown = codes.stream().filter(code -> !known.containsKey(code)).toList();
        if (!unknown.isEmpty()) {
            throw new InvalidInputException(unknown.stream().map(code -> "El módulo «" + code
                    + "» no existe o no está activo en el catálogo de módulos del AS/400.").toList());
        }
        return codes;
    }

    private String suggestion(As400Request request) {
        if (request.getMovement() == As400Movement.BAJA) {
            Optional<String> created = em.createNamedQuery(As400Request.EMPLOYEE_PROFILES, String.class)
                    .setParameter("employeeNumber", request.getEmployee().getEmployeeNumber()).setMaxResults(1)
                    .getResultStream().findFirst();
            if (created.isPresent()) {
                return created.get();
            }
            return As400ProfileName.suggest(request.getEmployee().getGivenNames(),
                    request.getEmployee().getFirstSurname(), name -> false);
        }
        Set<String> taken = taken(request);
        return As400ProfileName.suggest(request.getEmployee().getGivenNames(), request.getEmployee().getFirstSurname(),
                taken::contains);
    }

    /** Profiles pending or existing for other requests, plus the one the AS/400 just refused for this one. */
    private Set<String> taken(As400Request request) {
        Set<String> taken = new HashSet<>(em.createNamedQuery(As400Request.RESERVED_PROFILES, String.class)
                .setParameter("id", request.getId()).getResultList());
        if (request.getStatus() == As400RequestStatus.ERROR && request.getProfileName() != null) {
            taken.add(request.getProfileName());
        }
        return taken;
    }

    private InvalidInputException clash(As400Request request, String profile) {
        return new InvalidInputException("El nombre de perfil «" + profile + "» ya pertenece a otro usuario del "
                + "AS/400 o a otra solicitud en curso. Nombre disponible sugerido: " + suggestion(request) + ".");
    }

    private static boolean isConstraintViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.hibernate.exception.ConstraintViolationException) {
                return true;
            }
        }
        return false;
    }

    private As400Request requestOf(Report report) {
        // Step 2 records it and every later step comes after step 2.
        return em.createNamedQuery(As400Request.OF_REPORT, As400Request.class).setParameter("report", report)
                .getSingleResult();
    }

    private static String employeeName(As400RequestView request) {
        return request.givenNames() + " " + request.firstSurname()
                + (request.secondSurname() == null ? "" : " " + request.secondSurname())
                + " (número de empleado " + request.employeeNumber() + ")";
    }

    /** Millisecond precision, like the timeline, so both show the same instant. */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
