package mx.gob.veracruzmunicipio.dmiga.scr.it;

import static mx.gob.veracruzmunicipio.dmiga.scr.it.SignedIn.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.UUID;


import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import mx.gob.veracruzmunicipio.dmiga.scr.actions.ContextSection;
import mx.gob.veracruzmunicipio.dmiga.scr.actions.ReportActions;
import mx.gob.veracruzmunicipio.dmiga.scr.intake.ReportIntake;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr04.BillingCheck;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr04.PaymentOrderProcedure;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr04.PaymentOrderView;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr04.SatCheck;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr04.SatRetries;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr04.SatStatus;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr04.SatUnavailableException;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ProcedureKey;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ReportStatus;
import mx.gob.veracruzmunicipio.dmiga.scr.report.Reports;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ServiceCategory;
import mx.gob.veracruzmunicipio.dmiga.scr.report.TimelineView;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ActionRefusedException;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ReportView;

/**
 * PR-DMIGA-04 step 2 against a stand-in of SAT's ConsultaCFDIService (FakeSat, same contract): the
 * exact expression SCR sends, what the report does on each answer, the evidence kept for every
 * query, and the retry that moves a report on once SAT answers.
 */
@ExtendWith(ArquillianExtension.class)
class SatVerificationIT {

    private static final String TELMEX = "TMX850101AB1";
    private static final String CITY_HALL = "MVE850101AB8";
    /** The last 8 characters of the sample's Sello. */
    private static final String SEAL_TAIL = "RWZHaA==";
    private static final String FOUND = "S - Comprobante obtenido satisfactoriamente.";

    @Deployment
    static EnterpriseArchive deployment() {
        return ScrDeployment.earWith(SatVerificationIT.class, TestOficios.class, TestCfdis.class, FakeSat.class);
    }

    @Inject
    ReportIntake intake;

    @Inject
    PaymentOrderProcedure procedure;

    @Inject
    SatRetries retries;

    @Inject
    ReportActions actions;

    @Inject
    Reports reports;

    @Test
    void aVigenteInvoicePassesToStep3WithTheQueryAsEvidence() throws Exception {
        String uuid = newUuid();
        ReportView at2 = atStep2(uuid, new BigDecimal("1160.00"));

        ReportView at3 = as("secretaria", "demo", () -> procedure.checkSat(at2.ref(), SatCheck.ask("Consultado")));

        assertEquals("3", at3.currentStep());
        String expression = "?id=" + uuid + "&re=" + TELMEX + "&rr=" + CITY_HALL + "&tt=1160.0&fe=" + SEAL_TAIL;
        assertEquals(List.of(expression), FakeSat.received(uuid));
        PaymentOrderView.SatQuery query = onlyQuery(at3.folio());
        assertEquals(expression, query.expression());
        assertEquals(SatStatus.VIGENTE, query.outcome());
        assertEquals("Vigente", query.state());
        assertEquals(FOUND, query.statusCode());
        assertEquals("Cancelable sin aceptación", query.cancellable());
        assertEquals("200", query.efosValidation());
        assertEquals("secretaria", query.askedBy());
        TimelineView step2 = timeline(at3.folio()).get(2);
        assertEquals("Factura vigente en el SAT", step2.decision());
        assertEquals("Estado en el SAT: Vigente; Código de estatus del SAT: " + FOUND, step2.details());
        assertEquals("Consultado", step2.observations());

        List<ContextSection> context = as("director", "demo", () -> actions.context(at3.folio()));
        ContextSection.Fact evidence = context.get(0).facts().stream()
                .filter(f -> f.label().startsWith("Consulta al SAT")).findFirst().orElseThrow();
        assertTrue(evidence.label().endsWith(" · secretaria"), evidence.label());
        assertTrue(evidence.value().startsWith("Vigente · Estado: Vigente · CodigoEstatus: " + FOUND), evidence.value());
        assertTrue(evidence.value().endsWith("Expresión: " + expression), evidence.value());
    }

    @Test
    void aCancelledOrUnknownInvoiceEndsTheReport() throws Exception {
        String cancelled = newUuid();
        ReportView cancelledAt2 = atStep2(cancelled, new BigDecimal("1160.50"));
        FakeSat.answer(cancelled, FakeSat.Answer.CANCELADO);
        ReportView ended = as("secretaria", "demo", () -> procedure.checkSat(cancelledAt2.ref(), SatCheck.ask(null)));
        assertEquals(ReportStatus.CERRADO, ended.status());
        assertEquals("Factura no vigente en el SAT: se rechaza", timeline(ended.folio()).get(2).decision());
        assertEquals("Cancelado sin aceptación", onlyQuery(ended.folio()).cancellationStatus());
        assertTrue(FakeSat.received(cancelled).get(0).contains("&tt=1160.5&"), FakeSat.received(cancelled).toString());

        String unknown = newUuid();
        ReportView unknownAt2 = atStep2(unknown, new BigDecimal("99.99"));
        FakeSat.answer(unknown, FakeSat.Answer.NO_ENCONTRADO);
        ReportView notFound = as("secretaria", "demo", () -> procedure.checkSat(unknownAt2.ref(), SatCheck.ask(null)));
        assertEquals(ReportStatus.CERRADO, notFound.status());
        PaymentOrderView.SatQuery query = onlyQuery(notFound.folio());
        assertEquals(SatStatus.NO_ENCONTRADO, query.outcome());
        assertEquals("N - 602: Comprobante no encontrado.", query.statusCode());
        assertEquals("Estado en el SAT: No encontrado; Código de estatus del SAT: N - 602: Comprobante no encontrado.",
                timeline(notFound.folio()).get(2).details());
    }

