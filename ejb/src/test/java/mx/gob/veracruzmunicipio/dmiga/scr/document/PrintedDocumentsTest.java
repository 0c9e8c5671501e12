package mx.gob.veracruzmunicipio.dmiga.scr.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import org.junit.jupiter.api.Test;

import mx.gob.veracruzmunicipio.dmiga.scr.account.Role;
import mx.gob.veracruzmunicipio.dmiga.scr.catalog.Department;
import mx.gob.veracruzmunicipio.dmiga.scr.oficio.OutgoingOficio;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr03.DictamenView;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr03.Finding;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr03.PartCondition;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr03.Verdict;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr04.PaymentOrderView;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr04.SatStatus;
import mx.gob.veracruzmunicipio.dmiga.scr.report.Channel;
import mx.gob.veracruzmunicipio.dmiga.scr.report.Priority;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ProcedureKey;
import mx.gob.veracruzmunicipio.dmiga.scr.report.Report;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ServiceCategory;
import mx.gob.veracruzmunicipio.dmiga.scr.report.TimelineView;
import mx.gob.veracruzmunicipio.dmiga.scr.signature.SignatureView;
import mx.gob.veracruzmunicipio.dmiga.scr.signature.SignedDocument;

/**
 * Each document printed from its data, read back as text: the header, the folio, the parties and
 * the signature blocks are there, with their accents. The files stay in target/documents to look at.
 */
class PrintedDocumentsTest {

    private static final String FOLIO = "DMIGA-2026-000042";
    private static final Instant AT = Instant.parse("2026-11-25T17:30:00Z");
    private static final Department TESORERIA = new Department("TES", "Tesorería Municipal");

    @Test
    void theServiceReportNamesWhoAttendedAndTheAreaThatSigned() throws Exception {
        Report report = new Report(ProcedureKey.PR_DMIGA_01, Channel.TELEFONO, TESORERIA,
                ServiceCategory.ASISTENCIA_TECNICA, Priority.MEDIA, "La impresora de cajas no imprime",
                "Atasco de papel y error de tóner", "Jefe de cajas", "secretaria", AT);
        report.number(FOLIO);
        List<TimelineView> timeline = List.of(
                new TimelineView(1, "1", "RECIBIR", "Recibir solicitud", null, "3", "secretaria", Role.SECRETARIA, AT,
                        "Llamada de la Tesorería", null, null, null),
                new TimelineView(2, "4", "ATENDER", "Atender el evento", "Atendido", "5", "mantenimiento",
                        Role.MANTENIMIENTO, AT.plusSeconds(3600), "Se cambió el tóner", null, null, null));
        SignatureView area = new SignatureView(FOLIO, SignedDocument.REPORTE_SERVICIO, "Gabriela Torres Lima",
                "Tesorera Municipal", "Tesorería Municipal", AT.plusSeconds(7200), 5, "Muy buen servicio", AT, "ceropapel");

        String text = text("reporte", ServiceReportDocument.render(report, timeline,
                Map.of("secretaria", "Laura Méndez Ruiz", "mantenimiento", "Jorge Castillo Peña"), Optional.of(area)));

        assertHeader(text);
        assertContains(text, "REPORTE DE SERVICIO", "Folio " + FOLIO, "Tesorería Municipal", "Jefe de cajas",
                "La impresora de cajas no imprime", "Se cambió el tóner", "Atendió", "Jorge Castillo Peña",
                "Departamento de Mantenimiento y Atención a Usuarios", "Conformidad del área solicitante",
                "Gabriela Torres Lima", "Calificación 5 de 5");
    }

    @Test
    void theDictamenListsItemsVerdictsAndItsSignatureBlocks() throws Exception {
        DictamenView dictamen = new DictamenView(FOLIO, "Tesorería Municipal", LocalDate.of(2026, 11, 25), AT,
                "mantenimiento", DictamenView.LEGAL_BASIS, List.of(
                        new DictamenView.Item(1, "TES-0101", "Computadora de escritorio", "Dell", "OptiPlex 3020",
                                "5XK2Q12", List.of(new Finding("Tarjeta madre", PartCondition.DANADA, "Capacitores inflados")),
                                Verdict.BAJA, null),
                        new DictamenView.Item(2, "TES-0103", "Computadora portátil", "Lenovo", "ThinkPad T440",
                                "PB-0A1B2C", List.of(new Finding("Disco duro", PartCondition.DANADA, null)),
                                Verdict.REPARABLE, "Disco de estado sólido de 480 GB")),
                List.of(new SignatureView(FOLIO, SignedDocument.DICTAMEN_TECNICO, "Laura Pérez Gómez", "Jefa de oficina",
                        "Tesorería Municipal", AT, null, null, AT, "ceropapel")),
                List.of("Director de Modernización, Innovación y Gobierno Abierto"));

        String text = text("dictamen", DictamenDocument.render(dictamen, "Jorge Castillo Peña"));

        assertHeader(text);
        assertContains(text, "DICTAMEN TÉCNICO", "Folio " + FOLIO, "Artículos 95 y 107", "TES-0101", "TES-0103",
                "Tarjeta madre (dañada): Capacitores inflados", "Baja", "Reparable",
                "Disco de estado sólido de 480 GB", "Elaboró", "Jorge Castillo Peña", "Laura Pérez Gómez",
                "Pendiente de firma");
    }

