package mx.gob.veracruzmunicipio.dmiga.scr.actions;

import java.io.Serializable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import mx.gob.veracruzmunicipio.dmiga.scr.account.Role;
import mx.gob.veracruzmunicipio.dmiga.scr.account.UserAccount;
import mx.gob.veracruzmunicipio.dmiga.scr.catalog.BudgetItems;
import mx.gob.veracruzmunicipio.dmiga.scr.catalog.Catalogs;
import mx.gob.veracruzmunicipio.dmiga.scr.platform.InvalidInputException;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.Interviews;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.MaterialUse;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.MaterialUsed;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr01.ServiceReportProcedure;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr02.LineMaintenanceProcedure;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr02.ProviderTicket;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr03.DictamenView;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr03.EquipmentDictamenProcedure;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr03.ReceivedItem;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr04.PaymentOrderDraft;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr04.PaymentOrderProcedure;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr04.PaymentOrderView;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr07.As400RequestView;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr07.As400UserProcedure;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr07.CredentialDelivery;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr07.ProfileNaming;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr08.DecideProcessProcedure;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ProcedureKey;
import mx.gob.veracruzmunicipio.dmiga.scr.report.Report;
import mx.gob.veracruzmunicipio.dmiga.scr.report.Reports;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ActionData;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ActionDefinition;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ActionRefusedException;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.AssigneeChoice;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Classification;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ProcedureDefinition;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Procedures;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Reassignment;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ReplyOficio;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ReportRef;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ReportView;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Route;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.StepDefinition;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Workflow;

/**
 * The actions a person may take on a report now, with their forms, and taking one: what the
 * intranet's action panel shows and posts. Who may act is the engine's rule ({@link Workflow#mayAct});
 * an action is taken by its procedure bean's operation ({@link ProcedureOperations}), so its effects
 * apply; the Director's reassign and decline and the SECRETARIA's classification go to the engine.
 */
@Stateless
@PermitAll // reading goes through Reports (who may see the report), acting through the engine (who may act)
public class ReportActions {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss")
            .withZone(ZoneId.of("America/Mexico_City"));

    @EJB
    Reports reports;

    @EJB
    Workflow workflow;

    @PersistenceContext
    EntityManager em;

    @Inject
    Instance<Object> beans;

    @EJB
    Catalogs catalogs;

    @EJB
    BudgetItems budgetItems;

    @EJB
    As400UserProcedure as400Users;

    @EJB
    PaymentOrderProcedure paymentOrders;

    @EJB
    ServiceReportProcedure serviceReports;

    @EJB
    LineMaintenanceProcedure lineMaintenance;

    @EJB
    EquipmentDictamenProcedure equipmentDictamen;

    @EJB
    DecideProcessProcedure decideProcesses;

    @Inject
    Interviews interviews;

    /** The actions the caller may take on the report now, each with its form; empty when none. */
    public List<ActionForm> available(String folio) {
        Report report = reports.get(folio);
        List<ActionForm> forms = new ArrayList<>();
        if (workflow.mayClassify(report)) {
            forms.add(form(report, Workflow.CLASSIFY, Procedures.actionLabel(null, null, Workflow.CLASSIFY), null, Classification.class, null));
        }
        if (workflow.mayAct(report)) {
            StepDefinition step = Procedures.of(report.getProcedure()).step(report.getCurrentStep());
            for (ActionDefinition<?> action : step.actions()) {
                forms.add(form(report, action.key(), action.label(), step.id(), action.dataType(), action));
            }
        }
        if (workflow.mayDirect(report)) {
            forms.add(form(report, Workflow.REASSIGN, Procedures.actionLabel(null, null, Workflow.REASSIGN), report.getCurrentStep(), Reassignment.class, null));
            forms.add(form(report, Workflow.DECLINE, Procedures.actionLabel(null, null, Workflow.DECLINE), report.getCurrentStep(), ReplyOficio.class, null));
        }
        return forms;
    }

