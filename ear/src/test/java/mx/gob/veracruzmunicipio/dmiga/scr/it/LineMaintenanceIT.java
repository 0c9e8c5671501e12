package mx.gob.veracruzmunicipio.dmiga.scr.it;

import static mx.gob.veracruzmunicipio.dmiga.scr.it.SignedIn.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.ejb.EJBAccessException;
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
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr02.DamageAnalysis;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr02.GoodsToRequest;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr02.LineMaintenanceProcedure;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr02.LineWork;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr02.MaintenanceType;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr02.MaterialFromStock;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr02.ProviderFault;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr02.ProviderOutcome;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr02.ProviderTicket;
import mx.gob.veracruzmunicipio.dmiga.scr.report.Priority;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ProcedureKey;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ReportStatus;
import mx.gob.veracruzmunicipio.dmiga.scr.report.Reports;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ServiceCategory;
import mx.gob.veracruzmunicipio.dmiga.scr.report.TimelineView;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ActionData.Note;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ActionRefusedException;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ReplyOficio;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ReportView;

/** PR-DMIGA-02: provider tickets, material from stock or from the area, phone and oficio, the queue. */
@ExtendWith(ArquillianExtension.class)
class LineMaintenanceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return ScrDeployment.earWith(LineMaintenanceIT.class, TestOficios.class);
    }

    @Inject
    ReportIntake intake;

    @Inject
    LineMaintenanceProcedure procedure;

    @Inject
    Reports reports;

    @Inject
    CatalogAdministration catalog;

    @Test
    void aProviderFaultRecordsItsTicketWaitsAndClosesWhenTheProviderResolvesIt() throws Exception {
        ReportView at2 = phoneRequest(Priority.ALTA);
        assertEquals("2", at2.currentStep());

        ReportView waiting = as("mantenimiento", "demo", () -> procedure.reportProviderFault(at2.ref(),
                new ProviderFault("Sin tono en las 20 líneas del edificio", "tmx850101ab1", "TK-55821", null)));
        assertEquals("2A", waiting.currentStep());
        assertEquals(ReportStatus.EN_ESPERA, waiting.status());
        assertNull(waiting.stepDueAt());
        List<ProviderTicket.View> tickets = as("mantenimiento", "demo", () -> procedure.providerTickets(at2.folio()));
        assertEquals(1, tickets.size());
        assertEquals("TMX850101AB1", tickets.get(0).providerRfc());
        assertEquals("TK-55821", tickets.get(0).ticketNumber());
        assertNull(tickets.get(0).resolvedAt());

        ReportView at5 = as("mantenimiento", "demo", () -> procedure.recordProviderOutcome(waiting.ref(),
                new ProviderOutcome("Telmex reparó la troncal", true, null)));
        assertEquals("5", at5.currentStep());
        ReportView closed = as("secretaria", "demo", () -> procedure.close(at5.ref(), new Note(null)));

        assertEquals(ReportStatus.CERRADO, closed.status());
        ProviderTicket.View answered = as("director", "demo", () -> procedure.providerTickets(at2.folio())).get(0);
        assertEquals("Telmex reparó la troncal", answered.outcome());
        assertTrue(answered.resolvedAt() != null);
        assertTrue(as("director", "demo", () -> reports.outgoingOficios(at2.folio())).isEmpty(),
                "by phone: no reply oficio");
        List<TimelineView> timeline = timeline(at2.folio());
        assertEquals(List.of("RECIBIR", "FALLA_DEL_PROVEEDOR", "ATENCION_DEL_PROVEEDOR", "CERRAR"),
                timeline.stream().map(TimelineView::action).toList());
        assertEquals("Reporte cerrado", timeline.get(3).decision());
        assertIntact(at2.folio());
    }

    @Test
    void afterTheProviderTheDirectorateFinishesWithMaterialFromStock() throws Exception {
        String cable = newMaterial(40);
        ReportView waiting = as("mantenimiento", "demo", () -> procedure.reportProviderFault(phoneRequest(Priority.MEDIA)
                .ref(), new ProviderFault("Enlace de datos caído", "TPT030612EF3", "TP-100", null)));
        ReportView at3 = as("mantenimiento", "demo", () -> procedure.recordProviderOutcome(waiting.ref(),
                new ProviderOutcome("Total Play restableció el enlace; falta el cableado interno", false, null)));
        assertEquals("3", at3.currentStep());

        ReportView at4 = as("mantenimiento", "demo", () -> procedure.takeMaterialFromStock(at3.ref(),
                new MaterialFromStock(List.of(new MaterialUse(cable, 15)), null)));
        ReportView at5 = as("mantenimiento", "demo", () -> procedure.attend(at4.ref(),
                new LineWork(MaintenanceType.CORRECTIVO, "Se recableó el site", null)));
        ReportView closed = as("secretaria", "demo", () -> procedure.close(at5.ref(), new Note(null)));

        assertEquals(ReportStatus.CERRADO, closed.status());
        assertEquals(25, quantity(cable));
        List<MaterialUsed> used = as("mantenimiento", "demo", () -> procedure.materialsUsed(at3.folio()));
        assertEquals(1, used.size());
        assertEquals(15, used.get(0).quantity());
        assertEquals("3", used.get(0).step());
        assertTrue(timeline(at3.folio()).get(4).details().contains("Mantenimiento correctivo"));
        assertIntact(at3.folio());
    }

    @Test
    void byOficioWithMissingMaterialTheAreaGetsTheListAndTheReplyGoesByOficio() throws Exception {
        String folio = as("ceropapel", "demo", () -> intake.receiveOficio(TestOficios.asking(ProcedureKey.PR_DMIGA_02,
                ServiceCategory.LINEA_TELEFONICA, "Instalar 4 extensiones en cajas"))).folio();
        ReportView at2 = view(folio);
        ReportView at3 = as("mantenimiento", "demo", () -> procedure.analyze(at2.ref(),
                new DamageAnalysis("Se requieren 4 nodos nuevos", null)));

        ReportView waiting = as("mantenimiento", "demo", () -> procedure.requestGoods(at3.ref(),
                new GoodsToRequest(List.of("4 teléfonos analógicos", "Tarjeta de 8 extensiones"), null)));
        assertEquals("3A", waiting.currentStep());
        assertEquals(ReportStatus.EN_ESPERA, waiting.status());
        List<OutgoingOficio> toArea = as("director", "demo", () -> reports.outgoingOficios(folio));
        assertEquals(1, toArea.size());
        assertEquals("Tesorería Municipal", toArea.get(0).getRecipient());
        assertTrue(toArea.get(0).getBody().contains("- 4 teléfonos analógicos\n- Tarjeta de 8 extensiones"),
                toArea.get(0).getBody());

        ReportView at4 = as("mantenimiento", "demo", () -> procedure.goodsReceived(waiting.ref(),
                new MaterialReceipt("Teléfonos y tarjeta entregados por la Tesorería", null)));
        ReportView at5 = as("mantenimiento", "demo", () -> procedure.attend(at4.ref(),
                new LineWork(MaintenanceType.INSTALACION, "Se instalaron 4 extensiones", null)));
        ReportView at5A = as("secretaria", "demo", () -> procedure.close(at5.ref(), new Note(null)));
        assertEquals("5A", at5A.currentStep());
        ReportView closed = as("secretaria", "demo", () -> procedure.reply(at5A.ref(), new ReplyOficio(
                "Atención a su solicitud", "Se instalaron las 4 extensiones solicitadas.", null)));

        assertEquals(ReportStatus.CERRADO, closed.status());
        List<OutgoingOficio> oficios = as("director", "demo", () -> reports.outgoingOficios(folio));
        assertEquals(2, oficios.size());
        assertEquals("Atención a su solicitud", oficios.get(1).getSubject());
        assertEquals(List.of("RECIBIR", "ANALIZAR", "BIENES_POR_SOLICITAR", "BIENES_RECIBIDOS", "ATENDER", "CERRAR",
                "RESPONDER"), timeline(folio).stream().map(TimelineView::action).toList());
        assertIntact(folio);
    }

    @Test
    void byPhoneWithMaterialInStockTheStockGoesDownByWhatWasUsed() throws Exception {
        String cable = newMaterial(20);
        String jacks = newMaterial(10);
        ReportView at3 = as("mantenimiento", "demo", () -> procedure.analyze(phoneRequest(Priority.BAJA).ref(),
                new DamageAnalysis("Nodo roto", null)));
        ReportView at4 = as("mantenimiento", "demo", () -> procedure.takeMaterialFromStock(at3.ref(),
                new MaterialFromStock(List.of(new MaterialUse(cable, 7), new MaterialUse(jacks, 2)), null)));
        ReportView at5 = as("mantenimiento", "demo", () -> procedure.attend(at4.ref(),
                new LineWork(MaintenanceType.CORRECTIVO, "Nodo reemplazado", null)));
        ReportView closed = as("secretaria", "demo", () -> procedure.close(at5.ref(), new Note(null)));

        assertEquals(ReportStatus.CERRADO, closed.status());
        assertEquals(13, quantity(cable));
        assertEquals(8, quantity(jacks));
        assertTrue(as("director", "demo", () -> reports.outgoingOficios(at3.folio())).isEmpty());
        assertIntact(at3.folio());
    }

    @Test
    void insufficientStockIsRefusedAndNothingIsWritten() throws Exception {
        String cable = newMaterial(20);
        String jacks = newMaterial(1);
        ReportView at3 = as("mantenimiento", "demo", () -> procedure.analyze(phoneRequest(Priority.BAJA).ref(),
                new DamageAnalysis("Nodo roto", null)));

        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> as("mantenimiento", "demo",
                () -> procedure.takeMaterialFromStock(at3.ref(), new MaterialFromStock(
                        List.of(new MaterialUse(cable, 7), new MaterialUse(jacks, 2)), null))));

        assertEquals(List.of("No hay existencia suficiente de «Material de prueba» (" + jacks
                + "): se solicitaron 2 piezas y solo hay 1 piezas disponibles."), refused.messages());
        assertEquals(20, quantity(cable));
        assertEquals(1, quantity(jacks));
        assertTrue(as("mantenimiento", "demo", () -> procedure.materialsUsed(at3.folio())).isEmpty());
        assertUnchanged(at3, 2);
    }

    @Test
    void anUnknownProviderOrAMissingTicketIsRefusedAndNothingIsWritten() throws Exception {
        ReportView at2 = phoneRequest(Priority.MEDIA);

        InvalidInputException unknown = assertThrows(InvalidInputException.class, () -> as("mantenimiento", "demo",
                () -> procedure.reportProviderFault(at2.ref(), new ProviderFault("Falla", "XXX010101AAA", "T-1", null))));
        assertEquals(List.of("No existe un proveedor activo con el RFC «XXX010101AAA» en el catálogo."),
                unknown.messages());
        InvalidInputException missing = assertThrows(InvalidInputException.class, () -> as("mantenimiento", "demo",
                () -> procedure.reportProviderFault(at2.ref(), new ProviderFault("Falla", "TMX850101AB1", " ", null))));
        assertEquals(List.of("El número de ticket de la mesa de ayuda del proveedor es obligatorio."),
                missing.messages());

        assertTrue(as("mantenimiento", "demo", () -> procedure.providerTickets(at2.folio())).isEmpty());
        assertUnchanged(at2, 1);
    }

    @Test
    void aRoleThatDoesNotOwnTheStepIsRefusedAndNothingIsWritten() throws Exception {
        ReportView at2 = phoneRequest(Priority.MEDIA);

        ActionRefusedException refused = assertThrows(ActionRefusedException.class, () -> as("secretaria", "demo",
                () -> procedure.analyze(at2.ref(), new DamageAnalysis("Lo reviso yo", null))));

        assertEquals("Su usuario no puede actuar en el paso 2 («Verificar y analizar el daño en sitio») del reporte "
                + at2.folio() + ": se requiere el rol Departamento de Mantenimiento y Atención a Usuarios.",
                refused.getMessage());
        assertUnchanged(at2, 1);
    }

    @Test
    void theQueueListsTheGreatestImpactFirstThenTheOldest() throws Exception {
        String low = phoneRequest(Priority.BAJA).folio();
        String critical = phoneRequest(Priority.CRITICA).folio();
        String medium = phoneRequest(Priority.MEDIA).folio();
        String laterCritical = phoneRequest(Priority.CRITICA).folio();
        ReportView high = phoneRequest(Priority.ALTA);
        // Waiting on a provider is still open: it stays in the queue at its impact.
        as("mantenimiento", "demo", () -> procedure.reportProviderFault(high.ref(),
                new ProviderFault("Troncal caída", "TMX850101AB1", "TK-9", null)));
        Set<String> mine = Set.of(low, critical, medium, laterCritical, high.folio());

        List<String> queue = as("mantenimiento", "demo", () -> procedure.queue()).stream()
                .map(ReportView::folio).filter(mine::contains).toList();
        assertEquals(List.of(critical, laterCritical, high.folio(), medium, low), queue);
        List<ReportView> all = as("director", "demo", () -> procedure.queue());
        assertTrue(all.stream().allMatch(r -> r.procedure() == ProcedureKey.PR_DMIGA_02 && !r.status().isFinal()));
        for (int i = 1; i < all.size(); i++) {
            assertTrue(all.get(i - 1).priority().compareTo(all.get(i).priority()) >= 0, "impact order");
        }
        assertThrows(EJBAccessException.class, () -> as("solicitante", "demo", () -> procedure.queue()));
        assertThrows(EJBAccessException.class, () -> as("ceropapel", "demo", () -> procedure.queue()));
    }

    private ReportView phoneRequest(Priority priority) throws Exception {
        ReportView view = as("secretaria", "demo", () -> intake.registerPhoneRequest(new PhoneRequest(
                ProcedureKey.PR_DMIGA_02, "OBP", ServiceCategory.FALLA_LINEA, priority, "Línea sin tono",
                "Extensiones de la planta baja sin tono", "Jefa de oficina", null)));
        assertEquals(Role.MANTENIMIENTO, view.assignedRole());
        return view;
    }

    private String newMaterial(int quantity) throws Exception {
        String code = "PR02-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
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
