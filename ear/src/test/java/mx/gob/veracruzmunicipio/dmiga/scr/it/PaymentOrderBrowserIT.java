package mx.gob.veracruzmunicipio.dmiga.scr.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * Browser: a PR-DMIGA-04 payment order through the whole chain on the report page, each role with
 * its own account; Adquisiciones rejects it once with a reason, the coordination corrects it and
 * the chain starts again from the Director, up to the transfer. SAT's verdict on the invoice comes
 * from the fake SAT the tests' server asks; when it does not answer the SECRETARIA is told so.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PaymentOrderBrowserIT {

    private static final String TELMEX = "TMX850101AB1";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ScrDeployment.earWith(ActionTestData.class, TestOficios.class);
    }

    @RegisterExtension
    final Browser browser = new Browser();

    private ReportPage page;
    private String folio;

    @Test
    void anOrderIsRejectedOnceCorrectedAndPaid() throws Exception {
        String partida = ActionTestData.call(Map.of("que", "partida", "monto", "5000.00"));
        folio = ActionTestData.call(Map.of("que", "oficio", "procedimiento", "PR_DMIGA_04",
                "categoria", "LINEA_TELEFONICA", "asunto", "Pago de telefonía de noviembre"));
        String uuid = TestCfdis.newUuid();
        page = new ReportPage(browser);

        as("seguimiento", "VERIFICAR_FACTURA");
        assertEquals(".xml", page.fieldAttribute("invoiceXml", "accept"), "the file dialog offers only XML");
        // A CFDI addressed to another city hall: every problem is listed and the files must be attached again.
        page.attach("invoiceXml", file("ajena.xml", TestCfdis.withUuid("receptor-ajeno.xml", TestCfdis.newUuid())))
                .attach("invoicePdf", file("factura.pdf", TestCfdis.PDF)).yes("dataCorrect");
        assertEquals("El RFC del receptor MBR850101AB7 no es el del Ayuntamiento (MVE850101AB8): devuelva la factura "
                + "al proveedor.", page.submit());
        page.attach("invoiceXml", file("factura.xml", TestCfdis.withUuid("valida.xml", uuid)))
                .attach("invoicePdf", file("factura.pdf", TestCfdis.PDF)).yes("dataCorrect");
        browser.screenshot("acciones-pr04-factura");
        done("Verificar datos de facturación");

        as("secretaria", "VALIDAR_SAT");
        String read = page.text("panel-acciones");
        assertTrue(read.contains(uuid) && read.contains("TELEFONOS DE MEXICO (RFC TMX850101AB1)")
                && read.contains("$1160.00 MXN"), "the data read from the XML is beside the next form: " + read);
        assertTrue(browser.driver().findElements(By.cssSelector("#acciones [data-campo='status'], #acciones [data-campo='statusCode']")).isEmpty(),
                "SAT's verdict is asked, not typed");
        page.type("observations", "Consulta de la factura de noviembre");
        browser.screenshot("acciones-pr04-sat");
        done("Consultar vigencia en el SAT");

        as("seguimiento", "ELABORAR_ORDEN");
        String evidence = browser.driver().findElement(By.tagName("body")).getText();
        assertTrue(evidence.contains("Consulta al SAT") && evidence.contains("Vigente · Estado: Vigente")
                && evidence.contains("Expresión: ?id=" + uuid + "&re=" + TELMEX + "&rr=MVE850101AB8&tt=1160.0&fe="), evidence);
        assertEquals(TELMEX, page.fieldValue("providerRfc"), "the provider comes from the verified invoice");
        assertEquals("1160.00", page.fieldValue("amount"));
        assertEquals(uuid, page.fieldValue("invoiceUuid"));
        page.select("budgetItemCode", partida);
        done("Elaborar orden de pago");

        signed("director", "FIRMAR_DIRECCION");
        as("adquisiciones", "VALIDAR_ADQUISICIONES");
        page.no("approved");
        assertEquals("El motivo del rechazo de la orden de pago es obligatorio.", page.submit());
        page.type("reason", "Falta el número de contrato");
        done("Validar orden de pago");
        assertEquals("3 · Elaborar o corregir la orden de pago", page.text("paso"));

        as("seguimiento", "ELABORAR_ORDEN");
        assertTrue(page.text("panel-acciones").contains("Rechazada: Falta el número de contrato"),
                "the reason is beside the correction's form");
        assertEquals(partida, page.fieldValue("budgetItemCode"), "the order's partida is kept");
        page.type("concept", "Servicio telefónico de noviembre, contrato DMIGA-17/2026");
        browser.screenshot("acciones-pr04-correccion");
        done("Elaborar orden de pago");

        signed("director", "FIRMAR_DIRECCION");
        signed("adquisiciones", "VALIDAR_ADQUISICIONES");
        noted("seguimiento", "RECIBIR_DE_ADQUISICIONES");
        noted("seguimiento", "ENTREGAR_A_CONTRALORIA");
        signed("contraloria", "VALIDAR_CONTRALORIA");
        noted("seguimiento", "RECIBIR_DE_CONTRALORIA");
        noted("seguimiento", "ENTREGAR_A_PRESUPUESTOS");
        signed("presupuestos", "VALIDAR_PRESUPUESTOS");
        signed("hacienda", "VALIDAR_HACIENDA");

        as("egresos", "PAGAR");
        page.type("paymentReference", "SPEI-2026-1125").date("transferDate", LocalDate.now().toString());
        browser.screenshot("acciones-pr04-pago");
        done("Registrar transferencia");
        assertTrue(page.text("estado").contains("Cerrado"), page.text("estado"));

        String timeline = page.text("bitacora");
        assertTrue(timeline.contains("Rechazada por la Subdirección de Adquisiciones: regresa a corrección"), timeline);
        assertTrue(timeline.contains("Falta el número de contrato"), timeline);
        assertTrue(timeline.contains("Registrar transferencia"), timeline);
    }

    /** A file on the disk for the browser to upload. */
    private Path file(String name, String content) throws IOException {
        Path file = Files.createTempDirectory("cfdi").resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void whenSatDoesNotAnswerTheSecretariaIsToldAndTheReportWaitsAtStep2() throws Exception {
        folio = ActionTestData.call(Map.of("que", "oficio", "procedimiento", "PR_DMIGA_04",
                "categoria", "LINEA_TELEFONICA", "asunto", "Pago de internet de noviembre"));
        String uuid = TestCfdis.newUuid();
        page = new ReportPage(browser);
        as("seguimiento", "VERIFICAR_FACTURA");
        billingVerified(uuid);
        done("Verificar datos de facturación");
        FakeSat.answer(uuid, FakeSat.Answer.SOAP_FAULT);

        as("secretaria", "VALIDAR_SAT");
        String answer = page.submit();

        assertTrue(answer.startsWith("El SAT no respondió a la consulta de vigencia de la factura " + uuid), answer);
        assertTrue(answer.contains("sigue en el paso 2 y SCR la repetirá automáticamente cada 15 minutos"), answer);
        browser.screenshot("acciones-pr04-sat-sin-respuesta");
        page.open(folio);
        assertTrue(page.actionKeys().contains("VALIDAR_SAT"), "still at step 2: " + page.actionKeys());
        String evidence = browser.driver().findElement(By.tagName("body")).getText();
        assertTrue(evidence.contains("El SAT no respondió · Falla SOAP del SAT: El servicio de consulta no está disponible"),
                evidence);
        // Answered from now on, so that no retry of the suite keeps asking for it.
        FakeSat.answer(uuid, FakeSat.Answer.VIGENTE);
    }

    private void billingVerified(String uuid) throws IOException {
        page.attach("invoiceXml", file("factura.xml", TestCfdis.withUuid("valida.xml", uuid)))
                .attach("invoicePdf", file("factura.pdf", TestCfdis.PDF)).yes("dataCorrect");
    }

    /** Signs in as the person, opens the report and the action's form. */
    private void as(String username, String actionKey) {
        page.signInAs(username).open(folio);
        assertTrue(page.actionKeys().contains(actionKey), username + " may " + actionKey + ": " + page.actionKeys());
        if (!page.hasForm() || page.actionKeys().size() > 1) {
            page.choose(actionKey);
        }
    }

    private void done(String label) {
        String answer = page.submit();
        assertTrue(answer.contains("Se registró «" + label + "»"), answer);
    }

    private void signed(String username, String actionKey) {
        as(username, actionKey);
        page.yes("approved");
        done(actionKey.equals("FIRMAR_DIRECCION") ? "Firmar orden de pago" : "Validar orden de pago");
    }

    private void noted(String username, String actionKey) {
        as(username, actionKey);
        String label = page.text("accion-titulo");
        done(label);
    }
}