    /**
     * The form of an action at the report's current step (or of reassign, decline, classify),
     * whether or not the caller may take it: only the engine decides that, when it is posted.
     */
    public Optional<ActionForm> form(String folio, String actionKey) {
        Report report = reports.get(folio);
        return switch (actionKey) {
            case Workflow.CLASSIFY -> Optional.of(form(report, actionKey,
                    Procedures.actionLabel(null, null, actionKey), null, Classification.class, null));
            case Workflow.REASSIGN -> Optional.of(form(report, actionKey,
                    Procedures.actionLabel(null, null, actionKey), report.getCurrentStep(), Reassignment.class, null));
            case Workflow.DECLINE -> Optional.of(form(report, actionKey,
                    Procedures.actionLabel(null, null, actionKey), report.getCurrentStep(), ReplyOficio.class, null));
            default -> report.getProcedure() == null || report.getCurrentStep() == null ? Optional.empty()
                    : Procedures.of(report.getProcedure()).step(report.getCurrentStep()).action(actionKey)
                    .map(action -> form(report, action.key(), action.label(), report.getCurrentStep(),
                            action.dataType(), action));
        };
    }

    /**
     * Takes an action by its key with its data, as the caller saw the report (folio and version).
     * Refused in Spanish when the caller may not take it, the data is invalid, or someone else
     * changed the report first. No transaction is held here: each operation runs its own, and one
     * asks an outside service outside any (SAT's CFDI verification, PR-DMIGA-04 step 2).
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ReportView perform(ReportRef ref, String actionKey, ActionData data) {
        if (ref == null || ref.folio() == null || actionKey == null || data == null) {
            throw new InvalidInputException("Indique el reporte, la acción y sus datos.");
        }
        switch (actionKey) {
            case Workflow.CLASSIFY:
                return workflow.classify(ref, typed(data, Classification.class));
            case Workflow.REASSIGN:
                return workflow.reassign(ref, typed(data, Reassignment.class));
            case Workflow.DECLINE:
                return workflow.decline(ref, typed(data, ReplyOficio.class));
            default:
                return operate(ref, actionKey, data);
        }
    }

    /**
     * What the current step's forms need beside them: the payment order, the dictamen, the
     * interviews… Each read in its own transaction, so one the caller may not make only leaves its
     * section out.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<ContextSection> context(String folio) {
        Report report = reports.get(folio);
        if (report.getProcedure() == null) {
            return List.of();
        }
        List<ContextSection> sections = new ArrayList<>();
        switch (report.getProcedure()) {
            case PR_DMIGA_01 -> readable(() -> materials(serviceReports.materialsUsed(folio))).ifPresent(sections::add);
            case PR_DMIGA_02 -> {
                readable(() -> providerTickets(lineMaintenance.providerTickets(folio))).ifPresent(sections::add);
                readable(() -> materials(lineMaintenance.materialsUsed(folio))).ifPresent(sections::add);
            }
            case PR_DMIGA_03 -> readable(() -> dictamen(equipmentDictamen.dictamen(folio))).ifPresent(sections::add);
            case PR_DMIGA_04 -> readable(() -> paymentOrder(paymentOrders.order(folio))).ifPresent(sections::add);
            case PR_DMIGA_05, PR_DMIGA_11 -> readable(() -> interviews(folio)).ifPresent(sections::add);
            case PR_DMIGA_07 -> readable(() -> as400Users.request(folio).map(ReportActions::as400Request).orElse(null))
                    .ifPresent(sections::add);
            case PR_DMIGA_08 -> readable(() -> decideProcesses.process(folio).map(p -> section("Proceso en Decide Veracruz",
                    fact("Tipo", p.typeLabel()), fact("Título", p.title()), fact("URL o ID", p.portalReference()),
                    fact("Apertura", text(p.opensOn())), fact("Cierre", text(p.closesOn())),
                    fact("Participantes", text(p.participants())))).orElse(null)).ifPresent(sections::add);
            default -> { }
        }
        return sections.stream().filter(s -> !s.facts().isEmpty()).toList();
    }

    private ReportView operate(ReportRef ref, String actionKey, ActionData data) {
        ProcedureKey procedure = em.createQuery("SELECT r.procedure FROM Report r WHERE r.folio = :folio",
                        ProcedureKey.class).setParameter("folio", ref.folio()).getResultStream().findFirst()
                .orElseThrow(() -> new InvalidInputException("No existe el reporte con folio " + ref.folio() + "."));
        if (procedure == null) {
            throw new ActionRefusedException("El reporte " + ref.folio()
                    + " aún no tiene procedimiento: la Secretaría debe clasificarlo primero.");
        }
        List<Method> operations = ProcedureOperations.operations(procedure, actionKey);
        if (operations.size() != 1) {
            throw new ActionRefusedException("La acción «" + actionKey + "» no existe en el procedimiento "
                    + procedure.code() + ".");
        }
        Method operation = operations.get(0);
        typed(data, operation.getParameterTypes()[1]);
        Object bean = beans.select(ProcedureOperations.beanOf(procedure)).get();
        try {
            return (ReportView) operation.invoke(bean, ref, data);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T typed(ActionData data, Class<T> type) {
        if (!type.isInstance(data)) {
            throw new InvalidInputException("Los datos enviados no corresponden a la acción.");
        }
        return type.cast(data);
    }

    private ActionForm form(Report report, String key, String label, String step, Class<? extends ActionData> type,
                            ActionDefinition<?> action) {
        return new ActionForm(key, label, step, type, ActionForms.fields(type, catalog(report, action)),
                defaults(report, type));
    }

    /** Catalog options by record component: what the person picks from instead of typing. */
    private BiFunction<Class<?>, String, List<Choice>> catalog(Report report, ActionDefinition<?> action) {
        return (record, component) -> readable(() -> choices(report, action, record, component)).orElse(null);
    }

