package mx.gob.veracruzmunicipio.dmiga.scr.it;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Year;
import java.util.Map;
import java.util.UUID;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.wildfly.security.auth.server.SecurityDomain;

import mx.gob.veracruzmunicipio.dmiga.scr.catalog.CatalogAdministration;
import mx.gob.veracruzmunicipio.dmiga.scr.intake.PhoneRequest;
import mx.gob.veracruzmunicipio.dmiga.scr.intake.ReportIntake;
import mx.gob.veracruzmunicipio.dmiga.scr.report.Priority;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ProcedureKey;
import mx.gob.veracruzmunicipio.dmiga.scr.report.Reports;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ServiceCategory;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Reassignment;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ReportView;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Workflow;

/**
 * What the action panel's browser tests need prepared or checked on the server, as the real
 * accounts: {@code POST /scr-tests/datos/acciones} with {@code que=} telefono (a phone report the
 * SECRETARIA captured), oficio (a report Cero Papel delivered, {@code procedimiento=} and {@code categoria=}, both optional), partida (a
 * budget item), material (a stock material), existencia (its stock), estado (a report's
 * step, status, version and timeline length) or reasignar (the Director changes the report
 * behind a person's back).
 */
@WebServlet("/datos/acciones")
public class ActionTestData extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    ReportIntake intake;

    @EJB
    Reports reports;

    @EJB
    Workflow workflow;

    @EJB
    CatalogAdministration catalog;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
        SecurityDomain domain = SecurityDomain.getCurrent();
        String folio = request.getParameter("folio");
        try {
            String answer = switch (request.getParameter("que")) {
                case "telefono" -> SignedIn.as(domain, "secretaria", "demo", () -> intake.registerPhoneRequest(
                        new PhoneRequest(ProcedureKey.PR_DMIGA_01, "TES", ServiceCategory.ASISTENCIA_TECNICA,
                                Priority.MEDIA, request.getParameter("asunto"), "Reportado por teléfono",
                                "Jefe de cajas", null)).folio());
                case "oficio" -> SignedIn.as(domain, "ceropapel", "demo", () -> intake.receiveOficio(
                        TestOficios.asking(enumOrNull(ProcedureKey.class, request.getParameter("procedimiento")),
                                enumOrNull(ServiceCategory.class, request.getParameter("categoria")),
                                request.getParameter("asunto"))).folio());
                case "partida" -> SignedIn.as(domain, "admin", "demo", () -> {
                    String code = "W-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
                    catalog.registerBudgetItem(code, "Servicios de telefonía (prueba del navegador)",
                            Year.now().getValue(), new BigDecimal(request.getParameter("monto")));
                    return code;
                });
                case "material" -> SignedIn.as(domain, "admin", "demo", () -> {
                    String code = "W-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
                    catalog.registerMaterial(code, "Material de prueba del navegador", "piezas",
                            Integer.parseInt(request.getParameter("cantidad")));
                    return code;
                });
                case "existencia" -> SignedIn.as(domain, "admin", "demo",
                        () -> String.valueOf(catalog.findMaterial(request.getParameter("codigo")).orElseThrow()
                                .getQuantityInStock()));
                case "estado" -> SignedIn.as(domain, "director", "demo", () -> {
                    ReportView view = reports.view(folio);
                    return view.currentStep() + "|" + view.status() + "|" + view.version() + "|"
                            + reports.timeline(folio).size();
                });
                case "reasignar" -> SignedIn.as(domain, "director", "demo", () -> {
                    ReportView view = reports.view(folio);
                    return workflow.reassign(view.ref(), new Reassignment(view.assignedRole(), null,
                            "Revisión de cargas de trabajo")).folio();
                });
                default -> throw new IllegalArgumentException(request.getParameter("que"));
            };
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write(answer);
        } catch (Exception e) {
            throw new IOException(e);
        }
    }

    private static <E extends Enum<E>> E enumOrNull(Class<E> type, String name) {
        return name == null || name.isBlank() ? null : Enum.valueOf(type, name);
    }

    /** From the test, outside the server. */
    static String call(Map<String, String> fields) throws Exception {
        var answer = new Http().postForm(Http.SERVER + "/scr-tests/datos/acciones", fields);
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("Datos de prueba: " + answer.statusCode() + " " + answer.body());
        }
        return answer.body().trim();
    }
}
