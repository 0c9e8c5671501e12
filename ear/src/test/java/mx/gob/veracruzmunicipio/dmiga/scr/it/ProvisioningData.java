package mx.gob.veracruzmunicipio.dmiga.scr.it;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.wildfly.security.auth.server.SecurityDomain;

import mx.gob.veracruzmunicipio.dmiga.scr.intake.ReportIntake;
import mx.gob.veracruzmunicipio.dmiga.scr.intake.UserRequest;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.Authorization;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr07.As400Movement;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr07.As400UserProcedure;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr07.ProfileNaming;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr09.CeroPapelUserProcedure;
import mx.gob.veracruzmunicipio.dmiga.scr.provisioning.Provisioning;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ProcedureKey;
import mx.gob.veracruzmunicipio.dmiga.scr.report.Reports;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Assignment;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ReplyOficio;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ReportView;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Workflow;

/**
 * Test data for the provisioning tests, which call the web services from outside the server:
 * deployed in the test module of {@link ScrDeployment#earWith}, {@code POST /scr-tests/datos/aprovisionamiento}
 * with {@code accion=}
 * <ul>
 * <li>{@code aprobar&sistema=AS400|CERO_PAPEL&movimiento=ALTA|BAJA&cantidad=N}: N requests taken
 * through their procedure by the demo accounts up to approval (PR-07: the programmer formed the
 * profile; PR-09: the Director authorized); answers one {@code id folio} line each;</li>
 * <li>{@code vencer&sistema=…&id=…}: moves the request's lease into the past, as if five minutes had
 * gone by (the test hook the lease needs; nothing in SCR can do it);</li>
 * <li>{@code columna&sistema=…&id=…}: the stored {@code temporary_password} column, empty when null;</li>
 * <li>{@code revelar&folio=…}: the SECRETARIA asks for the temporary password (the one-time view);</li>
 * <li>{@code declinar&folio=…}: the Director declines the report;</li>
 * <li>{@code solicitud&folio=…}: the report's user request as its procedure recorded it, one line:
 * movement, given names, first surname, employee number, modules, status.</li>
 * </ul>
 */
