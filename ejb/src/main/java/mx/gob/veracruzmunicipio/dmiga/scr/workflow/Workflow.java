package mx.gob.veracruzmunicipio.dmiga.scr.workflow;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.PersistenceContext;

import mx.gob.veracruzmunicipio.dmiga.scr.account.Role;
import mx.gob.veracruzmunicipio.dmiga.scr.account.UserAccount;
import mx.gob.veracruzmunicipio.dmiga.scr.document.Documents;
import mx.gob.veracruzmunicipio.dmiga.scr.oficio.OutgoingOficio;
import mx.gob.veracruzmunicipio.dmiga.scr.platform.InputValidation;
import mx.gob.veracruzmunicipio.dmiga.scr.platform.InvalidInputException;
import mx.gob.veracruzmunicipio.dmiga.scr.report.Folios;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ProcedureKey;
import mx.gob.veracruzmunicipio.dmiga.scr.report.Report;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ReportStatus;
import mx.gob.veracruzmunicipio.dmiga.scr.report.TimelineEntry;
import mx.gob.veracruzmunicipio.dmiga.scr.sla.BusinessCalendar;
import mx.gob.veracruzmunicipio.dmiga.scr.sla.WorkingCalendar;

/**
 * The one engine under the procedure session beans. For every action it enforces, in order: the
 * report exists and is the version the caller saw; the action exists at the current step; the
 * caller holds the step's role (and is the assignee, when there is one); the data is valid. Then
 * it applies the procedure's effect, moves the report along the route the data chooses, and writes
 * the timeline entry and any oficio in the same transaction.
 */
@Stateless
@PermitAll // each action is authorized below, by the role of its step
@DeclareRoles({"SECRETARIA", "DIRECTOR", "SUBDIR_TECNOLOGIAS", "SUBDIR_MODERNIZACION", "MANTENIMIENTO",
        "DESARROLLO_COORD", "PROGRAMADOR", "COORD_SEGUIMIENTO", "ADQUISICIONES", "CONTRALORIA", "PRESUPUESTOS",
        "COMISION_HACIENDA", "EGRESOS", "AREA_SOLICITANTE", "ADMIN", "CERO_PAPEL_CLIENT", "AS400_CLIENT"})
public class Workflow {

    public static final String RECEIVE = "RECIBIR";
    public static final String REASSIGN = "REASIGNAR";
    public static final String DECLINE = "DECLINAR";
    public static final String CLASSIFY = "CLASIFICAR";

    private static final DateTimeFormatter WHEN = DateTimeFormatter
            .ofPattern("d 'de' MMMM 'de' yyyy 'a las' HH:mm", Locale.forLanguageTag("es-MX"))
            .withZone(ZoneId.of("America/Mexico_City"));

    @Resource
    SessionContext context;

    @PersistenceContext
    EntityManager em;

    @Inject
    InputValidation validation;

    @EJB
    Folios folios;

    @EJB
    ReportChanges changes;

    @EJB
    BusinessCalendar calendar;

    @Inject
    Event<ReportDeclined> declined;

    @EJB
    Documents documents;

    /**
     * Opens a report with the next folio and takes the receiving step's action for the caller. A
     * report without procedure waits for the SECRETARIA to classify it.
     */
    public Report open(NewReport request, ActionData intakeData) {
        validation.require(request);
        Instant now = now();
        String actor = caller();
        Report report = new Report(request.procedure(), request.channel(), request.department(),
                request.category(), request.priority(), request.subject().strip(), request.description(),
                request.requester().strip(), actor, now);
        Move move;
        if (request.procedure() == null) {
            Role role = callerRole(List.of(Role.SECRETARIA, Role.CERO_PAPEL_CLIENT), report, "recibir oficios");
            report.moveTo(null, Role.SECRETARIA, ReportStatus.SIN_CLASIFICAR, null, actor, now);
            move = new Move(entry(null, RECEIVE, "Sin procedimiento: la Secretaría lo clasifica", null, role, now,
                    intakeData, "Oficio", null), null);
        } else {
            StepDefinition intake = Procedures.of(request.procedure()).intake();
            move = decide(report, intake, intake.actions().get(0), intakeData, r -> { }, now);
        }
        // Everything above only read; from here to the commit the year's folio counter stays locked,
        // so concurrent intakes queue only for each other's inserts.
        report.number(folios.next(now));
        TimelineEntry first = TimelineEntry.append(report, move.entry());
        em.persist(report); // written once, with its first entry as the chain head
        em.persist(first);
        record(report, move, report.getVersion());
        return report;
    }