    @Test
    void withoutAnAnswerTheReportStaysAtStep2AndTheRetryMovesItOnOnceSatAnswers() throws Exception {
        String uuid = newUuid();
        ReportView at2 = atStep2(uuid, new BigDecimal("500.00"));
        FakeSat.answer(uuid, FakeSat.Answer.TIMEOUT);

        SatUnavailableException unanswered = assertThrows(SatUnavailableException.class,
                () -> as("secretaria", "demo", () -> procedure.checkSat(at2.ref(), SatCheck.ask(null))));

        assertTrue(unanswered.getMessage().startsWith("El SAT no respondió a la consulta de vigencia de la factura "
                + uuid + " (Tiempo de espera agotado"), unanswered.getMessage());
        assertTrue(unanswered.getMessage().endsWith("sigue en el paso 2 y SCR la repetirá automáticamente cada 15 minutos."),
                unanswered.getMessage());
        assertEquals(3, FakeSat.received(uuid).size(), "once and the two retries");
        ReportView still = view(at2.folio());
        assertEquals("2", still.currentStep());
        assertEquals(at2.version(), still.version());
        PaymentOrderView.SatQuery query = onlyQuery(at2.folio());
        assertEquals(SatStatus.NO_DISPONIBLE, query.outcome());
        assertTrue(query.failure().startsWith("Tiempo de espera agotado"), query.failure());
        assertEquals(SatStatus.NO_DISPONIBLE, order(at2.folio()).invoice().satStatus());

        FakeSat.answer(uuid, FakeSat.Answer.VIGENTE);
        List<String> moved = as("secretaria", "demo", () -> retries.retryNow());

        assertTrue(moved.contains(at2.folio()), moved.toString());
        assertEquals("3", view(at2.folio()).currentStep());
        List<PaymentOrderView.SatQuery> queries = order(at2.folio()).satQueries();
        assertEquals(List.of(SatStatus.NO_DISPONIBLE, SatStatus.VIGENTE),
                queries.stream().map(PaymentOrderView.SatQuery::outcome).toList());
        assertEquals("sistema", queries.get(1).askedBy());
        TimelineView step2 = timeline(at2.folio()).get(2);
        assertEquals("sistema", step2.actorUsername());
        assertEquals("Factura vigente en el SAT", step2.decision());
    }

    @Test
    void aSoapFaultIsNoAnswerAndSomeoneWithoutTheStepsRoleNeverReachesSat() throws Exception {
        String uuid = newUuid();
        ReportView at2 = atStep2(uuid, new BigDecimal("10.00"));

        ActionRefusedException notHers = assertThrows(ActionRefusedException.class,
                () -> as("seguimiento", "demo", () -> procedure.checkSat(at2.ref(), SatCheck.ask(null))));
        assertTrue(notHers.getMessage().startsWith("Su usuario no puede actuar en el paso 2"), notHers.getMessage());
        assertEquals(List.of(), FakeSat.received(uuid));

        FakeSat.answer(uuid, FakeSat.Answer.SOAP_FAULT);
        assertThrows(SatUnavailableException.class,
                () -> as("secretaria", "demo", () -> procedure.checkSat(at2.ref(), SatCheck.ask(null))));
        assertEquals(3, FakeSat.received(uuid).size());
        assertEquals("2", view(at2.folio()).currentStep());
        assertEquals("Falla SOAP del SAT: El servicio de consulta no está disponible",
                onlyQuery(at2.folio()).failure());
        // Answered later, so the retry of other tests finds nothing pending from this one.
        FakeSat.answer(uuid, FakeSat.Answer.VIGENTE);
    }

    private ReportView atStep2(String uuid, BigDecimal total) throws Exception {
        String folio = as("ceropapel", "demo", () -> intake.receiveOficio(TestOficios.asking(ProcedureKey.PR_DMIGA_04,
                ServiceCategory.LINEA_TELEFONICA, "Pago de telefonía"))).folio();
        ReportView at2 = as("seguimiento", "demo", () -> procedure.verifyBilling(view(folio).ref(),
                new BillingCheck(TestCfdis.xml(invoice(uuid, total)), TestCfdis.pdf(), true, null, null)));
        assertEquals("2", at2.currentStep());
        return at2;
    }

    /** The valid sample with this UUID and this total: one peso of tax over the rest as subtotal. */
    private static String invoice(String uuid, BigDecimal total) {
        String subtotal = total.subtract(BigDecimal.ONE).toPlainString();
        return TestCfdis.withUuid("valida.xml", uuid)
                .replace("\"1000.00\"", "\"" + subtotal + "\"")
                .replace("\"160.00\"", "\"1.00\"")
                .replace("Total=\"1160.00\"", "Total=\"" + total.toPlainString() + "\"");
    }

    private PaymentOrderView.SatQuery onlyQuery(String folio) throws Exception {
        List<PaymentOrderView.SatQuery> queries = order(folio).satQueries();
        assertEquals(1, queries.size(), queries.toString());
        return queries.get(0);
    }

    private PaymentOrderView order(String folio) throws Exception {
        return as("director", "demo", () -> procedure.order(folio));
    }

    private List<TimelineView> timeline(String folio) throws Exception {
        return Collections.unmodifiableList(as("director", "demo", () -> reports.timeline(folio)));
    }

    private ReportView view(String folio) throws Exception {
        return as("director", "demo", () -> reports.view(folio));
    }

    private static String newUuid() {
        return UUID.randomUUID().toString().toUpperCase();
    }
}