    @Test
    void thePaymentOrderShowsTheInvoiceAndTheChainSignedSoFar() throws Exception {
        PaymentOrderView.Invoice invoice = new PaymentOrderView.Invoice("6F2A1C3E-0000-4000-8000-000000000001",
                "A-123", "TMX850101AB1", "MVE850101AB1", LocalDate.of(2026, 11, 20), new BigDecimal("1000.00"),
                new BigDecimal("160.00"), null, new BigDecimal("1160.00"), "Servicio telefónico de noviembre",
                "seguimiento", AT, SatStatus.VIGENTE, "S", "secretaria", AT, "Teléfonos de México",
                "Municipio de Veracruz", "MXN", null, LocalDateTime.of(2026, 11, 20, 10, 0), "Zm9vYmFy", List.of());
        PaymentOrderView order = new PaymentOrderView(FOLIO, invoice, "TMX850101AB1", "Teléfonos de México",
                new BigDecimal("1160.00"), "3141-TEL", "Servicio telefónico de noviembre", 1, "seguimiento", AT,
                List.of(new PaymentOrderView.Signature(1, "3A", Role.DIRECTOR, "director", "Ricardo Solís Aguirre", AT,
                        true, null)), null, List.of(), null, List.of());

        String text = text("orden-pago", PaymentOrderDocument.render(order,
                Map.of("seguimiento", "Patricia Domínguez Mora")));

        assertHeader(text);
        assertContains(text, "ORDEN DE PAGO", "Folio " + FOLIO, "Teléfonos de México", "TMX850101AB1", "$1,160.00",
                "3141-TEL", "Servicio telefónico de noviembre", "Patricia Domínguez Mora", "Ricardo Solís Aguirre",
                "Director DMIGA", "Subdirección de Adquisiciones", "Contraloría Interna", "Comisión de Hacienda",
                "Pendiente de firma");
    }

    @Test
    void theReplyOficioCarriesItsNumberAddresseeBodyAndTheDirectorsSignature() throws Exception {
        Report report = new Report(ProcedureKey.PR_DMIGA_05, Channel.OFICIO, TESORERIA,
                ServiceCategory.SISTEMAS_INFORMACION, Priority.MEDIA, "Sistema de asistencia", null, "Tesorera",
                "ceropapel", AT);
        report.number(FOLIO);
        OutgoingOficio oficio = new OutgoingOficio(report, "Tesorería Municipal", "Respuesta a su oficio TES/0042/2026",
                "Por el momento la Dirección no cuenta con personal para este desarrollo.\n\nSe atenderá en 2027.",
                "director", AT);
        Field id = OutgoingOficio.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(oficio, 42L);

        String text = text("oficio", ReplyOficioDocument.render(oficio, "Ricardo Solís Aguirre"));

        assertHeader(text);
        assertContains(text, "Oficio núm. DMIGA/2026/000042", "25 de noviembre de 2026",
                "Asunto: Respuesta a su oficio TES/0042/2026", "Referencia: reporte " + FOLIO,
                "C. Titular de Tesorería Municipal", "no cuenta con personal", "Se atenderá en 2027.",
                "Ricardo Solís Aguirre", "Director de Modernización, Innovación y Gobierno Abierto");
        assertEquals("oficio-" + FOLIO + "-42.pdf", oficio.pdfFileName());
    }

    private static void assertHeader(String text) {
        assertContains(text, "H. Ayuntamiento de Veracruz", "Dirección de Modernización, Innovación y Gobierno Abierto",
                "Página 1");
    }

    private static void assertContains(String text, String... expected) {
        for (String part : expected) {
            assertTrue(text.contains(part), "«" + part + "» in:\n" + text);
        }
    }

    /** The text of every page, one space between words; the PDF is kept in target/documents. */
    private static String text(String name, byte[] pdf) throws IOException {
        Path dir = Path.of("target", "documents");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".pdf"), pdf);
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            // Cells wrap their text at any width: compare words, not lines.
            return text.toString().replaceAll("\\s+", " ");
        } finally {
            reader.close();
        }
    }
}