    /** Takes an action that has no effect beyond moving the report. */
    public ReportView perform(ProcedureDefinition procedure, ReportRef ref, String actionKey, ActionData data) {
        return perform(procedure, ref, actionKey, data, report -> { });
    }

    /**
     * Takes an action on a report of the given procedure: the one way a report moves. The effect
     * runs after every check, in the same transaction.
     */
    public ReportView perform(ProcedureDefinition procedure, ReportRef ref, String actionKey, ActionData data,
                              Consumer<Report> effect) {
        Report report = current(ref);
        StepDefinition step = stepOf(procedure, report, actionKey);
        ActionDefinition<?> action = step.action(actionKey).orElseThrow();
        take(report, step, action, data, effect, now(), ref.version());
        return ReportView.of(report);
    }

    /**
     * Refuses, as {@link #perform} would, an action the caller may not take on the report now, without
     * taking it: for an action whose data an outside service gives (SAT's verdict), checked before
     * that service is asked. The report may still change before the action is performed.
     */
    public void requireActionable(ProcedureDefinition procedure, ReportRef ref, String actionKey) {
        Report report = current(ref);
        authorize(report, stepOf(procedure, report, actionKey));
    }

    /** The report's current step, which must belong to the procedure and offer the action. */
    private static StepDefinition stepOf(ProcedureDefinition procedure, Report report, String actionKey) {
        if (report.getStatus() == ReportStatus.SIN_CLASIFICAR) {
            throw new ActionRefusedException("El reporte " + report.getFolio()
                    + " aún no tiene procedimiento: la Secretaría debe clasificarlo primero.");
        }
        if (report.getProcedure() != procedure.key()) {
            throw new ActionRefusedException("El reporte " + report.getFolio() + " sigue el procedimiento "
                    + report.getProcedure().code() + ", no el " + procedure.key().code() + ".");
        }
        StepDefinition step = procedure.step(report.getCurrentStep());
        if (step.action(actionKey).isEmpty()) {
            throw new ActionRefusedException("La acción «" + actionKey + "» no corresponde al paso " + step.id()
                    + " («" + step.activity() + "») en que está el reporte " + report.getFolio() + ".");
        }
        return step;
    }

    /** The SECRETARIA gives an oficio that came without procedure its procedure; it starts there. */
    public ReportView classify(ReportRef ref, Classification data) {
        Report report = current(ref);
        if (report.getStatus() != ReportStatus.SIN_CLASIFICAR) {
            throw new ActionRefusedException("El reporte " + report.getFolio() + " ya está clasificado en "
                    + report.getProcedure().code() + ".");
        }
        Role role = callerRole(List.of(Role.SECRETARIA), report, "clasificar oficios");
        validation.require(data);
        ProcedureKey procedure = data.procedure();
        Instant now = now();
        report.classify(procedure, data.category());
        append(report, null, CLASSIFY, "Clasificado en " + procedure.code() + " " + procedure.title(), null, role,
                now, new ActionData.Note(data.observations()), "Oficio", null);
        StepDefinition intake = Procedures.of(procedure).intake();
        Route<?> route = intake.actions().get(0).routeFor(report, new ActionData.Note(null));
        StepDefinition next = Procedures.of(procedure).step(route.target());
        report.moveTo(next.id(), next.role(), statusAt(next), dueAt(next, calendar.current(), now), caller(), now);
        flush(report, ref.version());
        return ReportView.of(report);
    }

    /** The Director gives the current step to another role, or to one person of it. */
    public ReportView reassign(ReportRef ref, Reassignment data) {
        Report report = current(ref);
        Role actor = callerRole(List.of(Role.DIRECTOR), report, "reasignar reportes");
        validation.require(data);
        Role role = data.role();
        String username = data.username();
        UserAccount user = username == null || username.isBlank() ? null : person(username, role);
        Instant now = now();
        report.assignTo(role, user, caller(), now);
        append(report, report.getCurrentStep(), REASSIGN, "Reasignado a " + role.label()
                        + (user == null ? "" : " (" + user.getFullName() + ")"), report.getCurrentStep(), actor, now,
                new ActionData.Note(data.reason()), null, null);
        flush(report, ref.version());
        return ReportView.of(report);
    }

    /** The Director declines the request; the reason goes back to the area by oficio. */
    public ReportView decline(ReportRef ref, OficioText reply) {
        Report report = current(ref);
        Role actor = callerRole(List.of(Role.DIRECTOR), report, "declinar solicitudes");
        validation.require(reply);
        Instant now = now();
        String declinedAt = report.getCurrentStep();
        report.moveTo(null, null, ReportStatus.DECLINADO, null, caller(), now);
        append(report, declinedAt, DECLINE, "Solicitud declinada", Route.END, actor, now, reply,
                "Oficio de respuesta", null);
        queue(new OutgoingOficio(report, Recipient.AREA_SOLICITANTE.nameFor(report), reply.subject(),
                reply.body(), caller(), now), ref.version());
        declined.fire(new ReportDeclined(report));
        flush(report, ref.version());
        return ReportView.of(report);
    }

