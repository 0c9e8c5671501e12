package mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr03;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import mx.gob.veracruzmunicipio.dmiga.scr.account.Role;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ProcedureKey;
import mx.gob.veracruzmunicipio.dmiga.scr.signature.SignatureView;
import mx.gob.veracruzmunicipio.dmiga.scr.signature.SignedDocument;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ActionDefinition;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ProcedureDefinition;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Procedures;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Route;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.StepDefinition;

class EquipmentDictamenFlowTest {

    private static final ProcedureDefinition FLOW = EquipmentDictamenFlow.DEFINITION;

    @Test
    void theDefinitionBuildsAndIsTheRegisteredOne() {
        assertEquals(ProcedureKey.PR_DMIGA_03, FLOW.key());
        assertSame(FLOW, Procedures.of(ProcedureKey.PR_DMIGA_03));
        assertEquals(List.of("1", "1A", "2", "3", "5", "6"), FLOW.steps().stream().map(StepDefinition::id).toList());
        assertEquals("1", FLOW.intake().id());
    }

    @Test
    void everyStepIsReachableFromTheIntakeAndTheProcedureCanEnd() {
        Set<String> reached = new LinkedHashSet<>();
        Deque<String> pending = new ArrayDeque<>(List.of(FLOW.intake().id()));
        boolean ends = false;
        while (!pending.isEmpty()) {
            String id = pending.pop();
            if (!reached.add(id)) {
                continue;
            }
            for (ActionDefinition<?> action : FLOW.step(id).actions()) {
                for (Route<?> route : action.routes()) {
                    if (route.isEnd()) {
                        ends = true;
                    } else {
                        pending.push(route.target());
                    }
                }
            }
        }
        assertEquals(FLOW.steps().stream().map(StepDefinition::id).collect(java.util.stream.Collectors.toSet()),
                reached);
        assertTrue(ends);
    }

    @Test
    void theStepsBelongToTheSpecsRolesAndTheSignaturesWaitOutside() {
        assertEquals(Role.SECRETARIA, FLOW.step("1").role());
        assertTrue(FLOW.step("1").mayBeTakenBy(Role.CERO_PAPEL_CLIENT));
        assertEquals(Role.SECRETARIA, FLOW.step("1A").role());
        for (String id : List.of("2", "3", "5", "6")) {
            assertEquals(Role.MANTENIMIENTO, FLOW.step(id).role(), id);
            assertTrue(FLOW.step(id).target().toHours() > 0, id);
        }
        StepDefinition signatures = FLOW.step(EquipmentDictamenFlow.SIGNATURES_STEP);
        assertTrue(signatures.waitsOutside());
        assertTrue(signatures.mayBeTakenBy(Role.CERO_PAPEL_CLIENT));
        assertFalse(FLOW.step("3").waitsOutside());
    }

    @Test
    void eachVerdictIsWrittenAsItsOwnDecisionAndStaysAtVerification() {
        ActionDefinition<?> verify = FLOW.step("3").action(EquipmentDictamenFlow.VERIFY_ITEM).orElseThrow();
        List<Finding> findings = List.of(new Finding("Tarjeta madre", PartCondition.DANADA, null));
        Route<?> baja = verify.routeFor(null, new ItemVerification("INV-1", findings, Verdict.BAJA, null, null));
        Route<?> reparable = verify.routeFor(null,
                new ItemVerification("INV-1", findings, Verdict.REPARABLE, "Fuente de poder de 500 W", null));
        assertEquals("Daño irreversible u obsolescencia: el bien va al dictamen de baja", baja.label());
        assertEquals("Reparable: el dictamen indica sus requerimientos técnicos", reparable.label());
        assertEquals("3", baja.target());
        assertEquals("3", reparable.target());
        assertEquals(EquipmentDictamenFlow.SIGNATURES_STEP,
                FLOW.step("3").action(EquipmentDictamenFlow.ISSUE_DICTAMEN).orElseThrow().routes().get(0).target());
    }

    @Test
    void theDictamenNeedsTheRequestingAreaAndTheDirector() {
        List<SignatureView> none = List.of();
        assertEquals(List.of("Área solicitante: Tesorería Municipal",
                "Director de Modernización, Innovación y Gobierno Abierto"),
                DictamenSigners.missing("TES", "Tesorería Municipal", none));

        SignatureView area = signature("tesoreria municipal", "Tesorera Municipal");
        SignatureView subdirector = signature("DMIGA", "Subdirectora de Tecnologías");
        SignatureView director = signature("Direccion de Modernizacion Innovacion y Gobierno Abierto", "Director");
        assertEquals(List.of("Director de Modernización, Innovación y Gobierno Abierto"),
                DictamenSigners.missing("TES", "Tesorería Municipal", List.of(area, subdirector)));
        assertEquals(List.of("Área solicitante: Tesorería Municipal"),
                DictamenSigners.missing("TES", "Tesorería Municipal", List.of(director)));
        assertEquals(List.of(), DictamenSigners.missing("TES", "Tesorería Municipal", List.of(director, area)));
        assertEquals(List.of(), DictamenSigners.missing("TES", "Tesorería Municipal",
                List.of(signature("TES", "Jefe de oficina"), signature("DMIGA", "Directora DMIGA"))));
    }

    @Test
    void signaturesOfOtherDocumentsDoNotCount() {
        SignatureView onReport = new SignatureView("F", SignedDocument.REPORTE_SERVICIO, "Ana", "Tesorera",
                "Tesorería Municipal", Instant.EPOCH, 5, null, Instant.EPOCH, "ceropapel");
        SignatureView director = signature("DMIGA", "Director");
        assertEquals(List.of("Área solicitante: Tesorería Municipal"),
                DictamenSigners.missing("TES", "Tesorería Municipal", List.of(onReport, director)));
    }

    private static SignatureView signature(String department, String position) {
        return new SignatureView("F", SignedDocument.DICTAMEN_TECNICO, position + " de " + department, position,
                department, Instant.EPOCH, null, null, Instant.EPOCH, "ceropapel");
    }
}
