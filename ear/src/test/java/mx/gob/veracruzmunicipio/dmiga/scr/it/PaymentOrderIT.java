package mx.gob.veracruzmunicipio.dmiga.scr.it;

import static mx.gob.veracruzmunicipio.dmiga.scr.it.SignedIn.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import mx.gob.veracruzmunicipio.dmiga.scr.account.Role;
import mx.gob.veracruzmunicipio.dmiga.scr.catalog.BudgetItem;
import mx.gob.veracruzmunicipio.dmiga.scr.catalog.CatalogAdministration;
import mx.gob.veracruzmunicipio.dmiga.scr.intake.ReportIntake;
import mx.gob.veracruzmunicipio.dmiga.scr.platform.InvalidInputException;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr04.BillingCheck;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr04.PaymentOrderDraft;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr04.PaymentOrderFile;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr04.PaymentOrderProcedure;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr04.PaymentOrderView;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr04.Review;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr04.SatCheck;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr04.SatStatus;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr04.Transfer;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ProcedureKey;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ReportStatus;
import mx.gob.veracruzmunicipio.dmiga.scr.report.Reports;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ServiceCategory;
import mx.gob.veracruzmunicipio.dmiga.scr.report.TimelineView;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ActionData.Note;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ActionRefusedException;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ReplyOficio;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ReportView;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Upload;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Workflow;

/** PR-DMIGA-04 through its session bean: the chain of signatures, its loops and the partida's balance. */
@ExtendWith(ArquillianExtension.class)
class PaymentOrderIT {

    private static final String TELMEX = "TMX850101AB1";
    private static final BigDecimal SUBTOTAL = new BigDecimal("1000.00");
    private static final BigDecimal IVA = new BigDecimal("160.00");
    private static final BigDecimal TOTAL = new BigDecimal("1160.00");

    @Deployment
    static EnterpriseArchive deployment() {
        return ScrDeployment.earWith(PaymentOrderIT.class, TestOficios.class, TestCfdis.class, FakeSat.class);
    }

    @Inject
    ReportIntake intake;

    @Inject
    PaymentOrderProcedure procedure;

    @Inject
    Reports reports;

    @Inject
    Workflow workflow;

    @Inject
    CatalogAdministration administration;

    /** One invoice of a test: its own UUID and folio, so tests never collide on duplicates. */
    record Invoice(String uuid, String folio) {
        static Invoice fresh() {
            String uuid = TestCfdis.newUuid();
            return new Invoice(uuid, "TEL-" + uuid.substring(0, 8));
        }

        /** The CFDI sample with this invoice's UUID and folio. */
        Upload xml(String sample) {
            return TestCfdis.xml(TestCfdis.withUuid(sample, uuid));
        }
    }

