package mx.gob.veracruzmunicipio.dmiga.scr.it;

import static mx.gob.veracruzmunicipio.dmiga.scr.it.SignedIn.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import mx.gob.veracruzmunicipio.dmiga.scr.account.Role;
import mx.gob.veracruzmunicipio.dmiga.scr.catalog.CatalogAdministration;
import mx.gob.veracruzmunicipio.dmiga.scr.intake.PhoneRequest;
import mx.gob.veracruzmunicipio.dmiga.scr.intake.ReportIntake;
import mx.gob.veracruzmunicipio.dmiga.scr.oficio.OutgoingOficio;
import mx.gob.veracruzmunicipio.dmiga.scr.platform.InvalidInputException;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.MaterialReceipt;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.MaterialUse;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.MaterialUsed;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr01.EventAttention;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr01.RaisedReport;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr01.ServiceRating;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr01.ServiceReportProcedure;
import mx.gob.veracruzmunicipio.dmiga.scr.report.Channel;
import mx.gob.veracruzmunicipio.dmiga.scr.report.Priority;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ProcedureKey;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ReportStatus;
import mx.gob.veracruzmunicipio.dmiga.scr.report.Reports;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ServiceCategory;
import mx.gob.veracruzmunicipio.dmiga.scr.report.TimelineView;
import mx.gob.veracruzmunicipio.dmiga.scr.signature.SignatureView;
import mx.gob.veracruzmunicipio.dmiga.scr.signature.Signatures;
import mx.gob.veracruzmunicipio.dmiga.scr.signature.SignedDocument;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ActionData.Note;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ActionRefusedException;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ReplyOficio;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ReportView;