    private List<Choice> choices(Report report, ActionDefinition<?> action, Class<?> record, String component) {
        if (record == MaterialUse.class && component.equals("materialCode")) {
            return catalogs.materials().stream().filter(m -> m.getQuantityInStock() > 0)
                    .map(m -> new Choice(m.getCode(), m.getCode() + " · " + m.getName() + " ("
                            + m.getQuantityInStock() + " " + m.getUnitOfMeasure() + " en almacén)"))
                    .toList();
        }
        if (component.equals("providerRfc")) {
            return catalogs.providers().stream()
                    .map(p -> new Choice(p.getRfc(), p.getName() + " · " + p.getRfc())).toList();
        }
        if (record == PaymentOrderDraft.class && component.equals("budgetItemCode")) {
            return budgetItems.active().stream()
                    .map(b -> new Choice(b.getCode(), b.getCode() + " · " + b.getDescription() + " ("
                            + b.getFiscalYear() + ", disponible $" + b.getBalance().toPlainString() + ")"))
                    .toList();
        }
        if (record == ReceivedItem.class && component.equals("type")) {
            return catalogs.equipmentTypes().stream().map(t -> new Choice(t.getName(), t.getName())).toList();
        }
        if (component.equals("modules") || component.equals("grantedModules")) {
            return catalogs.as400Modules().stream().map(m -> new Choice(m.getCode(), m.getCode() + " · " + m.getName()))
                    .toList();
        }
        if (AssigneeChoice.class.isAssignableFrom(record) && component.equals("assignee") && action != null) {
            return people(nextRoles(report, action));
        }
        if (record == Reassignment.class && component.equals("role")) {
            return Role.staff().stream().map(role -> new Choice(role.name(), role.label())).toList();
        }
        if (record == Reassignment.class && component.equals("username")) {
            return people(Role.staff());
        }
        return null;
    }

    /** The roles of the steps an action can lead to: who may be named to take the next one. */
    private static Set<Role> nextRoles(Report report, ActionDefinition<?> action) {
        ProcedureDefinition procedure = Procedures.of(report.getProcedure());
        return action.routes().stream().filter(route -> !route.isEnd()).map(Route::target)
                .map(target -> procedure.step(target).role()).collect(Collectors.toSet());
    }