    @Test
    void anOrderGoesThroughTheWholeChainAndIsPaid() throws Exception {
        String partida = newBudgetItem("5000.00");
        Invoice invoice = Invoice.fresh();
        ReportView at1A = opened("Pago de telefonía de octubre");
        assertEquals("1A", at1A.currentStep());
        assertEquals(Role.COORD_SEGUIMIENTO, at1A.assignedRole());

        ReportView at2 = as("seguimiento", "demo", () -> procedure.verifyBilling(at1A.ref(), correct(invoice)));
        assertEquals("2", at2.currentStep());
        assertEquals(Role.SECRETARIA, at2.assignedRole());
        ReportView at3 = as("secretaria", "demo", () -> procedure.checkSat(at2.ref(), SatCheck.ask(null)));
        assertEquals("3", at3.currentStep());
        ReportView at10 = draftedAndSignedUpTo10(at3, invoice, partida);
        assertEquals(Role.PRESUPUESTOS, at10.assignedRole());

        ReportView at11 = as("presupuestos", "demo", () -> procedure.presupuestosReview(at10.ref(), Review.signed()));
        assertEquals("11", at11.currentStep());
        assertBalance(partida, "1160.00", "3840.00");
        ReportView at13 = as("hacienda", "demo", () -> procedure.haciendaReview(at11.ref(), Review.signed()));
        assertEquals(Role.EGRESOS, at13.assignedRole());
        LocalDate today = LocalDate.now();
        ReportView closed = as("egresos", "demo", () -> procedure.pay(at13.ref(),
                new Transfer("SPEI-000123", today, "Transferencia a la cuenta del proveedor")));
        assertEquals(ReportStatus.CERRADO, closed.status());
        assertNull(closed.currentStep());
        assertBalance(partida, "1160.00", "3840.00");

        PaymentOrderView order = as("director", "demo", () -> procedure.order(closed.folio()));
        assertEquals(TELMEX, order.providerRfc());
        assertEquals("Teléfonos de México (Telmex)", order.providerName());
        assertEquals(TOTAL, order.amount());
        assertEquals(partida, order.budgetItemCode());
        assertEquals("Servicio telefónico de octubre", order.concept());
        assertEquals(1, order.draftRound());
        assertEquals(invoice.uuid(), order.invoice().uuid());
        assertEquals(invoice.folio(), order.invoice().folio());
        assertEquals(SUBTOTAL, order.invoice().subtotal());
        assertEquals(IVA, order.invoice().transferredTaxes());
        assertEquals(new BigDecimal("0.00"), order.invoice().withheldTaxes());
        assertEquals(TOTAL, order.invoice().total());
        assertEquals(SatStatus.VIGENTE, order.invoice().satStatus());
        assertEquals("TELEFONOS DE MEXICO", order.invoice().issuerName());
        assertEquals("MVE850101AB8", order.invoice().receiverRfc());
        assertEquals("MUNICIPIO DE VERACRUZ", order.invoice().receiverName());
        assertEquals("MXN", order.invoice().currency());
        assertEquals(new BigDecimal("0.00"), order.invoice().discount());
        assertEquals(LocalDate.of(2026, 11, 3), order.invoice().issuedOn());
        assertEquals(LocalDateTime.of(2026, 11, 3, 10, 16, 30), order.invoice().stampedAt());
        assertEquals("RWZHaA==", order.invoice().sealTail(), "the Sello's last 8 characters, for SAT's verification");
        assertEquals("Servicio telefónico línea 229-000-0001, noviembre 2026", order.invoice().concept());
        assertEquals(List.of("El dígito verificador del RFC del emisor TMX850101AB1 no coincide con el calculado (9); "
                + "confirme el RFC en la constancia de situación fiscal."), order.invoice().warnings());
        Upload xml = as("contraloria", "demo", () -> procedure.invoiceFile(closed.folio(), PaymentOrderFile.Kind.XML))
                .orElseThrow();
        assertEquals(TestCfdis.withUuid("valida.xml", invoice.uuid()), new String(xml.content(), StandardCharsets.UTF_8));
        Upload pdf = as("contraloria", "demo", () -> procedure.invoiceFile(closed.folio(), PaymentOrderFile.Kind.PDF))
                .orElseThrow();
        assertEquals(TestCfdis.PDF, new String(pdf.content(), StandardCharsets.US_ASCII));
        assertEquals("application/pdf", pdf.contentType());
        assertEquals("secretaria", order.invoice().satCheckedBy());
        assertEquals(List.of(Role.DIRECTOR, Role.ADQUISICIONES, Role.CONTRALORIA, Role.PRESUPUESTOS,
                Role.COMISION_HACIENDA), order.currentSignatures().stream().map(PaymentOrderView.Signature::role).toList());
        assertEquals(List.of("director", "adquisiciones", "contraloria", "presupuestos", "hacienda"),
                order.signatures().stream().map(PaymentOrderView.Signature::username).toList());
        assertEquals("Tomás Ibarra Gil", order.signatures().get(3).name());
        assertTrue(order.signatures().stream().allMatch(s -> s.at() != null && s.approved()));
        assertEquals(new BigDecimal("1160.00"), order.commitment().amount());
        assertEquals("presupuestos", order.commitment().committedBy());
        assertEquals("SPEI-000123", order.transfer().paymentReference());
        assertEquals(today, order.transfer().transferDate());
        assertEquals("egresos", order.transfer().paidBy());

        List<TimelineView> timeline = timeline(closed.folio());
        assertEquals(List.of("RECIBIR", "VERIFICAR_FACTURA", "VALIDAR_SAT", "ELABORAR_ORDEN", "FIRMAR_DIRECCION",
                "VALIDAR_ADQUISICIONES", "RECIBIR_DE_ADQUISICIONES", "ENTREGAR_A_CONTRALORIA", "VALIDAR_CONTRALORIA",
                "RECIBIR_DE_CONTRALORIA", "ENTREGAR_A_PRESUPUESTOS", "VALIDAR_PRESUPUESTOS", "VALIDAR_HACIENDA",
                "PAGAR"), timeline.stream().map(TimelineView::action).toList());
        TimelineView presupuestos = timeline.get(11);
        assertEquals("presupuestos", presupuestos.actorUsername());
        assertEquals(Role.PRESUPUESTOS, presupuestos.actorRole());
        assertEquals("Validada y firmada por la Subdirección de Presupuestos: importe comprometido",
                presupuestos.decision());
        assertEquals(Role.CERO_PAPEL_CLIENT, timeline.get(0).actorRole());
        assertTrue(as("director", "demo", () -> reports.verifyTimeline(closed.folio())).intact());
    }

