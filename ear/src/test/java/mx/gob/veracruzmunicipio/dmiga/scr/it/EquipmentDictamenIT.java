package mx.gob.veracruzmunicipio.dmiga.scr.it;

import static mx.gob.veracruzmunicipio.dmiga.scr.it.SignedIn.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import mx.gob.veracruzmunicipio.dmiga.scr.account.Role;
import mx.gob.veracruzmunicipio.dmiga.scr.intake.ReportIntake;
import mx.gob.veracruzmunicipio.dmiga.scr.platform.InvalidInputException;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr03.DictamenSignature;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr03.DictamenView;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr03.EquipmentDictamenProcedure;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr03.EquipmentReception;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr03.Finding;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr03.ItemVerification;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr03.PartCondition;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr03.ReceivedItem;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr03.Verdict;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ProcedureKey;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ReportStatus;
import mx.gob.veracruzmunicipio.dmiga.scr.report.Reports;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ServiceCategory;
import mx.gob.veracruzmunicipio.dmiga.scr.report.TimelineView;
import mx.gob.veracruzmunicipio.dmiga.scr.signature.SignedDocument;
import mx.gob.veracruzmunicipio.dmiga.scr.signature.Signatures;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ActionData.Note;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ActionRefusedException;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ReportView;

/** PR-DMIGA-03 through its session bean: items, verdicts, the dictamen, its signatures; and the refusals. */
@ExtendWith(ArquillianExtension.class)
class EquipmentDictamenIT {

    private static final Instant SIGNED = Instant.parse("2026-11-25T17:00:00Z");

    @Deployment
    static EnterpriseArchive deployment() {
        return ScrDeployment.earWith(EquipmentDictamenIT.class, TestOficios.class);
    }

    @Inject
    ReportIntake intake;

    @Inject
    EquipmentDictamenProcedure procedure;

    @Inject
    Signatures signatures;

    @Inject
    Reports reports;