    private List<Choice> people(Set<Role> roles) {
        return em.createNamedQuery(UserAccount.ALL, UserAccount.class).getResultStream()
                .filter(u -> u.isActive() && u.getRoles().stream().anyMatch(roles::contains))
                .map(u -> new Choice(u.getUsername(), u.getFullName() + " (" + u.getUsername() + ") · "
                        + u.getRoles().stream().filter(roles::contains).map(Role::label).sorted()
                        .collect(Collectors.joining(", "))))
                .toList();
    }

    /** The values a form starts from, where SCR knows them already. */
    private Map<String, Serializable> defaults(Report report, Class<? extends ActionData> type) {
        Map<String, Serializable> values = new LinkedHashMap<>();
        String folio = report.getFolio();
        if (type == ProfileNaming.class) {
            readable(() -> as400Users.suggestedProfile(folio)).ifPresent(name -> values.put("profile", name));
        } else if (type == CredentialDelivery.class) {
            readable(() -> as400Users.deliveryDraft(folio)).ifPresent(draft -> {
                values.put("grantedModules", new ArrayList<>(draft.grantedModules()));
                values.put("subject", draft.subject());
                values.put("body", draft.body());
            });
        } else if (type == PaymentOrderDraft.class) {
            readable(() -> paymentOrders.order(folio)).ifPresent(order -> {
                PaymentOrderView.Invoice invoice = order.invoice();
                values.put("providerRfc", order.providerRfc() != null ? order.providerRfc() : invoice.issuerRfc());
                values.put("amount", order.amount() != null ? order.amount() : invoice.total());
                values.put("invoiceUuid", invoice.uuid());
                values.put("concept", order.concept() != null ? order.concept() : invoice.concept());
                if (order.budgetItemCode() != null) {
                    values.put("budgetItemCode", order.budgetItemCode());
                }
            });
        }
        return values;
    }

    /** A read the caller may not be allowed, or that has nothing yet, leaves its section out. */
    private static <T> Optional<T> readable(Supplier<T> read) {
        try {
            return Optional.ofNullable(read.get());
        } catch (EJBAccessException | InvalidInputException e) {
            return Optional.empty();
        }
    }

    private static ContextSection materials(List<MaterialUsed> used) {
        return new ContextSection("Material utilizado", used.stream()
                .map(m -> fact(m.materialCode() + " · " + m.materialName(), m.quantity() + " " + m.unitOfMeasure()
                        + " (paso " + m.step() + ", " + m.recordedBy() + ")")).toList());
    }

    private static ContextSection providerTickets(List<ProviderTicket.View> tickets) {
        return new ContextSection("Tickets del proveedor", tickets.stream()
                .map(t -> fact(t.providerName() + " · ticket " + t.ticketNumber(), "Mesa de ayuda " + t.helpDeskPhone()
                        + (t.outcome() == null ? " · abierto" : " · " + t.outcome()))).toList());
    }

    private static ContextSection dictamen(DictamenView dictamen) {
        return new ContextSection("Bienes del dictamen", dictamen.items().stream()
                .map(item -> fact(item.inventoryNumber(), String.join(" ", item.type(), item.brand(), item.model())
                        + " · serie " + item.serialNumber() + " · "
                        + (item.verdict() == null ? "sin dictamen" : item.verdict().label()
                        + (item.findings().isEmpty() ? "" : ": " + item.findings().stream().map(Object::toString)
                        .collect(Collectors.joining("; "))))))
                .toList());
    }

