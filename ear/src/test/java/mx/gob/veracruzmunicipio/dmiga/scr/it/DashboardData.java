package mx.gob.veracruzmunicipio.dmiga.scr.it;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.wildfly.security.auth.server.SecurityDomain;

import mx.gob.veracruzmunicipio.dmiga.scr.intake.PhoneRequest;
import mx.gob.veracruzmunicipio.dmiga.scr.intake.ReportIntake;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.CeroPapelSignatures;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr01.EventAttention;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr01.RaisedReport;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr01.ServiceReportProcedure;
import mx.gob.veracruzmunicipio.dmiga.scr.report.Priority;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ProcedureKey;
import mx.gob.veracruzmunicipio.dmiga.scr.report.Reports;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ServiceCategory;
import mx.gob.veracruzmunicipio.dmiga.scr.signature.NewSignature;
import mx.gob.veracruzmunicipio.dmiga.scr.signature.SignedDocument;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ActionData.Note;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ReplyOficio;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ReportView;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Workflow;

/**
 * Test data for the Tablero's browser test: deployed in the test module of
 * {@link ScrDeployment#earWith}, {@code POST /scr-tests/datos/tablero} with {@code accion=}
 * <ul>
 * <li>{@code sembrar}: reports of PR-DMIGA-06 (three open, one of them overdue, one declined) and
 * of PR-DMIGA-01 (one closed and rated 4 through Cero Papel's RegistrarFirma, one rated 2 and
 * waiting to be closed), taken through their procedures by the demo accounts and then dated on
 * one day of the last century, a period no other test creates reports in; answers that day
 * ({@code yyyy-MM-dd});</li>
 * <li>{@code contar&desde=…&hasta=…}: the figures of the period counted directly in the database
 * with SQL of its own, one line per procedure, separated by tabs: code, open, overdue, closed, declined, the average
 * business hours to close and the average rating (one decimal, "-" when none);</li>
 * <li>{@code pasos&desde=…&hasta=…}: per procedure and step left, how many times a report left it and
 * the average business hours it spent there, one line each, separated by tabs.</li>
 * </ul>
 */
