package mx.gob.veracruzmunicipio.dmiga.scr.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.naming.InitialContext;
import javax.sql.DataSource;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import mx.gob.veracruzmunicipio.dmiga.scr.intake.OficioReceived;
import mx.gob.veracruzmunicipio.dmiga.scr.intake.ReportIntake;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ProcedureKey;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ServiceCategory;

/**
 * The open data answer anyone without credentials, as CSV (RFC 4180) and JSON with the same
 * figures, which equal counts made directly in the database over reports seeded in 2019; and no
 * name, e-mail, folio or subject of a report ever appears in them or in the public page.
 */
@ExtendWith(ArquillianExtension.class)
class OpenDataIT {

    private static final String API = Http.SERVER + "/scr/api/v1/datos-abiertos/reportes-por-mes";
    private static final ZoneOffset UTC = ZoneOffset.UTC;
    private static final ZoneId CITY = ZoneId.of("America/Mexico_City");

    private static final String SUBJECT = "Asunto reservado Zorobabel Quetzaltepec";
    private static final String REQUESTER = "Eusebia Quintanilla Rocafuerte";
    private static final String E_MAIL = "eusebia.quintanilla@correo-privado.mx";
    private static final String USERNAME = "equintanilla";

    @Deployment
    static EnterpriseArchive deployment() {
        return ScrDeployment.earWith(OpenDataIT.class, Http.class, TestOficios.class);
    }

    @Inject
    ReportIntake intake;

    private final List<String> folios = new ArrayList<>();

    /**
     * March to June 2019 (no holidays, Monday to Friday 9:00–17:00): PR-DMIGA-05 has three reports
     * closed in March after 10, 4 and 10 business hours, one declined in April, one still open and
     * one opened in May and closed in June; PR-DMIGA-02 one waiting outside. Every test adds its own, so the figures
     * are checked against the database, not against these numbers alone.
     */
    @BeforeEach
    void seed() throws Exception {
        report(ProcedureKey.PR_DMIGA_05, "CERRADO", at(2019, 3, 4, 10), at(2019, 3, 5, 12));
        report(ProcedureKey.PR_DMIGA_05, "CERRADO", at(2019, 3, 6, 9), at(2019, 3, 6, 13));
        report(ProcedureKey.PR_DMIGA_05, "CERRADO", at(2019, 3, 7, 16), at(2019, 3, 11, 10));
        report(ProcedureKey.PR_DMIGA_05, "DECLINADO", at(2019, 3, 8, 10), at(2019, 4, 2, 10));
        report(ProcedureKey.PR_DMIGA_05, "EN_TRAMITE", at(2019, 3, 20, 10), null);
        report(ProcedureKey.PR_DMIGA_05, "CERRADO", at(2019, 5, 30, 10), at(2019, 6, 3, 11));
        report(ProcedureKey.PR_DMIGA_02, "EN_ESPERA", at(2019, 3, 12, 10), null);
    }

