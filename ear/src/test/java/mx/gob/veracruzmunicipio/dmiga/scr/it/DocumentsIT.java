package mx.gob.veracruzmunicipio.dmiga.scr.it;

import static mx.gob.veracruzmunicipio.dmiga.scr.it.PdfText.assertContains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * Browser: the report page links the documents of its procedure; each opens as a PDF (read back
 * with OpenPDF) that names the folio, the parties and the signature blocks. An area user of
 * another department gets none of them. The PDFs stay in ear/target/documents to look at.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DocumentsIT {

    private static final String HEADER = "H. Ayuntamiento de Veracruz";
    private static final String DIRECTORATE = "Dirección de Modernización, Innovación y Gobierno Abierto";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ScrDeployment.earWith(DocumentTestData.class, TestOficios.class, TestCfdis.class, PdfText.class);
    }

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void eachDocumentOfTheReportPageOpensAsAPdfWithItsPartiesAndSignatures() throws Exception {
        String dictamen = DocumentTestData.call(Map.of("que", "dictamen"));
        String[] order = DocumentTestData.call(Map.of("que", "orden")).split("\\|");
        String subject = "Respuesta a su oficio " + UUID.randomUUID().toString().substring(0, 8);
        String declined = DocumentTestData.call(Map.of("que", "declinado", "asunto", subject));
        browser.signIn("director", "demo");

        browser.open("/reporte.xhtml?folio=" + dictamen);
        assertEquals(List.of("reporte", "dictamen"), links());
        browser.screenshot("documentos-pr03");
        assertContains(download("reporte", "reporte-servicio-" + dictamen + ".pdf"), dictamen,
                "REPORTE DE SERVICIO", "PR-DMIGA-03", "Tesorería Municipal", "C.P. Gabriela Torres Lima",
                "Dictamen técnico para baja de equipo de cómputo", "Atendió", "Jorge Castillo Peña",
                "Departamento de Mantenimiento y Atención a Usuarios", "Conformidad del área solicitante",
                "Pendiente de firma");
        assertContains(download("dictamen", "dictamen-tecnico-" + dictamen + ".pdf"), dictamen,
                "DICTAMEN TÉCNICO", "Artículos 95 y 107", "Tesorería Municipal", "TES-0101",
                "Tarjeta madre (dañada): Capacitores inflados", "Baja", "TES-0103", "Reparable",
                "Disco de estado sólido de 480 GB", "Elaboró", "Jorge Castillo Peña", "Laura Pérez Gómez",
                "Jefa de oficina, Tesorería Municipal", "Firmó el", "Por firmar", "Director de Modernización",
                "Pendiente de firma");

        browser.open("/reporte.xhtml?folio=" + order[0]);
        assertEquals(List.of("reporte", "orden-pago", "factura-xml", "factura-pdf"), links());
        // The provider's files as uploaded at step 1A, named after the folio
        List<?> xml = get(link("factura-xml"));
        assertEquals(List.of(200L, "application/xml", "attachment; filename=\"factura-" + order[0] + ".xml\""),
                xml.subList(0, 3));
        String cfdi = new String(Base64.getDecoder().decode((String) xml.get(3)), StandardCharsets.UTF_8);
        assertTrue(cfdi.contains("<cfdi:Comprobante") && cfdi.contains("Rfc=\"TMX850101AB1\""), cfdi);
        List<?> pdf = get(link("factura-pdf"));
        assertEquals(List.of(200L, "application/pdf", "attachment; filename=\"factura-" + order[0] + ".pdf\""),
                pdf.subList(0, 3));
        assertEquals(TestCfdis.PDF, new String(Base64.getDecoder().decode((String) pdf.get(3)), StandardCharsets.US_ASCII));
        assertContains(download("orden-pago", "orden-pago-" + order[0] + ".pdf"), order[0],
                "ORDEN DE PAGO", "TMX850101AB1", "$1,160.00", order[1], "Servicio telefónico de noviembre",
                "Patricia Domínguez Mora", "Autorizó", "Ricardo Solís Aguirre", "Director DMIGA", "Firmó el",
                "Subdirección de Adquisiciones", "Contraloría Interna", "Subdirección de Presupuestos",
                "Comisión de Hacienda", "Pendiente de firma");

        browser.open("/reporte.xhtml?folio=" + declined);
        assertEquals(List.of("reporte"), links());
        WebElement oficio = browser.driver().findElement(By.cssSelector("#oficios a[data-oficio]"));
        String id = oficio.getDomAttribute("data-oficio");
        browser.screenshot("documentos-oficio");
        assertContains(fetch(oficio.getDomProperty("href"), "oficio-" + declined + "-" + id + ".pdf"), declined,
                "Oficio núm. DMIGA/", "Asunto: " + subject, "C. Titular de Tesorería Municipal",
                "no cuenta con personal para este desarrollo", "ATENTAMENTE", "Ricardo Solís Aguirre",
                "Director de Modernización, Innovación y Gobierno Abierto");
    }

    @Test
    void anAreaUserOfAnotherDepartmentGetsNoDocument() throws Exception {
        String otherDepartment = DocumentTestData.call(Map.of("que", "otra"));
        String own = DocumentTestData.call(Map.of("que", "declinado", "asunto", "Respuesta"));
        String ownOrder = DocumentTestData.call(Map.of("que", "orden")).split("\\|")[0];
        browser.signIn("solicitante", "demo");

        assertEquals(404, status("/scr/documento?folio=" + otherDepartment + "&tipo=reporte"));
        assertEquals(404, status("/scr/documento?folio=" + own + "&tipo=dictamen"), "not a PR-DMIGA-03 report");
        assertEquals(404, status("/scr/documento?folio=" + own + "&tipo=oficio&oficio=999999999"));
        assertEquals(403, status("/scr/documento?folio=" + ownOrder + "&tipo=orden-pago"),
                "the payment order is for the chain's roles only");
        assertEquals(403, status("/scr/factura?folio=" + ownOrder + "&archivo=xml"), "and so is its invoice");
        browser.open("/reporte.xhtml?folio=" + own);
        assertEquals(List.of("reporte"), links());
        assertContains(download("reporte", "reporte-servicio-" + own + ".pdf"), own, "Tesorería Municipal");
    }

    /** The kinds of the document links on the report page, in order. */
    private List<String> links() {
        browser.find("documentos-pdf");
        return browser.driver().findElements(By.cssSelector("#documentos-pdf a[data-documento]")).stream()
                .map(a -> a.getDomAttribute("data-documento")).toList();
    }

    private String download(String kind, String fileName) throws IOException {
        return fetch(link(kind), fileName);
    }

    private String link(String kind) {
        return browser.driver().findElement(By.cssSelector("#documentos-pdf a[data-documento='" + kind + "']"))
                .getDomProperty("href");
    }

    /** Fetches a link in the signed-in browser: a PDF, inline, under the file name; answers its text. */
    private String fetch(String href, String fileName) throws IOException {
        List<?> answer = get(href);
        assertEquals(200L, answer.get(0), href);
        assertEquals("application/pdf", answer.get(1));
        assertEquals("inline; filename=\"" + fileName + "\"", answer.get(2));
        byte[] pdf = Base64.getDecoder().decode((String) answer.get(3));
        Path dir = Path.of("target", "documents");
        Files.createDirectories(dir);
        Files.write(dir.resolve(fileName), pdf);
        String text = PdfText.of(pdf);
        assertContains(text, HEADER, DIRECTORATE, "Página 1");
        return text;
    }

    private long status(String path) {
        return (Long) get(Http.SERVER + path).get(0);
    }

    /** Status, content type, content disposition and body (base64) of a GET made by the browser itself. */
    private List<?> get(String href) {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        return (List<?>) js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.arrayBuffer().then(b => {
                    const bytes = new Uint8Array(b);
                    let binary = '';
                    for (let i = 0; i < bytes.length; i++) binary += String.fromCharCode(bytes[i]);
                    done([r.status, r.headers.get('Content-Type'), r.headers.get('Content-Disposition'), btoa(binary)]);
                })).catch(e => done([0, String(e), null, '']));
                """, href);
    }
}
