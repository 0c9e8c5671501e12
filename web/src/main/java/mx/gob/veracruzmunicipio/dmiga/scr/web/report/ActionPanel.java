package mx.gob.veracruzmunicipio.dmiga.scr.web.report;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import mx.gob.veracruzmunicipio.dmiga.scr.actions.ActionForm;
import mx.gob.veracruzmunicipio.dmiga.scr.actions.ContextSection;
import mx.gob.veracruzmunicipio.dmiga.scr.actions.FieldKind;
import mx.gob.veracruzmunicipio.dmiga.scr.actions.FormField;
import mx.gob.veracruzmunicipio.dmiga.scr.actions.ReportActions;
import mx.gob.veracruzmunicipio.dmiga.scr.platform.InvalidInputException;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ActionData;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ActionRefusedException;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ConcurrentChangeException;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Procedures;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ReportView;

/**
 * The report page's action panel: the actions this person may take now, and the form of the one
 * chosen ({@code reporte.xhtml?folio=…&accion=KEY}), generated from its data record. Posting hands
 * the record to {@link ReportActions}; the engine decides, and its Spanish refusal, validation or
 * conflict message is shown beside the form.
 */
@Named
@ViewScoped
public class ActionPanel implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The key the form's p:messages shows (for="accion"). */
    private static final String FORM_MESSAGES = "accion";

    @EJB
    ReportActions reportActions;

    @Inject
    ReportBacking page;

    private String actionKey;
    private List<ActionForm> available = List.of();
    private List<ContextSection> context = List.of();
    private ActionForm selected;
    private final HashMap<String, Object> values = new HashMap<>();
    private final HashMap<String, List<Map<String, Object>>> rows = new HashMap<>();

    /** f:viewAction after the page's own: the actions offered now, and the chosen one's form. */
    public void load() {
        ReportView report = page.getReport();
        if (report == null || report.status().isFinal()) {
            return;
        }
        available = reportActions.available(report.folio());
        if (!available.isEmpty()) {
            context = reportActions.context(report.folio());
        }
        if (actionKey == null && available.size() == 1) {
            actionKey = available.get(0).key();
        }
        if (actionKey != null) {
            Optional<ActionForm> chosen = available.stream().filter(f -> f.key().equals(actionKey)).findFirst();
            if (chosen.isEmpty()) {
                FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN,
                        "La acción «" + Procedures.actionLabel(report.procedure(), report.currentStep(), actionKey)
                                + "» no está disponible para su usuario en este paso del reporte.",
                        null));
                return;
            }
            select(chosen.get());
        }
    }

    private void select(ActionForm form) {
        selected = form;
        values.clear();
        rows.clear();
        values.putAll(form.defaults());
        for (FormField field : form.fields()) {
            if (field.kind() == FieldKind.ROWS) {
                List<Map<String, Object>> fieldRows = new ArrayList<>();
                fieldRows.add(ActionDataBinder.emptyRow(field));
                rows.put(field.name(), fieldRows);
            }
        }
    }

    /**
     * Takes the chosen action. Nothing is checked here beyond the format of numbers and dates: the
     * engine says whether this person may act, whether the data is valid and whether the report
     * is still as they saw it.
     */
    public String perform() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ReportView report = page.getReport();
        if (getSelected() == null || report == null) {
            faces.addMessage(FORM_MESSAGES, error("No hay ninguna acción seleccionada."));
            return null;
        }
        ActionDataBinder binder = new ActionDataBinder();
        ActionData data = (ActionData) binder.bind(selected.dataType(), values, rows);
        // A posted file lives only for this request (and is not Serializable): the browser does not
        // keep it either, so after an error the person attaches it again.
        values.replaceAll((name, value) -> value instanceof Part ? null : value);
        if (!binder.problems().isEmpty()) {
            binder.problems().forEach(problem -> faces.addMessage(FORM_MESSAGES, error(problem)));
            return null;
        }
        try {
            ReportView after = reportActions.perform(report.ref(), selected.key(), data);
            faces.getExternalContext().getFlash().setKeepMessages(true);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, "Se registró «" + selected.label()
                    + "» en el reporte " + after.folio() + ". Estado: " + after.status().label()
                    + (after.stepActivity() == null ? "." : "; paso " + after.currentStep() + " · " + after.stepActivity() + "."),
                    null));
            return "/reporte?faces-redirect=true&folio=" + after.folio();
        } catch (InvalidInputException e) {
            e.messages().forEach(message -> faces.addMessage(FORM_MESSAGES, error(message)));
        } catch (ActionRefusedException | ConcurrentChangeException e) {
            faces.addMessage(FORM_MESSAGES, error(e.getMessage()));
        } catch (EJBAccessException e) {
            faces.addMessage(FORM_MESSAGES, error("Su usuario no puede tomar esta acción en el reporte."));
        }
        return null;
    }

    /** Another row for a list of records (material used, items of equipment, findings). */
    public void addRow(String field) {
        selected.fields().stream().filter(f -> f.name().equals(field)).findFirst()
                .ifPresent(f -> rows.computeIfAbsent(field, k -> new ArrayList<>()).add(ActionDataBinder.emptyRow(f)));
    }

    public void removeRow(String field, int index) {
        List<Map<String, Object>> fieldRows = rows.get(field);
        if (fieldRows != null && index >= 0 && index < fieldRows.size()) {
            fieldRows.remove(index);
        }
    }

    private static FacesMessage error(String text) {
        return new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null);
    }

    public String getActionKey() {
        return actionKey;
    }

    public void setActionKey(String actionKey) {
        this.actionKey = actionKey == null || actionKey.isBlank() ? null : actionKey;
    }

    public List<ActionForm> getAvailable() {
        return available;
    }

    public List<ContextSection> getContext() {
        return context;
    }

    /**
     * The chosen action's form. On a post naming an action the page did not offer (a forged or
     * replayed request), the form is read for that action anyway, so that the post reaches the
     * engine and is refused there, in Spanish, by the same rule as any other caller.
     */
    /** A form with a file field posts multipart, without AJAX, so the browser sends the file. */
    public boolean isWithFiles() {
        ActionForm form = getSelected();
        return form != null && form.fields().stream().anyMatch(f -> f.kind() == FieldKind.FILE);
    }

    public ActionForm getSelected() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (selected == null && actionKey != null && faces.isPostback() && page.getReport() != null) {
            reportActions.form(page.getReport().folio(), actionKey).ifPresent(this::select);
        }
        return selected;
    }

    public Map<String, Object> getValues() {
        return values;
    }

    public Map<String, List<Map<String, Object>>> getRows() {
        return rows;
    }
}