    @Test
    void aRejectionAtEachLevelGoesBackToTheCorrectionAndThroughTheWholeChainAgain() throws Exception {
        String partida = newBudgetItem("2000.00");
        Invoice invoice = Invoice.fresh();
        ReportView at3 = atCorrection(invoice);

        ReportView at3A = drafted(at3, invoice, partida);
        ReportView back0 = as("director", "demo", () -> procedure.directorSign(at3A.ref(),
                Review.rejected("Falta el oficio de solicitud del servicio")));
        assertEquals("3", back0.currentStep());
        assertEquals(Role.COORD_SEGUIMIENTO, back0.assignedRole());

        ReportView at4 = signedByDirector(drafted(back0, invoice, partida));
        ReportView back1 = as("adquisiciones", "demo", () -> procedure.adquisicionesReview(at4.ref(),
                Review.rejected("Falta el número de contrato")));
        assertEquals("3", back1.currentStep());
        assertEquals(Role.COORD_SEGUIMIENTO, back1.assignedRole());

        ReportView at7 = deliveredToContraloria(signedByAdquisiciones(signedByDirector(drafted(back1, invoice, partida))));
        ReportView back2 = as("contraloria", "demo", () -> procedure.contraloriaReview(at7.ref(),
                Review.rejected("El concepto no coincide con el contrato")));
        assertEquals("3", back2.currentStep());

        ReportView at10 = draftedAndSignedUpTo10(back2, invoice, partida);
        ReportView back3 = as("presupuestos", "demo", () -> procedure.presupuestosReview(at10.ref(),
                Review.rejected("Cargar a la partida de internet")));
        assertEquals("3", back3.currentStep());
        assertBalance(partida, "0.00", "2000.00");

        ReportView at11 = as("presupuestos", "demo", () -> procedure.presupuestosReview(
                draftedAndSignedUpTo10(back3, invoice, partida).ref(), Review.signed()));
        assertBalance(partida, "1160.00", "840.00");
        ReportView back4 = as("hacienda", "demo", () -> procedure.haciendaReview(at11.ref(),
                Review.rejected("Requiere el visto bueno del cabildo")));
        assertEquals("3", back4.currentStep());
        assertBalance(partida, "0.00", "2000.00");

        // From the correction, the whole chain again: Director, Adquisiciones, Contraloría, Presupuestos, Hacienda.
        ReportView again10 = draftedAndSignedUpTo10(back4, invoice, partida);
        ReportView again11 = as("presupuestos", "demo", () -> procedure.presupuestosReview(again10.ref(), Review.signed()));
        assertBalance(partida, "1160.00", "840.00");
        ReportView at13 = as("hacienda", "demo", () -> procedure.haciendaReview(again11.ref(), Review.signed()));
        ReportView closed = as("egresos", "demo", () -> procedure.pay(at13.ref(),
                new Transfer("SPEI-777", LocalDate.now(), null)));
        assertEquals(ReportStatus.CERRADO, closed.status());

        PaymentOrderView order = as("contraloria", "demo", () -> procedure.order(closed.folio()));
        assertEquals(6, order.draftRound());
        List<PaymentOrderView.Signature> rejections = order.signatures().stream().filter(s -> !s.approved()).toList();
        assertEquals(List.of(Role.DIRECTOR, Role.ADQUISICIONES, Role.CONTRALORIA, Role.PRESUPUESTOS,
                Role.COMISION_HACIENDA), rejections.stream().map(PaymentOrderView.Signature::role).toList());
        assertEquals(List.of(1, 2, 3, 4, 5), rejections.stream().map(PaymentOrderView.Signature::draftRound).toList());
        assertEquals("Requiere el visto bueno del cabildo", rejections.get(4).reason());
        assertEquals(5, order.currentSignatures().size());
        assertEquals(2, order.commitmentHistory().size());
        assertEquals("hacienda", order.commitmentHistory().get(0).releasedBy());
        assertEquals(new BigDecimal("1160.00"), order.commitment().amount());

        List<TimelineView> timeline = timeline(closed.folio());
        assertEquals(5, timeline.stream().filter(t -> "3".equals(t.nextStep()) && !"2".equals(t.step())).count());
        assertEquals("Rechazada por la Comisión de Hacienda: se libera la partida y regresa a corrección",
                timeline.stream().filter(t -> t.action().equals("VALIDAR_HACIENDA")).findFirst().orElseThrow().decision());
        assertTrue(as("director", "demo", () -> reports.verifyTimeline(closed.folio())).intact());
    }