    private void take(Report report, StepDefinition step, ActionDefinition<?> action, ActionData data,
                      Consumer<Report> effect, Instant now, long seenVersion) {
        Move move = decide(report, step, action, data, effect, now);
        em.persist(TimelineEntry.append(report, move.entry()));
        record(report, move, seenVersion);
    }

    /** What an action writes once it is decided: its timeline entry and, for some actions, a reply oficio. */
    private record Move(TimelineEntry.Content entry, OutgoingOficio oficio) {
    }

    /**
     * Checks the action and moves the report in memory, reading but writing nothing: the caller
     * appends the move's timeline entry and then {@link #record records} it.
     */
    private Move decide(Report report, StepDefinition step, ActionDefinition<?> action, ActionData data,
                        Consumer<Report> effect, Instant now) {
        Role role = authorize(report, step);
        if (!action.dataType().isInstance(data)) {
            throw new IllegalArgumentException(action.key() + " takes " + action.dataType().getSimpleName());
        }
        validation.require(data);
        effect.accept(report);
        Route<?> route = action.routeFor(report, data);
        StepDefinition next = route.isEnd() ? null : Procedures.of(report.getProcedure()).step(route.target());
        String leftStep = report.getCurrentStep() == null ? step.id() : report.getCurrentStep();
        WorkingCalendar workingCalendar = calendar.current();
        long businessSeconds = workingCalendar.businessTimeBetween(report.getStepStartedAt(), now).toSeconds();
        if (next == null) {
            report.moveTo(null, null, ReportStatus.CERRADO, null, caller(), now);
        } else {
            report.moveTo(next.id(), next.role(), statusAt(next), dueAt(next, workingCalendar, now), caller(), now);
            if (data instanceof AssigneeChoice choice) {
                report.assignTo(next.role(), person(choice.assignee(), next.role()), caller(), now);
            }
        }
        TimelineEntry.Content entry = entry(leftStep, action.key(), route.label(), next == null ? Route.END : next.id(),
                role, now, data, step.document(), businessSeconds);
        OficioText text = action.sendsOficio() ? (OficioText) data : null;
        return new Move(entry, text == null ? null : new OutgoingOficio(report, action.oficioTo().nameFor(report),
                text.subject(), text.body(), caller(), now));
    }

    /** Queues the move's reply oficio, if any, and writes the report, checking the version the caller saw. */
    private void record(Report report, Move move, long seenVersion) {
        if (move.oficio() != null) {
            queue(move.oficio(), seenVersion);
        }
        flush(report, seenVersion);
    }

    /**
     * Queues a reply oficio for Cero Papel with its PDF. The flush (with the report's version check)
     * inserts it first, which gives it the id its printed number carries.
     */
    private void queue(OutgoingOficio oficio, long seenVersion) {
        em.persist(oficio);
        flush(oficio.getReport(), seenVersion);
        documents.print(oficio);
    }

    /**
     * Whether the caller may take the actions of the report's current step now: the check
     * {@link #perform} makes, asked beforehand so that the intranet offers only those actions.
     */
    public boolean mayAct(Report report) {
        if (report.getStatus().isFinal() || report.getProcedure() == null || report.getCurrentStep() == null) {
            return false;
        }
        try {
            authorize(report, Procedures.of(report.getProcedure()).step(report.getCurrentStep()));
            return true;
        } catch (ActionRefusedException e) {
            return false;
        }
    }

    /** The Director may reassign and decline any open report. */
    public boolean mayDirect(Report report) {
        return !report.getStatus().isFinal() && context.isCallerInRole(Role.DIRECTOR.name());
    }

    /** The SECRETARIA classifies an oficio that arrived without procedure. */
    public boolean mayClassify(Report report) {
        return report.getStatus() == ReportStatus.SIN_CLASIFICAR && context.isCallerInRole(Role.SECRETARIA.name());
    }

    /**
     * The caller holds the step's role (or a delegate's, or the role the report was reassigned to),
     * belongs to the report's department when acting as the area, and is the assignee when there is one.
     */
    private Role authorize(Report report, StepDefinition step) {
        Role role = callerRole(Stream.of(Stream.of(step.role()), step.delegates().stream(),
                        Stream.ofNullable(report.getAssignedRole())).flatMap(s -> s).distinct().toList(), report,
                "actuar en el paso " + step.id() + " («" + step.activity() + "»)");
        if (role == Role.AREA_SOLICITANTE) {
            requireOwnDepartment(report);
        }
        UserAccount assignee = report.getAssignedUser();
        if (assignee != null && !assignee.getUsername().equals(caller())) {
            throw new ActionRefusedException("El reporte " + report.getFolio() + " está asignado a "
                    + assignee.getFullName() + ".");
        }
        return role;
    }