/** PR-DMIGA-01 by phone and by oficio, with and without missing material; stock, rating and refusals. */
@ExtendWith(ArquillianExtension.class)
class ServiceReportIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return ScrDeployment.earWith(ServiceReportIT.class, TestOficios.class);
    }

    @Inject
    ReportIntake intake;

    @Inject
    ServiceReportProcedure procedure;

    @Inject
    Reports reports;

    @Inject
    Signatures signatures;

    @Inject
    CatalogAdministration catalog;

    @Test
    void byPhoneMantenimientoRaisesTheReportAttendsWithStockAndTheAreaRates() throws Exception {
        String cable = newMaterial(100);
        String plugs = newMaterial(50);
        ReportView at3 = phoneRequest();
        assertEquals("3", at3.currentStep());
        assertEquals(Role.MANTENIMIENTO, at3.assignedRole());

        ReportView at4 = as("mantenimiento", "demo", () -> procedure.raiseReport(at3.ref(),
                new RaisedReport("Nodo de red sin señal en cajas", false, null)));
        assertEquals("4", at4.currentStep());
        ReportView at5 = as("mantenimiento", "demo", () -> procedure.attend(at4.ref(), new EventAttention(
                "Se reemplazó el cableado del nodo", List.of(new MaterialUse(cable, 12), new MaterialUse(plugs, 4),
                new MaterialUse(cable.toLowerCase(), 3)), null)));
        assertEquals("5", at5.currentStep());
        assertEquals(ReportStatus.EN_ESPERA, at5.status());
        assertEquals(null, at5.stepDueAt());

        ReportView at6 = as("ceropapel", "demo", () -> procedure.signAndRate(at5.ref(),
                new ServiceRating("Jefe de cajas", 5, "Muy rápido", null)));
        assertEquals("6", at6.currentStep());
        ReportView closed = as("secretaria", "demo", () -> procedure.close(at6.ref(), new Note(null)));
        assertEquals(ReportStatus.CERRADO, closed.status());

        assertEquals(85, quantity(cable));
        assertEquals(46, quantity(plugs));
        List<MaterialUsed> used = as("mantenimiento", "demo", () -> procedure.materialsUsed(at3.folio()));
        assertEquals(List.of(12, 4, 3), used.stream().map(MaterialUsed::quantity).toList());
        assertEquals(List.of(cable, plugs, cable), used.stream().map(MaterialUsed::materialCode).toList());
        assertTrue(used.stream().allMatch(u -> u.step().equals("4") && u.recordedBy().equals("mantenimiento")));

        List<TimelineView> timeline = timeline(at3.folio());
        assertEquals(List.of("RECIBIR", "LEVANTAR_REPORTE", "ATENDER", "FIRMAR_Y_CALIFICAR", "CERRAR"),
                timeline.stream().map(TimelineView::action).toList());
        assertEquals("Por teléfono: Mantenimiento levanta el reporte", timeline.get(0).decision());
        assertEquals("Firmado por: Jefe de cajas; Calificación: 5; Comentario: Muy rápido", timeline.get(3).details());
        assertEquals(Role.CERO_PAPEL_CLIENT, timeline.get(3).actorRole());
        assertTrue(timeline.get(2).details().contains(cable + " × 12"), timeline.get(2).details());
        assertIntact(at3.folio());
    }

    @Test
    void byPhoneWithMissingMaterialTheAreaAsksAdquisicionesAndTheReportGoesToClosing() throws Exception {
        ReportView at3 = phoneRequest();

        ReportView at6 = as("mantenimiento", "demo", () -> procedure.raiseReport(at3.ref(), new RaisedReport(
                "El conmutador requiere una tarjeta de extensiones", true,
                "El área debe solicitar a Adquisiciones: tarjeta de 8 extensiones analógicas")));
        assertEquals("6", at6.currentStep());
        assertEquals(Role.SECRETARIA, at6.assignedRole());
        ReportView closed = as("secretaria", "demo", () -> procedure.close(at6.ref(), new Note(null)));

        assertEquals(ReportStatus.CERRADO, closed.status());
        List<TimelineView> timeline = timeline(at3.folio());
        assertEquals(List.of("RECIBIR", "LEVANTAR_REPORTE", "CERRAR"), timeline.stream().map(TimelineView::action).toList());
        assertEquals("Por teléfono con material faltante: el área solicita el material a Adquisiciones",
                timeline.get(1).decision());
        assertEquals("El área debe solicitar a Adquisiciones: tarjeta de 8 extensiones analógicas",
                timeline.get(1).observations());
        assertTrue(as("director", "demo", () -> reports.outgoingOficios(at3.folio())).isEmpty());
        assertIntact(at3.folio());
    }

    @Test
    void missingMaterialByPhoneMustBeWrittenInTheObservations() throws Exception {
        ReportView at3 = phoneRequest();

        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> as("mantenimiento", "demo",
                () -> procedure.raiseReport(at3.ref(), new RaisedReport("Falta una tarjeta", true, " "))));

        assertEquals(List.of("Escriba en las observaciones el material que el área solicitante debe pedir a la "
                + "Subdirección de Adquisiciones."), refused.messages());
        assertUnchanged(at3, 1);
    }

    @Test
    void byOficioWithoutMissingMaterial() throws Exception {
        ReportView at2 = oficioRequest();
        assertEquals("2", at2.currentStep());
        assertEquals(Role.MANTENIMIENTO, at2.assignedRole());

        ReportView at3 = as("mantenimiento", "demo", () -> procedure.noMaterialNeeded(at2.ref(), new Note(null)));
        ReportView at4 = as("mantenimiento", "demo", () -> procedure.raiseReport(at3.ref(),
                new RaisedReport("Impresora de red sin IP", false, null)));
        ReportView at5 = as("mantenimiento", "demo", () -> procedure.attend(at4.ref(),
                new EventAttention("Se reconfiguró la impresora", null, null)));
        ReportView at6 = as("solicitante", "demo", () -> procedure.signAndRate(at5.ref(),
                new ServiceRating("C.P. Gabriela Torres Lima", 4, null, null)));
        ReportView closed = as("secretaria", "demo", () -> procedure.close(at6.ref(), new Note("Sin pendientes")));

        assertEquals(ReportStatus.CERRADO, closed.status());
        List<TimelineView> timeline = timeline(at2.folio());
        assertEquals(List.of("RECIBIR", "SIN_MATERIAL_FALTANTE", "LEVANTAR_REPORTE", "ATENDER", "FIRMAR_Y_CALIFICAR",
                "CERRAR"), timeline.stream().map(TimelineView::action).toList());
        assertEquals(Role.AREA_SOLICITANTE, timeline.get(4).actorRole());
        // Signed in SCR, the rating is kept with the report's signatures as Cero Papel's would be
        List<SignatureView> signed = as("director", "demo", () -> signatures.of(at2.folio()));
        assertEquals(1, signed.size());
        assertEquals(SignedDocument.REPORTE_SERVICIO, signed.get(0).document());
        assertEquals("C.P. Gabriela Torres Lima", signed.get(0).signerName());
        assertEquals(4, signed.get(0).rating());
        assertEquals("solicitante", signed.get(0).registeredBy());
        assertTrue(as("director", "demo", () -> reports.outgoingOficios(at2.folio())).isEmpty());
        assertTrue(as("mantenimiento", "demo", () -> procedure.materialsUsed(at2.folio())).isEmpty());
        assertIntact(at2.folio());
    }

    @Test
    void byOficioMissingMaterialIsRequestedFromAdquisicionesByOficioAndTheReportWaits() throws Exception {
        ReportView at2 = oficioRequest();

        ReportView waiting = as("mantenimiento", "demo", () -> procedure.requestMaterial(at2.ref(), new ReplyOficio(
                "Solicitud de material", "Se solicita un switch de 24 puertos para la Tesorería.", null)));
        assertEquals("2A", waiting.currentStep());
        assertEquals(ReportStatus.EN_ESPERA, waiting.status());
        List<OutgoingOficio> oficios = as("director", "demo", () -> reports.outgoingOficios(at2.folio()));
        assertEquals(1, oficios.size());
        assertEquals("Subdirección de Adquisiciones", oficios.get(0).getRecipient());

        ReportView at3 = as("mantenimiento", "demo", () -> procedure.materialReceived(waiting.ref(),
                new MaterialReceipt("Switch de 24 puertos, entrega ADQ-778", null)));
        assertEquals("3", at3.currentStep());
        assertEquals(ReportStatus.EN_TRAMITE, at3.status());
        ReportView at4 = as("mantenimiento", "demo", () -> procedure.raiseReport(at3.ref(),
                new RaisedReport("Instalar el switch", false, null)));
        ReportView at5 = as("mantenimiento", "demo", () -> procedure.attend(at4.ref(),
                new EventAttention("Switch instalado", List.of(), null)));
        ReportView at6 = as("ceropapel", "demo", () -> procedure.signAndRate(at5.ref(),
                new ServiceRating("C.P. Gabriela Torres Lima", 3, "Tardó la compra", null)));
        ReportView closed = as("secretaria", "demo", () -> procedure.close(at6.ref(), new Note(null)));

        assertEquals(ReportStatus.CERRADO, closed.status());
        assertEquals(List.of("RECIBIR", "SOLICITAR_MATERIAL", "MATERIAL_RECIBIDO", "LEVANTAR_REPORTE", "ATENDER",
                "FIRMAR_Y_CALIFICAR", "CERRAR"), timeline(at2.folio()).stream().map(TimelineView::action).toList());
        assertIntact(at2.folio());
    }

    @Test
    void anOficioCannotSkipTheRequestToAdquisicionesWhenRaisingTheReport() throws Exception {
        ReportView at3 = as("mantenimiento", "demo", () -> procedure.noMaterialNeeded(oficioRequest().ref(),
                new Note(null)));

        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> as("mantenimiento", "demo",
                () -> procedure.raiseReport(at3.ref(), new RaisedReport("Falta material", true, "Un switch"))));

        assertTrue(refused.getMessage().contains("se solicita a Adquisiciones en el paso 2"), refused.getMessage());
        assertUnchanged(at3, 2);
    }

    @Test
    void insufficientStockIsRefusedWithTheCatalogsMessageAndNothingIsWritten() throws Exception {
        String cable = newMaterial(30);
        String plugs = newMaterial(4);
        ReportView at4 = as("mantenimiento", "demo", () -> procedure.raiseReport(phoneRequest().ref(),
                new RaisedReport("Nodo dañado", false, null)));

        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> as("mantenimiento", "demo",
                () -> procedure.attend(at4.ref(), new EventAttention("Cableado",
                        List.of(new MaterialUse(cable, 10), new MaterialUse(plugs, 10)), null))));

        assertEquals(List.of("No hay existencia suficiente de «Material de prueba» (" + plugs
                + "): se solicitaron 10 piezas y solo hay 4 piezas disponibles."), refused.messages());
        assertEquals(30, quantity(cable));
        assertEquals(4, quantity(plugs));
        assertEquals(1, as("admin", "demo", () -> catalog.stockMovements(cable)).size());
        assertTrue(as("mantenimiento", "demo", () -> procedure.materialsUsed(at4.folio())).isEmpty());
        assertUnchanged(at4, 2);
    }

    @Test
    void aRoleThatDoesNotOwnTheStepIsRefusedAndNothingIsWritten() throws Exception {
        String cable = newMaterial(10);
        ReportView at4 = as("mantenimiento", "demo", () -> procedure.raiseReport(phoneRequest().ref(),
                new RaisedReport("Nodo dañado", false, null)));

        ActionRefusedException refused = assertThrows(ActionRefusedException.class, () -> as("secretaria", "demo",
                () -> procedure.attend(at4.ref(), new EventAttention("Yo lo atiendo",
                        List.of(new MaterialUse(cable, 2)), null))));

        assertEquals("Su usuario no puede actuar en el paso 4 («Atender el evento») del reporte " + at4.folio()
                + ": se requiere el rol Departamento de Mantenimiento y Atención a Usuarios.", refused.getMessage());
        assertEquals(10, quantity(cable));
        assertUnchanged(at4, 2);
    }

    @Test
    void missingDataIsRefusedWithSpanishMessagesNamingTheFields() throws Exception {
        ReportView at3 = phoneRequest();

        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> as("mantenimiento", "demo",
                () -> procedure.raiseReport(at3.ref(), new RaisedReport(" ", null, null))));

        assertEquals(List.of("El diagnóstico del reporte de servicio es obligatorio.",
                "Indique si se requiere material con el que no cuenta la Dirección."), refused.messages());
        assertUnchanged(at3, 1);
    }

    @Test
    void theRatingIsRequiredAndFromOneToFive() throws Exception {
        ReportView at4 = as("mantenimiento", "demo", () -> procedure.raiseReport(phoneRequest().ref(),
                new RaisedReport("Teléfono sin tono", false, null)));
        ReportView at5 = as("mantenimiento", "demo", () -> procedure.attend(at4.ref(),
                new EventAttention("Se cambió el cordón", null, null)));

        for (Integer rating : new Integer[] {0, 6}) {
            InvalidInputException refused = assertThrows(InvalidInputException.class, () -> as("ceropapel", "demo",
                    () -> procedure.signAndRate(at5.ref(), new ServiceRating("Jefe de cajas", rating, null, null))));
            assertEquals(List.of("La calificación del servicio debe ser un número del 1 al 5."), refused.messages());
        }
        InvalidInputException missing = assertThrows(InvalidInputException.class, () -> as("ceropapel", "demo",
                () -> procedure.signAndRate(at5.ref(), new ServiceRating("Jefe de cajas", null, "Bien", null))));
        assertEquals(List.of("La calificación del servicio es obligatoria."), missing.messages());
        assertThrows(ActionRefusedException.class, () -> as("mantenimiento", "demo",
                () -> procedure.signAndRate(at5.ref(), new ServiceRating("Jefe de cajas", 5, null, null))));
        assertUnchanged(at5, 3);

        ReportView at6 = as("ceropapel", "demo", () -> procedure.signAndRate(at5.ref(),
                new ServiceRating("Jefe de cajas", 1, "Tardaron", null)));
        assertEquals("6", at6.currentStep());
    }

    private ReportView phoneRequest() throws Exception {
        ReportView view = as("secretaria", "demo", () -> intake.registerPhoneRequest(new PhoneRequest(
                ProcedureKey.PR_DMIGA_01, "TES", ServiceCategory.ASISTENCIA_TECNICA, Priority.MEDIA,
                "Sin red en cajas", "Las cajas 3 y 4 no tienen red", "Jefe de cajas", null)));
        assertEquals(Channel.TELEFONO, view.channel());
        return view;
    }

    private ReportView oficioRequest() throws Exception {
        String folio = as("ceropapel", "demo", () -> intake.receiveOficio(TestOficios.asking(ProcedureKey.PR_DMIGA_01,
                ServiceCategory.MANTENIMIENTO_EQUIPO, "Mantenimiento a la impresora de red"))).folio();
        return view(folio);
    }

    private String newMaterial(int quantity) throws Exception {
        String code = "PR01-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        as("admin", "demo", () -> catalog.registerMaterial(code, "Material de prueba", "piezas", quantity));
        return code;
    }

    private int quantity(String code) throws Exception {
        return as("admin", "demo", () -> catalog.findMaterial(code)).orElseThrow().getQuantityInStock();
    }

    private void assertUnchanged(ReportView before, int entries) throws Exception {
        ReportView after = view(before.folio());
        assertEquals(before.version(), after.version());
        assertEquals(before.currentStep(), after.currentStep());
        assertEquals(entries, timeline(before.folio()).size());
        assertIntact(before.folio());
    }

    private void assertIntact(String folio) throws Exception {
        assertTrue(as("director", "demo", () -> reports.verifyTimeline(folio)).intact());
    }

    private List<TimelineView> timeline(String folio) throws Exception {
        return as("director", "demo", () -> reports.timeline(folio));
    }

    private ReportView view(String folio) throws Exception {
        return as("director", "demo", () -> reports.view(folio));
    }
}