    @Test
    void aDeclineByTheDirectorGivesBackWhatPresupuestosCommitted() throws Exception {
        String partida = newBudgetItem("2000.00");
        Invoice invoice = Invoice.fresh();
        ReportView at10 = draftedAndSignedUpTo10(atCorrection(invoice), invoice, partida);
        ReportView at11 = as("presupuestos", "demo", () -> procedure.presupuestosReview(at10.ref(), Review.signed()));
        assertBalance(partida, "1160.00", "840.00");

        ReportView declined = as("director", "demo", () -> workflow.decline(at11.ref(), new ReplyOficio(
                "Orden de pago cancelada", "El servicio se pagará con el contrato consolidado.", null)));

        assertEquals(ReportStatus.DECLINADO, declined.status());
        assertBalance(partida, "0.00", "2000.00");
        PaymentOrderView order = as("contraloria", "demo", () -> procedure.order(declined.folio()));
        assertEquals("director", order.commitmentHistory().get(0).releasedBy());
    }

    @Test
    void aBalanceTooSmallAtPresupuestosIsRefusedWithTheCatalogsMessageAndNothingIsWritten() throws Exception {
        String partida = newBudgetItem("1000.00");
        Invoice invoice = Invoice.fresh();
        ReportView at10 = draftedAndSignedUpTo10(atCorrection(invoice), invoice, partida);
        int entries = timeline(at10.folio()).size();

        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> as("presupuestos", "demo",
                () -> procedure.presupuestosReview(at10.ref(), Review.signed())));