    @Test
    void threeItemsAreDictaminatedSignedByTheAreaAndTheDirectorAndTheReportIsClosed() throws Exception {
        ReportView at3 = reportAtStep3();
        String folio = at3.folio();
        assertEquals(Role.MANTENIMIENTO, at3.assignedRole());

        ReportView v1 = as("mantenimiento", "demo", () -> procedure.verifyItem(at3.ref(), new ItemVerification(
                "TES-0101", List.of(new Finding("Tarjeta madre", PartCondition.DANADA, "Capacitores inflados"),
                        new Finding("Procesador", PartCondition.OBSOLETA, null)), Verdict.BAJA, null, null)));
        ReportView v2 = as("mantenimiento", "demo", () -> procedure.verifyItem(v1.ref(), new ItemVerification(
                "TES-0102", List.of(new Finding("Cabezal de impresión", PartCondition.DANADA, null)),
                Verdict.BAJA, null, "Sin refacciones en el mercado")));
        ReportView v3 = as("mantenimiento", "demo", () -> procedure.verifyItem(v2.ref(), new ItemVerification(
                "TES-0103", List.of(new Finding("Disco duro", PartCondition.DANADA, "Sectores defectuosos")),
                Verdict.REPARABLE, "Disco de estado sólido de 480 GB", null)));
        assertEquals("3", v3.currentStep());

        ReportView at5 = as("mantenimiento", "demo", () -> procedure.issueDictamen(v3.ref(), new Note(null)));
        assertEquals("5", at5.currentStep());
        assertEquals(ReportStatus.EN_ESPERA, at5.status());

        ReportView stillAt5 = as("ceropapel", "demo", () -> procedure.sign(at5.ref(),
                areaSignature("Tesorería Municipal")));
        assertEquals("5", stillAt5.currentStep());
        assertEquals(ReportStatus.EN_ESPERA, stillAt5.status());

        // Cero Papel retries the same signature with the version it had: the first one stands.
        ReportView retried = as("ceropapel", "demo", () -> procedure.sign(at5.ref(),
                areaSignature("Tesorería Municipal")));
        assertEquals(stillAt5.version(), retried.version());
        assertEquals(1, as("director", "demo", () -> signatures.of(folio, SignedDocument.DICTAMEN_TECNICO)).size());

        ReportView at6 = as("ceropapel", "demo", () -> procedure.sign(stillAt5.ref(), new DictamenSignature(
                "Ricardo Solís Aguirre", "Director", "DMIGA", SIGNED, "Se autoriza la baja")));
        assertEquals("6", at6.currentStep());
        assertEquals(Role.MANTENIMIENTO, at6.assignedRole());
        // A late retry after the step moved on changes nothing either.
        assertEquals(at6.version(), as("ceropapel", "demo", () -> procedure.sign(stillAt5.ref(),
                areaSignature("Tesorería Municipal"))).version());

        ReportView closed = as("mantenimiento", "demo", () -> procedure.close(at6.ref(), new Note("Bienes entregados")));
        assertEquals(ReportStatus.CERRADO, closed.status());
        assertNull(closed.currentStep());

        List<TimelineView> timeline = as("director", "demo", () -> reports.timeline(folio));
        assertEquals(List.of("RECIBIR", "CAPTURAR_REPORTE", "RECIBIR_EQUIPO", "VERIFICAR_BIEN", "VERIFICAR_BIEN",
                "VERIFICAR_BIEN", "EMITIR_DICTAMEN", "FIRMAR", "FIRMAR", "CERRAR"),
                timeline.stream().map(TimelineView::action).toList());
        assertEquals("Daño irreversible u obsolescencia: el bien va al dictamen de baja", timeline.get(3).decision());
        assertEquals("Reparable: el dictamen indica sus requerimientos técnicos", timeline.get(5).decision());
        assertTrue(timeline.get(5).details().contains("Requerimientos técnicos: Disco de estado sólido de 480 GB"),
                timeline.get(5).details());
        assertEquals("Firma registrada: faltan firmas", timeline.get(7).decision());
        assertEquals("Firmas completas: área solicitante y Director DMIGA", timeline.get(8).decision());
        assertEquals(Role.CERO_PAPEL_CLIENT, timeline.get(8).actorRole());
        assertTrue(as("director", "demo", () -> reports.verifyTimeline(folio)).intact());

        DictamenView dictamen = as("director", "demo", () -> procedure.dictamen(folio));
        assertEquals(folio, dictamen.folio());
        assertEquals("Tesorería Municipal", dictamen.requestingDepartment());
        assertNotNull(dictamen.date());
        assertEquals("mantenimiento", dictamen.issuedBy());
        assertTrue(dictamen.legalBasis().startsWith("Artículos 95 y 107 de la Ley de Adquisiciones"));
        assertEquals(List.of("TES-0101", "TES-0102", "TES-0103"),
                dictamen.items().stream().map(DictamenView.Item::inventoryNumber).toList());
        assertEquals(List.of(Verdict.BAJA, Verdict.BAJA, Verdict.REPARABLE),
                dictamen.items().stream().map(DictamenView.Item::verdict).toList());
        DictamenView.Item first = dictamen.items().get(0);
        assertEquals("Computadora de escritorio", first.type());
        assertEquals(List.of(new Finding("Tarjeta madre", PartCondition.DANADA, "Capacitores inflados"),
                new Finding("Procesador", PartCondition.OBSOLETA, null)), first.findings());
        assertNull(first.requirements());
        assertEquals("Disco de estado sólido de 480 GB", dictamen.items().get(2).requirements());
        assertEquals(2, dictamen.itemsFor(Verdict.BAJA).size());
        assertEquals(List.of("Laura Pérez Gómez", "Ricardo Solís Aguirre"),
                dictamen.signatures().stream().map(s -> s.signerName()).toList());
        assertTrue(dictamen.fullySigned());
    }