    /** A person of another department acts only on their department's reports. */
    private void requireOwnDepartment(Report report) {
        UserAccount me = em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", caller()).getSingleResult();
        if (me.getDepartment() == null || !me.getDepartment().getId().equals(report.getDepartment().getId())) {
            throw new ActionRefusedException((report.getFolio() == null ? "La solicitud" : "El reporte "
                    + report.getFolio()) + " es de " + report.getDepartment().getName()
                    + "; solo esa dependencia puede actuar en este paso.");
        }
    }

    private UserAccount person(String username, Role role) {
        UserAccount user = em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", username)
                .getResultStream().findFirst()
                .filter(UserAccount::isActive)
                .orElseThrow(() -> new InvalidInputException("No existe el usuario «" + username + "»."));
        if (!user.getRoles().contains(role)) {
            throw new InvalidInputException("El usuario «" + username + "» no tiene el rol " + role.label() + ".");
        }
        return user;
    }

    /** The SLA due time of a step entered now; none while the report waits outside the directorate. */
    private static Instant dueAt(StepDefinition step, WorkingCalendar workingCalendar, Instant now) {
        return step.waitsOutside() ? null : workingCalendar.addBusinessTime(now, step.target());
    }

    private static ReportStatus statusAt(StepDefinition step) {
        return step.waitsOutside() ? ReportStatus.EN_ESPERA : ReportStatus.EN_TRAMITE;
    }

    private void append(Report report, String step, String action, String decision, String nextStep, Role role,
                        Instant now, ActionData data, String document, Long businessSeconds) {
        em.persist(TimelineEntry.append(report, entry(step, action, decision, nextStep, role, now, data, document,
                businessSeconds)));
    }

    /** A timeline entry of the caller's. */
    private TimelineEntry.Content entry(String step, String action, String decision, String nextStep, Role role,
                                        Instant now, ActionData data, String document, Long businessSeconds) {
        return new TimelineEntry.Content(step, action, decision, nextStep, caller(), role, now,
                ActionDetails.observations(data), ActionDetails.render(data), document, businessSeconds);
    }

    /** The report as the caller saw it: same version, still open. */
    private Report current(ReportRef ref) {
        if (ref == null || ref.folio() == null) {
            throw new InvalidInputException("El folio del reporte es obligatorio.");
        }
        // Locked until commit: actions on one report take turns, so the second sees the first's version.
        Report report = em.createNamedQuery(Report.BY_FOLIO, Report.class).setParameter("folio", ref.folio())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst()
                .orElseThrow(() -> new InvalidInputException("No existe el reporte con folio " + ref.folio() + "."));
        if (report.getVersion() != ref.version()) {
            throw conflict(report.getFolio(), changes.displayName(report.getUpdatedBy()), report.getUpdatedAt());
        }
        if (report.getStatus().isFinal()) {
            throw new ActionRefusedException("El reporte " + report.getFolio() + " ya está "
                    + report.getStatus().label().toLowerCase(Locale.ROOT) + ".");
        }
        return report;
    }

    /**
     * Writes now, so that losing a race to another transaction on the same report surfaces here as
     * the conflict message. The race shows as an optimistic-lock failure on the report or, when the
     * database orders it so, as the other transaction's timeline entry taking the same position.
     */
    private void flush(Report report, long seen) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            ReportChanges.LastChange last = changes.lastChange(report.getFolio());
            if (last.version() == seen) {
                throw e;
            }
            throw conflict(report.getFolio(), last.person(), last.at());
        }
    }

    private static ConcurrentChangeException conflict(String folio, String person, Instant at) {
        return new ConcurrentChangeException("El reporte " + folio + " fue modificado por "
                + person + " el " + WHEN.format(at)
                + ". Consulte su estado actual antes de continuar.");
    }

    private Role callerRole(List<Role> allowed, Report report, String what) {
        return allowed.stream().filter(role -> context.isCallerInRole(role.name())).findFirst()
                .orElseThrow(() -> new ActionRefusedException("Su usuario no puede " + what
                        + (report.getFolio() == null ? " de la solicitud" : " del reporte " + report.getFolio())
                        + ": se requiere el rol "
                        + String.join(" o ", allowed.stream().map(Role::label).toList()) + "."));
    }

    /** Millisecond precision: what both databases store and what the timeline hashes. */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }
}
