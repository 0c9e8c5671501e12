package mx.gob.veracruzmunicipio.dmiga.scr.ws.oficio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import mx.gob.veracruzmunicipio.dmiga.scr.intake.OficioReceipt;
import mx.gob.veracruzmunicipio.dmiga.scr.intake.OficioReceived;
import mx.gob.veracruzmunicipio.dmiga.scr.platform.InvalidInputException;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ProcedureKey;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ServiceCategory;

class OficioMappingTest {

    private static OficioJson.OficioEntrante oficio(String procedimiento, String categoria, String contenido) {
        return new OficioJson.OficioEntrante("CP-1", "TES/1/2026", OffsetDateTime.parse("2026-11-20T10:00:00-06:00"),
                new OficioJson.Dependencia("TES", "Tesorería"), new OficioJson.Remitente("Gabriela", "Tesorera", null),
                "Asunto", "Cuerpo", procedimiento, categoria,
                List.of(new OficioJson.Anexo("oficio.pdf", "application/pdf", contenido)), null);
    }

    @Test
    void theJsonOficioBecomesTheIntakesOficio() {
        OficioReceived received = OficioMapping.received(oficio("PR-DMIGA-06", "SISTEMAS_INFORMACION", "JVBERi0="));

        assertEquals("CP-1", received.ceroPapelId());
        assertEquals(Instant.parse("2026-11-20T16:00:00Z"), received.datedAt());
        assertEquals(ProcedureKey.PR_DMIGA_06, received.procedure());
        assertEquals(ServiceCategory.SISTEMAS_INFORMACION, received.category());
        assertArrayEquals("%PDF-".getBytes(StandardCharsets.US_ASCII), received.attachments().get(0).content());
    }

    @Test
    void everyUnreadableFieldIsListed() {
        InvalidInputException invalid = assertThrows(InvalidInputException.class,
                () -> OficioMapping.received(oficio("PR-DMIGA-99", "OTRA", "x")));

        assertEquals(3, invalid.messages().size(), invalid.messages().toString());
    }

    @Test
    void aDuplicateAcuseSaysSo() {
        OficioJson.AcuseRecibo acuse = OficioMapping.acuseJson(
                new OficioReceipt("DMIGA-2026-000007", "CP-1", Instant.parse("2026-11-20T16:00:00Z"), true));

        assertEquals("DUPLICADO", acuse.estado());
        assertEquals(OffsetDateTime.parse("2026-11-20T16:00:00Z"), acuse.fechaRecepcion());
        assertEquals("El oficio CP-1 ya se había recibido con el folio DMIGA-2026-000007; no se registró de nuevo.",
                acuse.mensaje());
    }
}