    @Test
    void aRoleThatDoesNotOwnTheStepIsRefusedAndNothingIsWritten() throws Exception {
        ReportView at2 = reportAtStep2();
        ActionRefusedException refused = assertThrows(ActionRefusedException.class, () -> as("secretaria", "demo",
                () -> procedure.receiveEquipment(at2.ref(), threeItems())));
        assertEquals("Su usuario no puede actuar en el paso 2 («Recibir el equipo informático o de telefonía») del "
                + "reporte " + at2.folio() + ": se requiere el rol Departamento de Mantenimiento y Atención a Usuarios.",
                refused.getMessage());
        assertUnchanged(at2, 2);
        assertEquals(List.of(), as("director", "demo", () -> procedure.dictamen(at2.folio())).items());

        ReportView at3 = as("mantenimiento", "demo", () -> procedure.receiveEquipment(at2.ref(), threeItems()));
        assertThrows(ActionRefusedException.class, () -> as("secretaria", "demo", () -> procedure.verifyItem(
                at3.ref(), new ItemVerification("TES-0101", List.of(new Finding("Fuente", PartCondition.DANADA, null)),
                        Verdict.BAJA, null, null))));
        assertUnchanged(at3, 3);
        assertNull(as("director", "demo", () -> procedure.dictamen(at3.folio())).items().get(0).verdict());
    }

    @Test
    void onlyCeroPapelOrMantenimientoRegisterSignaturesAndNothingIsWrittenOtherwise() throws Exception {
        ReportView at5 = reportAtStep5();

        assertThrows(ActionRefusedException.class, () -> as("secretaria", "demo", () -> procedure.sign(at5.ref(),
                areaSignature("Tesorería Municipal"))));

        assertUnchanged(at5, 7);
        assertEquals(List.of(), as("director", "demo", () -> signatures.of(at5.folio())));
        // A retry is answered only to whoever could have signed: the signature is now there.
        ReportView signed = as("mantenimiento", "demo", () -> procedure.sign(at5.ref(),
                areaSignature("Tesorería Municipal")));
        assertThrows(ActionRefusedException.class, () -> as("secretaria", "demo", () -> procedure.sign(signed.ref(),
                areaSignature("Tesorería Municipal"))));
    }

    @Test
    void aRepairableItemWithoutRequirementsIsRefusedAndNothingIsWritten() throws Exception {
        ReportView at3 = reportAtStep3();

        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> as("mantenimiento", "demo",
                () -> procedure.verifyItem(at3.ref(), new ItemVerification("TES-0103",
                        List.of(new Finding("Disco duro", PartCondition.DANADA, null)), Verdict.REPARABLE, "  ",
                        null))));