    private static ContextSection paymentOrder(PaymentOrderView order) {
        PaymentOrderView.Invoice invoice = order.invoice();
        List<ContextSection.Fact> facts = new ArrayList<>(List.of(
                fact("Factura (folio fiscal)", invoice.uuid()),
                fact("Serie y folio", invoice.folio()),
                fact("Emisor", invoice.issuerName() == null ? invoice.issuerRfc()
                        : invoice.issuerName() + " (RFC " + invoice.issuerRfc() + ")"),
                fact("Receptor", invoice.receiverName() == null ? invoice.receiverRfc()
                        : invoice.receiverName() + " (RFC " + invoice.receiverRfc() + ")"),
                fact("Fecha de emisión", text(invoice.issuedOn())),
                fact("Fecha de timbrado", invoice.stampedAt() == null ? null : invoice.stampedAt().toString().replace('T', ' ')),
                fact("Subtotal", money(invoice.subtotal())),
                fact("Descuento", invoice.discount() == null || invoice.discount().signum() == 0 ? null
                        : money(invoice.discount())),
                fact("Impuestos trasladados", money(invoice.transferredTaxes())),
                fact("Impuestos retenidos", invoice.withheldTaxes().signum() == 0 ? null : money(invoice.withheldTaxes())),
                fact("Total de la factura", money(invoice.total()) + (invoice.currency() == null ? "" : " " + invoice.currency())),
                fact("Concepto de la factura", invoice.concept()),
                fact("Advertencias", invoice.warnings().isEmpty() ? null : String.join(" ", invoice.warnings())),
                fact("Estado en el SAT", invoice.satStatus() == null ? null : invoice.satStatus().label()),
                fact("Proveedor", order.providerName()),
                fact("Importe de la orden", money(order.amount())),
                fact("Partida presupuestal", order.budgetItemCode()),
                fact("Concepto", order.concept()),
                fact("Versión de la orden", order.draftRound() == 0 ? null : String.valueOf(order.draftRound()))));
        order.satQueries().forEach(q -> facts.add(fact("Consulta al SAT · " + WHEN.format(q.askedAt()) + " · "
                + q.askedBy(), satAnswer(q))));
        order.signatures().forEach(s -> facts.add(fact("Paso " + s.step() + " · " + s.role().label(),
                (s.approved() ? "Validada y firmada" : "Rechazada: " + s.reason()) + " · " + s.name())));
        return new ContextSection("Orden de pago", facts.stream().filter(f -> f.value() != null).toList());
    }

    /** SAT's answer as it came (Estado, CodigoEstatus, EsCancelable, EstatusCancelacion, EFOS), and what was asked. */
    private static String satAnswer(PaymentOrderView.SatQuery query) {
        List<String> parts = new ArrayList<>();
        parts.add(query.outcome().label());
        if (query.failure() != null) {
            parts.add(query.failure());
        }
        Map<String, String> acuse = new LinkedHashMap<>();
        acuse.put("Estado", query.state());
        acuse.put("CodigoEstatus", query.statusCode());
        acuse.put("EsCancelable", query.cancellable());
        acuse.put("EstatusCancelacion", query.cancellationStatus());
        acuse.put("ValidacionEFOS", query.efosValidation());
        acuse.forEach((name, value) -> {
            if (value != null) {
                parts.add(name + ": " + value);
            }
        });
        parts.add("Expresión: " + query.expression());
        return String.join(" · ", parts);
    }

    private ContextSection interviews(String folio) {
        return new ContextSection("Entrevistas", interviews.of(folio).stream()
                .map(i -> fact(text(i.date()) + " · " + String.join(", ", i.interviewees()),
                        i.notes() + (i.requirementsComplete() ? " (requerimientos completos)" : " (faltan requerimientos)")))
                .toList());
    }

    private static ContextSection as400Request(As400RequestView request) {
        return section("Solicitud de usuario del AS/400",
                fact("Movimiento", request.movement().label()),
                fact("Empleado", String.join(" ", request.givenNames(), request.firstSurname(),
                        request.secondSurname() == null ? "" : request.secondSurname()).strip()),
                fact("Número de empleado", request.employeeNumber()),
                fact("Módulos solicitados", String.join(", ", request.requestedModules())),
                fact("Nombre de perfil", request.profileName()),
                fact("Estado", request.statusLabel()),
                fact("Mensaje del AS/400", request.resultMessage()));
    }

    private static ContextSection section(String title, ContextSection.Fact... facts) {
        return new ContextSection(title, Arrays.stream(facts).filter(f -> f.value() != null && !f.value().isBlank())
                .toList());
    }

    private static ContextSection.Fact fact(String label, String value) {
        return new ContextSection.Fact(label, value);
    }

    private static String money(BigDecimal amount) {
        return amount == null ? null : "$" + amount.toPlainString();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
