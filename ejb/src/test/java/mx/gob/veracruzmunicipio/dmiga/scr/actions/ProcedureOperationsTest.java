package mx.gob.veracruzmunicipio.dmiga.scr.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr04.BillingCheck;

import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr04.SatCheck;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ProcedureKey;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ActionDefinition;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Classification;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Performs;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ProcedureDefinition;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Procedures;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Reassignment;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ReportRef;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ReportView;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.StepDefinition;

/** Every action the intranet can offer reaches exactly one operation of its procedure's bean. */
class ProcedureOperationsTest {

    @Test
    void everyActionOfEveryDefinitionHasExactlyOneOperationTakingItsData() {
        List<String> problems = new ArrayList<>();
        for (ProcedureKey key : ProcedureKey.values()) {
            ProcedureDefinition definition = Procedures.of(key);
            for (StepDefinition step : definition.steps()) {
                for (ActionDefinition<?> action : step.actions()) {
                    if (step == definition.intake() && action == step.actions().get(0)) {
                        continue; // taken when the report is opened (ReportIntake, OficioService)
                    }
                    List<Method> operations = ProcedureOperations.operations(key, action.key());
                    if (operations.size() != 1) {
                        problems.add(key.code() + " " + step.id() + " " + action.key() + ": " + operations.size()
                                + " operations");
                        continue;
                    }
                    Method operation = operations.get(0);
                    if (!List.of(ReportRef.class, action.dataType()).equals(List.of(operation.getParameterTypes()))
                            || operation.getReturnType() != ReportView.class) {
                        problems.add(key.code() + " " + action.key() + ": " + operation + " does not take "
                                + action.dataType().getSimpleName());
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void noOperationPerformsAnActionItsDefinitionLacks() {
        for (ProcedureKey key : ProcedureKey.values()) {
            Set<String> defined = Procedures.of(key).steps().stream().flatMap(s -> s.actions().stream())
                    .map(ActionDefinition::key).collect(Collectors.toSet());
            for (Method method : ProcedureOperations.beanOf(key).getMethods()) {
                Performs performs = method.getAnnotation(Performs.class);
                if (performs != null) {
                    assertTrue(defined.contains(performs.value()), key.code() + " " + method.getName());
                }
            }
        }
    }

    @Test
    void everyDataRecordHasAForm() {
        for (ProcedureKey key : ProcedureKey.values()) {
            for (StepDefinition step : Procedures.of(key).steps()) {
                for (ActionDefinition<?> action : step.actions()) {
                    List<FormField> fields = ActionForms.fields(action.dataType(), (record, component) -> null);
                    assertFalse(fields.isEmpty(), action.key());
                    fields.stream().filter(f -> f.kind() == FieldKind.ROWS)
                            .forEach(f -> assertFalse(f.columns().isEmpty(), action.key() + "." + f.name()));
                }
            }
        }
        FormField role = ActionForms.fields(Reassignment.class, (record, component) -> null).get(0);
        assertEquals(FieldKind.CHOICE, role.kind());
        assertTrue(role.required());
        assertTrue(role.choices().stream().anyMatch(c -> c.label().equals("Director DMIGA")), role.choices().toString());
        assertEquals(List.of("observations"), ActionForms.fields(SatCheck.class, (record, component) -> null).stream()
                .map(FormField::name).toList(), "SAT's verdict is asked, not typed");
        FormField procedure = ActionForms.fields(Classification.class, (record, component) -> null).get(0);
        assertEquals("PR-DMIGA-04 · " + ProcedureKey.PR_DMIGA_04.title(), procedure.choices().get(3).label());
    }

    @Test
    void anUploadComponentIsAFileFieldOfferingItsExtensions() {
        List<FormField> billing = ActionForms.fields(BillingCheck.class, (record, component) -> null);
        assertEquals(List.of("invoiceXml:FILE:.xml", "invoicePdf:FILE:.pdf", "dataCorrect:YES_NO:null",
                "problems:TEXTAREA:null", "observations:TEXTAREA:null"),
                billing.stream().map(f -> f.name() + ":" + f.kind() + ":" + f.accept()).toList());
        assertTrue(billing.get(0).required());
        assertEquals("Factura XML (CFDI)", billing.get(0).label());
    }
}