        assertEquals(List.of("Un bien reparable requiere los requerimientos técnicos que necesita para funcionar."),
                refused.messages());
        assertUnchanged(at3, 3);
        DictamenView.Item item = as("director", "demo", () -> procedure.dictamen(at3.folio())).items().get(2);
        assertNull(item.verdict());
        assertEquals(List.of(), item.findings());
    }

    @Test
    void anItemThatWasNotReceivedCannotBeVerified() throws Exception {
        ReportView at3 = reportAtStep3();

        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> as("mantenimiento", "demo",
                () -> procedure.verifyItem(at3.ref(), new ItemVerification("TES-9999",
                        List.of(new Finding("Fuente", PartCondition.DANADA, null)), Verdict.BAJA, null, null))));

        assertEquals(List.of("No se recibió ningún bien con número de inventario «TES-9999» en el reporte "
                + at3.folio() + "."), refused.messages());
        assertUnchanged(at3, 3);
    }

    @Test
    void theDictamenIsNotIssuedWhileAnItemLacksItsVerdictAndTheMessageNamesIt() throws Exception {
        ReportView at3 = reportAtStep3();
        ReportView v1 = as("mantenimiento", "demo", () -> procedure.verifyItem(at3.ref(), new ItemVerification(
                "TES-0101", List.of(new Finding("Tarjeta madre", PartCondition.DANADA, null)), Verdict.BAJA, null,
                null)));

        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> as("mantenimiento", "demo",
                () -> procedure.issueDictamen(v1.ref(), new Note(null))));

        assertEquals(List.of(
                "El bien «TES-0102» (Impresora HP LaserJet P1102) no tiene dictamen: indique sus partes dañadas u "
                        + "obsoletas y si procede su baja o es reparable.",
                "El bien «TES-0103» (Computadora portátil Lenovo ThinkPad T440) no tiene dictamen: indique sus partes "
                        + "dañadas u obsoletas y si procede su baja o es reparable."), refused.messages());
        assertUnchanged(v1, 4);
        assertNull(as("director", "demo", () -> procedure.dictamen(v1.folio())).issuedAt());
    }

    @Test
    void repeatedInventoryNumbersAndIncompleteItemsAreRefusedOnReception() throws Exception {
        ReportView at2 = reportAtStep2();

        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> as("mantenimiento", "demo",
                () -> procedure.receiveEquipment(at2.ref(), new EquipmentReception(List.of(
                        new ReceivedItem("TES-0101", "Monitor", "Dell", "E1916H", "CN-0001"),
                        new ReceivedItem("TES-0101", "Monitor", "Dell", "E1916H", "")), null))));

        assertEquals(List.of("Cada bien recibido debe tener un número de inventario distinto.",
                "El número de serie del equipo es obligatorio."), refused.messages());
        assertUnchanged(at2, 2);
    }

    private ReportView reportAtStep2() throws Exception {
        String folio = as("ceropapel", "demo", () -> intake.receiveOficio(TestOficios.asking(ProcedureKey.PR_DMIGA_03,
                ServiceCategory.MANTENIMIENTO_EQUIPO, "Dictamen técnico para baja de equipo de cómputo"))).folio();
        ReportView at1a = view(folio);
        assertEquals("1A", at1a.currentStep());
        assertEquals(Role.SECRETARIA, at1a.assignedRole());
        return as("secretaria", "demo", () -> procedure.captureReport(at1a.ref(), new Note(null)));
    }

    private ReportView reportAtStep3() throws Exception {
        ReportView at2 = reportAtStep2();
        return as("mantenimiento", "demo", () -> procedure.receiveEquipment(at2.ref(), threeItems()));
    }

    private ReportView reportAtStep5() throws Exception {
        ReportView at3 = reportAtStep3();
        ReportView current = at3;
        for (String number : List.of("TES-0101", "TES-0102", "TES-0103")) {
            ReportView before = current;
            current = as("mantenimiento", "demo", () -> procedure.verifyItem(before.ref(), new ItemVerification(number,
                    List.of(new Finding("Fuente de poder", PartCondition.DANADA, null)), Verdict.BAJA, null, null)));
        }
        ReportView verified = current;
        return as("mantenimiento", "demo", () -> procedure.issueDictamen(verified.ref(), new Note(null)));
    }

    private static EquipmentReception threeItems() {
        return new EquipmentReception(List.of(
                new ReceivedItem("TES-0101", "Computadora de escritorio", "Dell", "OptiPlex 3020", "5XK2Q12"),
                new ReceivedItem("TES-0102", "Impresora", "HP", "LaserJet P1102", "VNC3H12345"),
                new ReceivedItem("TES-0103", "Computadora portátil", "Lenovo", "ThinkPad T440", "PB-0A1B2C")),
                "Se reciben con etiqueta de inventario");
    }

    private static DictamenSignature areaSignature(String department) {
        return new DictamenSignature("Laura Pérez Gómez", "Jefa de oficina", department, SIGNED, null);
    }

    private void assertUnchanged(ReportView before, int timelineLength) throws Exception {
        ReportView after = view(before.folio());
        assertEquals(before.version(), after.version());
        assertEquals(before.currentStep(), after.currentStep());
        assertEquals(timelineLength, as("director", "demo", () -> reports.timeline(before.folio())).size());
    }

    private ReportView view(String folio) throws Exception {
        return as("director", "demo", () -> reports.view(folio));
    }
}