        assertEquals("La partida presupuestal " + partida + " (Servicios de telefonía de prueba) no tiene saldo "
                + "suficiente: se solicitó comprometer $1,160.00 y el saldo disponible es $1,000.00.", refused.getMessage());
        assertUnchanged(at10, entries);
        assertBalance(partida, "0.00", "1000.00");
        PaymentOrderView order = as("presupuestos", "demo", () -> procedure.order(at10.folio()));
        assertEquals(3, order.signatures().size());
        assertNull(order.commitment());
        assertTrue(order.commitmentHistory().isEmpty());
    }

    @Test
    void theSameInvoiceOnAnotherOrderIsRefused() throws Exception {
        Invoice invoice = Invoice.fresh();
        atCorrection(invoice);

        ReportView other = opened("Pago duplicado");
        InvalidInputException sameUuid = assertThrows(InvalidInputException.class, () -> as("seguimiento", "demo",
                () -> procedure.verifyBilling(other.ref(), correct(invoice))));
        assertEquals(1, sameUuid.messages().size());
        assertTrue(sameUuid.getMessage().startsWith("La factura con folio fiscal " + invoice.uuid()),
                sameUuid.getMessage());
        assertTrue(sameUuid.getMessage().contains("ya está registrada en la orden de pago del reporte DMIGA-"),
                sameUuid.getMessage());

        // The same UUID under another folio (uuid-duplicado.xml): still the same invoice.
        InvalidInputException otherFolio = assertThrows(InvalidInputException.class, () -> as("seguimiento", "demo",
                () -> procedure.verifyBilling(other.ref(), new BillingCheck(TestCfdis.xml(TestCfdis.sample(
                        "uuid-duplicado.xml").replace("5A1B2C3D-4E5F-4A6B-8C7D-9E0F1A2B3C4D", invoice.uuid())),
                        TestCfdis.pdf(), true, null, null))));
        assertTrue(otherFolio.getMessage().startsWith("La factura con folio fiscal " + invoice.uuid()),
                otherFolio.getMessage());

        // Another UUID but the same issuer's serie and folio: the same invoice re-stamped.
        String restamped = TestCfdis.withUuid("valida.xml", invoice.uuid()).replace(invoice.uuid(), TestCfdis.newUuid());
        InvalidInputException refolio = assertThrows(InvalidInputException.class, () -> as("seguimiento", "demo",
                () -> procedure.verifyBilling(other.ref(), new BillingCheck(TestCfdis.xml(restamped), TestCfdis.pdf(),
                        true, null, null))));
        assertTrue(refolio.getMessage().contains("ya está registrada en la orden de pago"), refolio.getMessage());
        assertUnchanged(other, 1);
        InvalidInputException none = assertThrows(InvalidInputException.class, () -> as("seguimiento", "demo",
                () -> procedure.order(other.folio())));
        assertEquals("El reporte " + other.folio() + " no tiene orden de pago: su factura aún no se ha verificado.",
                none.getMessage());
    }

    @Test
    void anInvoiceNotVigenteInSatIsRejected() throws Exception {
        Invoice invoice = Invoice.fresh();
        ReportView at1A = opened("Pago de internet");
        ReportView at2 = as("seguimiento", "demo", () -> procedure.verifyBilling(at1A.ref(), correct(invoice)));

        FakeSat.answer(invoice.uuid(), FakeSat.Answer.CANCELADO);
        ReportView rejected = as("secretaria", "demo", () -> procedure.checkSat(at2.ref(),
                SatCheck.ask("Cancelada por el emisor")));

        assertEquals(ReportStatus.CERRADO, rejected.status());
        TimelineView last = timeline(rejected.folio()).get(2);
        assertEquals("Factura no vigente en el SAT: se rechaza", last.decision());
        assertEquals("Estado en el SAT: Cancelado; Código de estatus del SAT: S - Comprobante obtenido satisfactoriamente.",
                last.details());
        assertEquals("Cancelada por el emisor", last.observations());
        assertEquals(SatStatus.CANCELADO, as("secretaria", "demo", () -> procedure.order(rejected.folio()))
                .invoice().satStatus());
    }

    @Test
    void wrongBillingDataWaitsForTheProviderAndAnUnregisteredIssuerIsRefused() throws Exception {
        Invoice invoice = Invoice.fresh();
        ReportView at1A = opened("Pago de telefonía celular");
        BillingCheck unknownIssuer = new BillingCheck(invoice.xml("emisor-no-registrado.xml"), TestCfdis.pdf(), true,
                null, null);
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> as("seguimiento", "demo",
                () -> procedure.verifyBilling(at1A.ref(), unknownIssuer)));
        assertEquals(List.of("El RFC del emisor CNE900101AB3 no corresponde a un proveedor registrado: devuelva la "
                + "factura al proveedor o solicite su alta en el catálogo."), refused.messages());
        assertUnchanged(at1A, 1);

        BillingCheck wrong = new BillingCheck(invoice.xml("importes-no-cuadran.xml"), TestCfdis.pdf(), false,
                "El total no corresponde al subtotal más IVA", null);
        ReportView waiting = as("seguimiento", "demo", () -> procedure.verifyBilling(at1A.ref(), wrong));
        assertEquals("1B", waiting.currentStep());
        assertEquals(ReportStatus.EN_ESPERA, waiting.status());
        assertNull(waiting.stepDueAt());

        ReportView again1A = as("seguimiento", "demo", () -> procedure.receiveCorrectedInvoice(waiting.ref(),
                new Note("Factura corregida recibida por correo")));
        assertEquals("1A", again1A.currentStep());
        ReportView at2 = as("seguimiento", "demo", () -> procedure.verifyBilling(again1A.ref(), correct(invoice)));
        assertEquals("2", at2.currentStep());
        assertEquals("Datos incorrectos: se devuelve la factura al proveedor", timeline(at2.folio()).get(1).decision());
    }

    @Test
    void aRoleThatDoesNotOwnTheStepIsRefusedAndNothingIsWritten() throws Exception {
        String partida = newBudgetItem("3000.00");
        Invoice invoice = Invoice.fresh();
        ReportView at10 = draftedAndSignedUpTo10(atCorrection(invoice), invoice, partida);
        int entries = timeline(at10.folio()).size();

        ActionRefusedException byHacienda = assertThrows(ActionRefusedException.class, () -> as("hacienda", "demo",
                () -> procedure.presupuestosReview(at10.ref(), Review.signed())));
        assertEquals("Su usuario no puede actuar en el paso 10 («Validar y firmar la orden de pago; comprometer la "
                + "partida») del reporte " + at10.folio() + ": se requiere el rol Subdirección de Presupuestos.",
                byHacienda.getMessage());
        ActionRefusedException otherStep = assertThrows(ActionRefusedException.class, () -> as("hacienda", "demo",
                () -> procedure.haciendaReview(at10.ref(), Review.signed())));
        assertTrue(otherStep.getMessage().startsWith("La acción «VALIDAR_HACIENDA» no corresponde al paso 10"),
                otherStep.getMessage());
        assertThrows(ActionRefusedException.class, () -> as("egresos", "demo",
                () -> procedure.pay(at10.ref(), new Transfer("SPEI-1", LocalDate.now(), null))));

        assertUnchanged(at10, entries);
        assertBalance(partida, "0.00", "3000.00");
        assertEquals(3, as("director", "demo", () -> procedure.order(at10.folio())).signatures().size());
    }

    @Test
    void missingDataIsRefusedWithSpanishMessagesNamingTheFieldsAndNothingIsWritten() throws Exception {
        String partida = newBudgetItem("3000.00");
        Invoice invoice = Invoice.fresh();
        ReportView at3 = atCorrection(invoice);

        InvalidInputException noPartida = assertThrows(InvalidInputException.class, () -> as("seguimiento", "demo",
                () -> procedure.draft(at3.ref(), new PaymentOrderDraft(TELMEX, TOTAL, " ", "Servicio", invoice.uuid(),
                        null))));
        assertEquals(List.of("La partida presupuestal de la orden de pago es obligatoria."), noPartida.messages());

        InvalidInputException wrongAmount = assertThrows(InvalidInputException.class, () -> as("seguimiento", "demo",
                () -> procedure.draft(at3.ref(), new PaymentOrderDraft(TELMEX, new BigDecimal("1100.00"), partida,
                        "Servicio", invoice.uuid(), null))));
        assertEquals(List.of("El importe de la orden de pago ($1,100.00) debe ser igual al total de la factura "
                + "($1,160.00)."), wrongAmount.messages());
        assertUnchanged(at3, 3);

        ReportView at4 = signedByDirector(drafted(at3, invoice, partida));
        InvalidInputException noReason = assertThrows(InvalidInputException.class, () -> as("adquisiciones", "demo",
                () -> procedure.adquisicionesReview(at4.ref(), new Review(false, "  ", null))));
        assertEquals(List.of("El motivo del rechazo de la orden de pago es obligatorio."), noReason.messages());
        assertUnchanged(at4, 5);

        InvalidInputException noStatus = assertThrows(InvalidInputException.class, () -> as("seguimiento", "demo",
                () -> procedure.verifyBilling(opened("Sin datos").ref(), new BillingCheck(null, TestCfdis.pdf(), null,
                        null, null))));
        assertEquals(List.of("Indique si los datos de facturación son correctos.",
                "Adjunte el archivo XML (CFDI) de la factura del proveedor."), noStatus.messages());
    }

    @Test
    void eachWrongCfdiIsRefusedWithItsSpanishMessageAndNothingIsWritten() throws Exception {
        ReportView at1A = opened("Pago de internet de noviembre");
        Map<String, String> refusals = new LinkedHashMap<>();
        refusals.put("receptor-ajeno.xml", "El RFC del receptor MBR850101AB7 no es el del Ayuntamiento (MVE850101AB8): "
                + "devuelva la factura al proveedor.");
        refusals.put("rfc-invalido.xml", "El RFC del emisor TMX8501AB1 no tiene un formato válido: 12 caracteres "
                + "(persona moral) o 13 (persona física): 3 o 4 letras, la fecha AAMMDD y la homoclave de 3 caracteres.");
        refusals.put("importes-no-cuadran.xml", "Los importes del CFDI no cuadran: SubTotal 1000.00 − Descuento 0 + "
                + "impuestos trasladados 160.00 − impuestos retenidos 0 = 1160.00, pero el Total es 1200.00: devuelva "
                + "la factura al proveedor.");
        refusals.put("tipo-egreso.xml", "El CFDI es de tipo E; solo se pagan CFDI de tipo I (ingreso).");
        refusals.put("version-33.xml", "El archivo XML no es un CFDI versión 4.0 (indica la versión 3.3): se requiere "
                + "el Comprobante del espacio de nombres http://www.sat.gob.mx/cfd/4.");
        refusals.put("doctype-xxe.xml", "El archivo XML contiene una declaración DOCTYPE, que un CFDI no lleva: por "
                + "seguridad no se procesa.");
        for (Map.Entry<String, String> refusal : refusals.entrySet()) {
            Invoice invoice = Invoice.fresh();
            InvalidInputException refused = assertThrows(InvalidInputException.class, () -> as("seguimiento", "demo",
                    () -> procedure.verifyBilling(at1A.ref(), new BillingCheck(invoice.xml(refusal.getKey()),
                            TestCfdis.pdf(), true, null, null))), refusal.getKey());
            assertEquals(List.of(refusal.getValue()), refused.messages(), refusal.getKey());
        }

        // Several problems at once are reported together.
        String many = TestCfdis.withUuid("receptor-ajeno.xml", TestCfdis.newUuid())
                .replace("TipoDeComprobante=\"I\"", "TipoDeComprobante=\"E\"").replace("TMX850101AB1", "CNE900101AB3");
        InvalidInputException all = assertThrows(InvalidInputException.class, () -> as("seguimiento", "demo",
                () -> procedure.verifyBilling(at1A.ref(), new BillingCheck(TestCfdis.xml(many), TestCfdis.pdf(), true,
                        null, null))));
        assertEquals(3, all.messages().size(), all.messages().toString());

        // The files themselves: the XML must be .xml, the PDF .pdf.
        Invoice invoice = Invoice.fresh();
        InvalidInputException wrongFiles = assertThrows(InvalidInputException.class, () -> as("seguimiento", "demo",
                () -> procedure.verifyBilling(at1A.ref(), new BillingCheck(invoice.xml("valida.xml"),
                        new Upload("factura.docx", "application/octet-stream", new byte[] {1}), true, null, null))));
        assertEquals(List.of("El archivo «factura.docx» de «Factura PDF» debe ser de tipo .pdf."), wrongFiles.messages());
        assertUnchanged(at1A, 1);
    }

    // The chain, step by step, as each role takes it.

    private ReportView opened(String subject) throws Exception {
        String folio = as("ceropapel", "demo", () -> intake.receiveOficio(TestOficios.asking(ProcedureKey.PR_DMIGA_04,
                ServiceCategory.LINEA_TELEFONICA, subject))).folio();
        return view(folio);
    }

    private ReportView atCorrection(Invoice invoice) throws Exception {
        ReportView at1A = opened("Pago de servicios de telecomunicaciones");
        ReportView at2 = as("seguimiento", "demo", () -> procedure.verifyBilling(at1A.ref(), correct(invoice)));
        return as("secretaria", "demo", () -> procedure.checkSat(at2.ref(), SatCheck.ask(null)));
    }

    private ReportView drafted(ReportView at3, Invoice invoice, String partida) throws Exception {
        assertEquals("3", at3.currentStep());
        return as("seguimiento", "demo", () -> procedure.draft(at3.ref(), new PaymentOrderDraft(TELMEX, TOTAL,
                partida, "Servicio telefónico de octubre", invoice.uuid(), null)));
    }

    private ReportView signedByDirector(ReportView at3A) throws Exception {
        assertEquals("3A", at3A.currentStep());
        return as("director", "demo", () -> procedure.directorSign(at3A.ref(), Review.signed()));
    }

    private ReportView signedByAdquisiciones(ReportView at4) throws Exception {
        assertEquals("4", at4.currentStep());
        return as("adquisiciones", "demo", () -> procedure.adquisicionesReview(at4.ref(), Review.signed()));
    }

    private ReportView deliveredToContraloria(ReportView at5) throws Exception {
        assertEquals("5", at5.currentStep());
        ReportView at6 = as("seguimiento", "demo", () -> procedure.receiveFromAdquisiciones(at5.ref(), new Note(null)));
        return as("seguimiento", "demo", () -> procedure.deliverToContraloria(at6.ref(), new Note(null)));
    }

    private ReportView draftedAndSignedUpTo10(ReportView at3, Invoice invoice, String partida) throws Exception {
        ReportView at7 = deliveredToContraloria(signedByAdquisiciones(signedByDirector(drafted(at3, invoice, partida))));
        assertEquals("7", at7.currentStep());
        ReportView at8 = as("contraloria", "demo", () -> procedure.contraloriaReview(at7.ref(), Review.signed()));
        ReportView at9 = as("seguimiento", "demo", () -> procedure.receiveFromContraloria(at8.ref(), new Note(null)));
        ReportView at10 = as("seguimiento", "demo", () -> procedure.deliverToPresupuestos(at9.ref(), new Note(null)));
        assertEquals("10", at10.currentStep());
        return at10;
    }

    private static BillingCheck correct(Invoice invoice) {
        return new BillingCheck(invoice.xml("valida.xml"), TestCfdis.pdf(), true, null, null);
    }

    private String newBudgetItem(String authorized) throws Exception {
        String code = "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        as("admin", "demo", () -> administration.registerBudgetItem(code, "Servicios de telefonía de prueba",
                Year.now().getValue(), new BigDecimal(authorized)));
        return code;
    }

    private void assertBalance(String partida, String committed, String balance) throws Exception {
        BudgetItem item = as("admin", "demo", () -> administration.findBudgetItem(partida)).orElseThrow();
        assertEquals(new BigDecimal(committed), item.getCommittedAmount());
        assertEquals(new BigDecimal(balance), item.getBalance());
    }

    private void assertUnchanged(ReportView before, int entries) throws Exception {
        ReportView after = view(before.folio());
        assertEquals(before.version(), after.version());
        assertEquals(before.currentStep(), after.currentStep());
        assertEquals(entries, timeline(before.folio()).size());
    }

    private List<TimelineView> timeline(String folio) throws Exception {
        return as("director", "demo", () -> reports.timeline(folio));
    }

    private ReportView view(String folio) throws Exception {
        return as("director", "demo", () -> reports.view(folio));
    }
}