@WebServlet("/datos/aprovisionamiento")
public class ProvisioningData extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String URL = Http.SERVER + "/scr-tests/datos/aprovisionamiento";

    @EJB
    ReportIntake intake;

    @EJB
    As400UserProcedure as400;

    @EJB
    CeroPapelUserProcedure ceroPapel;

    @EJB
    Reports reports;

    @EJB
    Provisioning provisioning;

    @EJB
    Workflow workflow;

    @Resource(lookup = "java:jboss/datasources/ScrDS")
    DataSource database;

    /** A request as the test knows it. */
    public record Seeded(long id, String folio) {
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
        response.setContentType("text/plain;charset=UTF-8");
        try {
            String answer = switch (request.getParameter("accion")) {
                case "aprobar" -> approve(request.getParameter("sistema"),
                        As400Movement.valueOf(request.getParameter("movimiento")),
                        Integer.parseInt(request.getParameter("cantidad")));
                case "vencer" -> expire(table(request.getParameter("sistema")), Long.parseLong(request.getParameter("id")));
                case "columna" -> column(table(request.getParameter("sistema")), Long.parseLong(request.getParameter("id")));
                case "revelar" -> SignedIn.as(SecurityDomain.getCurrent(), "secretaria", "demo",
                        () -> provisioning.revealTemporaryPassword(request.getParameter("folio")));
                case "declinar" -> SignedIn.as(SecurityDomain.getCurrent(), "director", "demo",
                        () -> workflow.decline(reports.view(request.getParameter("folio")).ref(), new ReplyOficio(
                                "Respuesta a su solicitud", "No procede la solicitud de usuario.", null)).status().name());
                case "solicitud" -> userRequest(request.getParameter("folio"));
                default -> throw new IllegalArgumentException(request.getParameter("accion"));
            };
            response.getWriter().write(answer);
        } catch (Exception e) {
            response.setStatus(409);
            response.getWriter().write(String.valueOf(e.getMessage()));
        }
    }

    private String approve(String system, As400Movement movement, int count) throws Exception {
        SecurityDomain domain = SecurityDomain.getCurrent();
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            UserRequest user = new UserRequest(movement, new UserRequest.Employee(randomName(), randomName(), null,
                    Long.toString(ThreadLocalRandom.current().nextLong(1_000_000L, 9_999_999L))), List.of("CONT"));
            boolean as400System = "AS400".equals(system);
            String folio = SignedIn.as(domain, "ceropapel", "demo", () -> intake.receiveOficio(TestOficios.askingForUser(
                    as400System ? ProcedureKey.PR_DMIGA_07 : ProcedureKey.PR_DMIGA_09, user)).folio());
            ReportView at2 = SignedIn.as(domain, "secretaria", "demo", () -> reports.view(folio));
            if (as400System) {
                ReportView at3 = SignedIn.as(domain, "secretaria", "demo",
                        () -> as400.generateReport(at2.ref(), as400.accountRequestDraft(folio).orElseThrow()));
                ReportView at4 = SignedIn.as(domain, "director", "demo",
                        () -> as400.authorize(at3.ref(), new Authorization("Atender", null)));
                ReportView at5 = SignedIn.as(domain, "subtec", "demo",
                        () -> as400.authorizeForDevelopment(at4.ref(), new Authorization("Atender", null)));
                ReportView at6 = SignedIn.as(domain, "desarrollo", "demo",
                        () -> as400.routeToProgrammer(at5.ref(), new Assignment("programador", null)));
                String profile = movement == As400Movement.BAJA ? "B" + folio.substring(folio.length() - 6) : null;
                SignedIn.as(domain, "programador", "demo",
                        () -> as400.nameProfile(at6.ref(), new ProfileNaming(profile, null)));
                lines.add(SignedIn.as(domain, "director", "demo", () -> as400.request(folio)).orElseThrow().id()
                        + " " + folio);
            } else {
                SignedIn.as(domain, "director", "demo",
                        () -> ceroPapel.authorize(at2.ref(), new Authorization("Atender", null)));
                lines.add(SignedIn.as(domain, "director", "demo", () -> ceroPapel.request(folio)).orElseThrow().id()
                        + " " + folio);
            }
        }
        return String.join("\n", lines);
    }

    private String userRequest(String folio) throws Exception {
        return SignedIn.as(SecurityDomain.getCurrent(), "director", "demo", () -> as400.request(folio)
                .map(r -> String.join("|", r.movement().name(), r.givenNames(), r.firstSurname(), r.employeeNumber(),
                        String.join(",", r.requestedModules()), r.status().name()))
                .or(() -> ceroPapel.request(folio).map(r -> String.join("|", r.movement().name(), r.givenNames(),
                        r.firstSurname(), r.employeeNumber(), String.join(",", r.requestedModules()),
                        r.status().name())))
                .orElse(""));
    }

    private String expire(String table, long id) throws Exception {
        try (Connection connection = database.getConnection();
             PreparedStatement update = connection.prepareStatement("UPDATE " + table
                     + " SET lease_expires_at = ? WHERE id = ?")) {
            update.setObject(1, OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1));
            update.setLong(2, id);
            return Integer.toString(update.executeUpdate());
        }
    }

    private String column(String table, long id) throws Exception {
        try (Connection connection = database.getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT temporary_password FROM " + table
                     + " WHERE id = ?")) {
            query.setLong(1, id);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                String value = row.getString(1);
                return value == null ? "" : value;
            }
        }
    }

    private static String table(String system) {
        return "AS400".equals(system) ? "as400_request" : "cero_papel_request";
    }

    private static String randomName() {
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < 7; i++) {
            name.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    // ---- from the tests, outside the server ----

    /** Seeds in batches, each well inside the HTTP client's timeout. */
    public static List<Seeded> approved(String system, String movement, int count) throws Exception {
        List<Seeded> seeded = new ArrayList<>();
        for (int done = 0; done < count; done += 25) {
            String body = call(Map.of("accion", "aprobar", "sistema", system, "movimiento", movement,
                    "cantidad", Integer.toString(Math.min(25, count - done))));
            body.lines().map(line -> line.split(" "))
                    .forEach(parts -> seeded.add(new Seeded(Long.parseLong(parts[0]), parts[1])));
        }
        return seeded;
    }

    public static void expireLease(String system, long id) throws Exception {
        call(Map.of("accion", "vencer", "sistema", system, "id", Long.toString(id)));
    }

    public static String storedPassword(String system, long id) throws Exception {
        return call(Map.of("accion", "columna", "sistema", system, "id", Long.toString(id)));
    }

    /** The SECRETARIA's one-time view: the password, or the refusal's message as the exception's. */
    public static String reveal(String folio) throws Exception {
        return call(Map.of("accion", "revelar", "folio", folio));
    }

    public static String decline(String folio) throws Exception {
        return call(Map.of("accion", "declinar", "folio", folio));
    }

    /** movement|given names|first surname|employee number|modules|status, empty when none. */
    public static String userRequestOf(String folio) throws Exception {
        return call(Map.of("accion", "solicitud", "folio", folio));
    }

    private static String call(Map<String, String> fields) throws Exception {
        var answer = new Http().postForm(URL, fields);
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(answer.body());
        }
        return answer.body();
    }
}