    @Test
    void csvAndJsonAnswerWithoutCredentialsWithTheDatabasesCounts() throws Exception {
        HttpResponse<String> csv = new Http().get(API + ".csv?desde=2019-03&hasta=2019-06");
        HttpResponse<String> json = new Http().get(API + ".json?desde=2019-03&hasta=2019-06");

        assertEquals(200, csv.statusCode(), csv.body());
        assertEquals("text/csv;charset=UTF-8", csv.headers().firstValue("Content-Type").orElseThrow()
                .replace(" ", ""));
        assertEquals(200, json.statusCode(), json.body());
        assertTrue(json.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"));

        // RFC 4180: a header row, CRLF after every record, names with commas quoted.
        String[] lines = csv.body().split("\r\n", -1);
        assertEquals("mes,procedimiento,nombre,abiertos,cerrados,declinados,abiertos_al_fin_de_mes,"
                + "horas_habiles_promedio_cierre,horas_habiles_mediana_cierre", lines[0]);
        assertEquals("", lines[lines.length - 1]);
        assertEquals(1 + 4 * 11, lines.length - 1);
        assertFalse(csv.body().replace("\r\n", "").contains("\n"));
        assertTrue(csv.body().contains(",PR-DMIGA-06,\"Actualización, mejora o corrección de errores en aplicativos\","),
                csv.body());

        JsonArray rows = Json.createReader(new StringReader(json.body())).readArray();
        assertEquals(4 * 11, rows.size());
        for (int i = 0; i < rows.size(); i++) {
            JsonObject row = rows.getJsonObject(i);
            List<String> fields = csvFields(lines[i + 1]);
            YearMonth month = YearMonth.parse(row.getString("mes"));
            ProcedureKey key = ProcedureKey.fromCode(row.getString("procedimiento"));
            Instant start = month.atDay(1).atStartOfDay(CITY).toInstant();
            Instant end = month.plusMonths(1).atDay(1).atStartOfDay(CITY).toInstant();

            long opened = count("created_at >= ? AND created_at < ?", key, start, end);
            long closed = count("status = 'CERRADO' AND closed_at >= ? AND closed_at < ?", key, start, end);
            long declined = count("status = 'DECLINADO' AND closed_at >= ? AND closed_at < ?", key, start, end);
            long openAtEnd = count("created_at < ? AND (closed_at IS NULL OR closed_at >= ?)", key, end, end);
            assertEquals(opened, row.getJsonNumber("abiertos").longValue(), row.toString());
            assertEquals(closed, row.getJsonNumber("cerrados").longValue(), row.toString());
            assertEquals(declined, row.getJsonNumber("declinados").longValue(), row.toString());
            assertEquals(openAtEnd, row.getJsonNumber("abiertosAlFinDeMes").longValue(), row.toString());

            assertEquals(List.of(month.toString(), key.code(), key.title(), Long.toString(opened),
                    Long.toString(closed), Long.toString(declined), Long.toString(openAtEnd)), fields.subList(0, 7));
            assertEquals(hours(row, "horasHabilesPromedioCierre"), fields.get(7).isEmpty() ? null
                    : Double.valueOf(fields.get(7)), row.toString());
            assertEquals(hours(row, "horasHabilesMedianaCierre"), fields.get(8).isEmpty() ? null
                    : Double.valueOf(fields.get(8)), row.toString());
        }

        JsonObject march = find(rows, "2019-03", ProcedureKey.PR_DMIGA_05);
        assertTrue(march.getJsonNumber("abiertos").longValue() >= 5);
        assertEquals(8.0, march.getJsonNumber("horasHabilesPromedioCierre").doubleValue());
        assertEquals(10.0, march.getJsonNumber("horasHabilesMedianaCierre").doubleValue());
        JsonObject april = find(rows, "2019-04", ProcedureKey.PR_DMIGA_05);
        assertTrue(april.getJsonNumber("declinados").longValue() >= 1);
        assertTrue(april.isNull("horasHabilesPromedioCierre"));
        JsonObject june = find(rows, "2019-06", ProcedureKey.PR_DMIGA_05);
        // Opened on Thursday 30 May at 10:00, closed on Monday 3 June at 11:00: 7 + 8 + 2 hours.
        assertEquals(17.0, june.getJsonNumber("horasHabilesMedianaCierre").doubleValue());
        assertTrue(june.getJsonNumber("abiertosAlFinDeMes").longValue() >= 1);
        assertTrue(find(rows, "2019-06", ProcedureKey.PR_DMIGA_02).getJsonNumber("abiertosAlFinDeMes").longValue() >= 1);
    }

    @Test
    void noNameEMailFolioOrSubjectAppearsInTheFiguresOrThePublicPage() throws Exception {
        OficioReceived oficio = TestOficios.asking(ProcedureKey.PR_DMIGA_06, ServiceCategory.SISTEMAS_INFORMACION,
                "Revisar el expediente de Zorobabel Quetzaltepec");
        String folio = SignedIn.as("ceropapel", "demo", () -> intake.receiveOficio(new OficioReceived(
                oficio.ceroPapelId(), oficio.number(), oficio.datedAt(), oficio.departmentCode(),
                oficio.departmentName(), "Lic. Anacleta Villaseñor Pimentel", oficio.senderPosition(),
                "anacleta.villasenor@correo-privado.mx", oficio.subject(),
                "Comunicarse con Anacleta al 229 555 0101.", oficio.procedure(), oficio.category(),
                oficio.attachments()))).folio();
        List<String> secrets = new ArrayList<>(List.of(SUBJECT, REQUESTER, E_MAIL, USERNAME, "Zorobabel",
                "Quetzaltepec", "Anacleta", "Villaseñor", "correo-privado", "229 555", folio));
        secrets.addAll(folios);

        Http anyone = new Http();
        for (String address : List.of(API + ".csv", API + ".json", API + ".csv?desde=2019-03&hasta=2019-06",
                API + ".json?desde=2019-03&hasta=2019-06", Http.SERVER + "/scr/datos-abiertos.xhtml",
                Http.SERVER + "/scr/datos-abiertos.xhtml?desde=2019-03&hasta=2019-06")) {
            HttpResponse<String> answer = anyone.get(address);
            assertEquals(200, answer.statusCode(), address);
            for (String secret : secrets) {
                assertFalse(answer.body().contains(secret), address + " shows " + secret);
            }
        }
        // The report itself counts: this month's PR-DMIGA-06 figure includes it.
        JsonArray rows = Json.createReader(new StringReader(anyone.get(API + ".json").body())).readArray();
        JsonObject now = find(rows, YearMonth.now(CITY).toString(), ProcedureKey.PR_DMIGA_06);
        assertTrue(now.getJsonNumber("abiertos").longValue() >= 1, now.toString());
    }

    @Test
    void aWrongMonthIsRefusedInSpanishAndTheContractDescribesTheFigures() throws Exception {
        HttpResponse<String> wrong = new Http().get(API + ".json?desde=marzo");
        assertEquals(400, wrong.statusCode());
        assertEquals("application/problem+json", wrong.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(wrong.body().contains("El parámetro desde debe ser un mes con el formato AAAA-MM"), wrong.body());

        HttpResponse<String> tooLong = new Http().get(API + ".csv?desde=2000-01&hasta=2026-01");
        assertEquals(400, tooLong.statusCode());
        assertTrue(tooLong.body().contains("a lo más 120 meses"), tooLong.body());

        String openapi = new Http().get(Http.SERVER + "/scr/api/openapi").body();
        assertTrue(openapi.contains("/v1/datos-abiertos/reportes-por-mes.csv:"), openapi);
        assertTrue(openapi.contains("/v1/datos-abiertos/reportes-por-mes.json:"), openapi);
        assertTrue(openapi.contains("text/csv"), openapi);
    }

    private static JsonObject find(JsonArray rows, String month, ProcedureKey key) {
        return rows.stream().map(JsonObject.class::cast)
                .filter(r -> r.getString("mes").equals(month) && r.getString("procedimiento").equals(key.code()))
                .findFirst().orElseThrow(() -> new AssertionError(month + " " + key));
    }

    private static Double hours(JsonObject row, String name) {
        return row.isNull(name) ? null : row.getJsonNumber(name).doubleValue();
    }

    /** The fields of one CSV record, unquoted (RFC 4180: "" inside quotes is one quote). */
    private static List<String> csvFields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    private static Instant at(int year, int month, int day, int hour) {
        return LocalDateTime.of(year, month, day, hour, 0).atZone(CITY).toInstant();
    }

    private void report(ProcedureKey key, String status, Instant created, Instant closed) throws Exception {
        String folio = "OD-" + UUID.randomUUID().toString().substring(0, 12);
        try (Connection connection = dataSource().getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO report (folio, procedure_key, "
                     + "channel, department_id, priority, subject, description, requester, status, created_at, "
                     + "created_by, updated_at, updated_by, step_started_at, overdue, closed_at, timeline_length, "
                     + "version) VALUES (?, ?, 'OFICIO', (SELECT MIN(id) FROM department), 'MEDIA', ?, ?, ?, ?, ?, ?, "
                     + "?, ?, ?, FALSE, ?, 0, 0)")) {
            insert.setString(1, folio);
            insert.setString(2, key.name());
            insert.setString(3, SUBJECT);
            insert.setString(4, "Datos de contacto: " + E_MAIL);
            insert.setString(5, REQUESTER);
            insert.setString(6, status);
            insert.setObject(7, created.atOffset(UTC));
            insert.setString(8, USERNAME);
            insert.setObject(9, (closed == null ? created : closed).atOffset(UTC));
            insert.setString(10, USERNAME);
            insert.setObject(11, created.atOffset(UTC));
            insert.setObject(12, closed == null ? null : closed.atOffset(UTC),
                    java.sql.Types.TIMESTAMP_WITH_TIMEZONE);
            assertEquals(1, insert.executeUpdate());
        }
        folios.add(folio);
    }

    private static long count(String condition, ProcedureKey key, Instant first, Instant second) throws Exception {
        try (Connection connection = dataSource().getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT COUNT(*) FROM report WHERE procedure_key = ? AND "
                     + condition)) {
            query.setString(1, key.name());
            query.setObject(2, first.atOffset(UTC));
            query.setObject(3, second.atOffset(UTC));
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    private static DataSource dataSource() throws Exception {
        return (DataSource) new InitialContext().lookup("java:jboss/datasources/ScrDS");
    }
}