@WebServlet("/datos/tablero")
public class DashboardData extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final ZoneId CITY = ZoneId.of("America/Mexico_City");
    private static final String OPEN = "('SIN_CLASIFICAR', 'EN_TRAMITE', 'EN_ESPERA')";

    @EJB
    ReportIntake intake;

    @EJB
    ServiceReportProcedure serviceReports;

    @EJB
    CeroPapelSignatures signatures;

    @EJB
    Workflow workflow;

    @EJB
    Reports reports;

    @Resource(lookup = "java:jboss/datasources/ScrDS")
    DataSource database;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        try {
            String answer = switch (request.getParameter("accion")) {
                case "sembrar" -> seed();
                case "contar" -> count(LocalDate.parse(request.getParameter("desde")),
                        LocalDate.parse(request.getParameter("hasta")));
                case "pasos" -> steps(LocalDate.parse(request.getParameter("desde")),
                        LocalDate.parse(request.getParameter("hasta")));
                default -> throw new IllegalArgumentException(request.getParameter("accion"));
            };
            response.getWriter().write(answer);
        } catch (Exception e) {
            response.setStatus(409);
            response.getWriter().write(String.valueOf(e));
        }
    }

    private String seed() throws Exception {
        SecurityDomain domain = SecurityDomain.getCurrent();
        List<String> folios = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            String subject = "Tablero: corrección del aplicativo " + i;
            folios.add(SignedIn.as(domain, "ceropapel", "demo", () -> intake.receiveOficio(TestOficios.asking(
                    ProcedureKey.PR_DMIGA_06, ServiceCategory.SISTEMAS_INFORMACION, subject)).folio()));
        }
        String declined = folios.get(3);
        SignedIn.as(domain, "director", "demo", () -> workflow.decline(reports.view(declined).ref(),
                new ReplyOficio("Respuesta a su solicitud", "No procede la corrección solicitada.", null)));
        folios.add(ratedServiceReport(domain, 4, true));
        folios.add(ratedServiceReport(domain, 2, false));

        LocalDate day = LocalDate.of(1950, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(365 * 50));
        Instant noon = day.atTime(LocalTime.NOON).atZone(CITY).toInstant();
        try (Connection connection = database.getConnection();
             PreparedStatement date = connection.prepareStatement("UPDATE report SET created_at = ? WHERE folio = ?");
             PreparedStatement overdue = connection.prepareStatement("UPDATE report SET overdue = TRUE WHERE folio = ?")) {
            for (String folio : folios) {
                date.setObject(1, noon.atOffset(ZoneOffset.UTC));
                date.setString(2, folio);
                date.executeUpdate();
            }
            // As if its step's due time had passed (the SLA timer's flag), without waiting hours for it.
            overdue.setString(1, folios.get(0));
            overdue.executeUpdate();
        }
        return day.toString();
    }

    /** A PR-DMIGA-01 phone request attended by Mantenimiento and signed with this rating through Cero Papel. */
    private String ratedServiceReport(SecurityDomain domain, int rating, boolean close) throws Exception {
        ReportView at3 = SignedIn.as(domain, "secretaria", "demo", () -> intake.registerPhoneRequest(new PhoneRequest(
                ProcedureKey.PR_DMIGA_01, "TES", ServiceCategory.ASISTENCIA_TECNICA, Priority.MEDIA,
                "Tablero: sin red en cajas", "Las cajas no tienen red", "Jefe de cajas", null)));
        ReportView at4 = SignedIn.as(domain, "mantenimiento", "demo", () -> serviceReports.raiseReport(at3.ref(),
                new RaisedReport("Nodo de red sin señal", false, null)));
        SignedIn.as(domain, "mantenimiento", "demo", () -> serviceReports.attend(at4.ref(),
                new EventAttention("Se reconectó el nodo", List.of(), null)));
        SignedIn.as(domain, "ceropapel", "demo", () -> signatures.register(at3.folio(), new NewSignature(
                SignedDocument.REPORTE_SERVICIO, "Jefe de cajas", "Jefe de departamento", "Tesorería", Instant.now(),
                rating, null)));
        if (close) {
            SignedIn.as(domain, "secretaria", "demo", () -> serviceReports.close(reports.view(at3.folio()).ref(),
                    new Note(null)));
        }
        return at3.folio();
    }

    private String count(LocalDate from, LocalDate to) throws SQLException {
        Instant start = from.atStartOfDay(CITY).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(CITY).toInstant();
        Map<String, String[]> rows = new TreeMap<>();
        try (Connection connection = database.getConnection()) {
            try (ResultSet result = query(connection, "SELECT procedure_key,"
                    + " SUM(CASE WHEN status IN " + OPEN + " THEN 1 ELSE 0 END),"
                    + " SUM(CASE WHEN status IN " + OPEN + " AND overdue THEN 1 ELSE 0 END),"
                    + " SUM(CASE WHEN status = 'CERRADO' THEN 1 ELSE 0 END),"
                    + " SUM(CASE WHEN status = 'DECLINADO' THEN 1 ELSE 0 END)"
                    + " FROM report WHERE created_at >= ? AND created_at < ? GROUP BY procedure_key", start, end)) {
                while (result.next()) {
                    rows.put(code(result.getString(1)), new String[] {result.getString(2), result.getString(3),
                            result.getString(4), result.getString(5), "-", "-"});
                }
            }
            // Each closed report's business time is the sum of its timeline entries; averaged per report.
            try (ResultSet result = query(connection, "SELECT r.procedure_key, AVG(CAST(t.total AS DOUBLE PRECISION))"
                    + " FROM report r JOIN (SELECT report_id, COALESCE(SUM(business_seconds), 0) AS total"
                    + " FROM timeline_entry GROUP BY report_id) t ON t.report_id = r.id"
                    + " WHERE r.created_at >= ? AND r.created_at < ? AND r.status = 'CERRADO'"
                    + " GROUP BY r.procedure_key", start, end)) {
                while (result.next()) {
                    rows.get(code(result.getString(1)))[4] = decimal(result.getDouble(2) / 3600);
                }
            }
            try (ResultSet result = query(connection, "SELECT r.procedure_key, AVG(CAST(s.rating AS DOUBLE PRECISION))"
                    + " FROM signature s JOIN report r ON r.id = s.report_id"
                    + " WHERE r.created_at >= ? AND r.created_at < ? AND s.document = 'REPORTE_SERVICIO'"
                    + " GROUP BY r.procedure_key", start, end)) {
                while (result.next()) {
                    rows.get(code(result.getString(1)))[5] = decimal(result.getDouble(2));
                }
            }
        }
        StringBuilder answer = new StringBuilder();
        rows.forEach((code, figures) -> answer.append(code).append('\t').append(String.join("\t", figures)).append('\n'));
        return answer.toString();
    }

    private String steps(LocalDate from, LocalDate to) throws SQLException {
        StringBuilder answer = new StringBuilder();
        try (Connection connection = database.getConnection();
             ResultSet result = query(connection, "SELECT r.procedure_key, t.step, COUNT(*),"
                     + " AVG(CAST(t.business_seconds AS DOUBLE PRECISION)) FROM timeline_entry t"
                     + " JOIN report r ON r.id = t.report_id WHERE r.created_at >= ? AND r.created_at < ?"
                     + " AND r.procedure_key IS NOT NULL AND t.step IS NOT NULL AND t.business_seconds IS NOT NULL"
                     + " GROUP BY r.procedure_key, t.step",
                     from.atStartOfDay(CITY).toInstant(), to.plusDays(1).atStartOfDay(CITY).toInstant())) {
            while (result.next()) {
                answer.append(code(result.getString(1))).append('\t').append(result.getString(2)).append('\t')
                        .append(result.getLong(3)).append('\t').append(decimal(result.getDouble(4) / 3600)).append('\n');
            }
        }
        return answer.toString();
    }

    private static ResultSet query(Connection connection, String sql, Instant start, Instant end) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        statement.setObject(1, start.atOffset(ZoneOffset.UTC));
        statement.setObject(2, end.atOffset(ZoneOffset.UTC));
        statement.closeOnCompletion();
        return statement.executeQuery();
    }

    private static String code(String procedureKey) {
        return procedureKey == null ? "Sin clasificar" : ProcedureKey.valueOf(procedureKey).code();
    }

    private static String decimal(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
