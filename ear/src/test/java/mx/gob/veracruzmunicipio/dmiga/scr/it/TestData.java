package mx.gob.veracruzmunicipio.dmiga.scr.it;

import java.io.IOException;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.wildfly.security.auth.server.SecurityDomain;

import mx.gob.veracruzmunicipio.dmiga.scr.intake.ReportIntake;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ProcedureKey;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ServiceCategory;

/**
 * Test data for the browser tests, which run outside the server: deployed inside the test module
 * of {@link ScrDeployment#earWith}, {@code POST /scr-tests/datos/oficio?asunto=…} has Cero Papel
 * deliver a PR-DMIGA-06 oficio (signed in as {@code ceropapel}) and answers with the new folio,
 * whose report then waits at step 2, a SECRETARIA step.
 */
@WebServlet("/datos/oficio")
public class TestData extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    ReportIntake intake;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
        String subject = request.getParameter("asunto");
        try {
            String folio = SignedIn.as(SecurityDomain.getCurrent(), "ceropapel", "demo",
                    () -> intake.receiveOficio(TestOficios.asking(ProcedureKey.PR_DMIGA_06,
                            ServiceCategory.SISTEMAS_INFORMACION, subject)).folio());
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write(folio);
        } catch (Exception e) {
            throw new IOException(e);
        }
    }

    /** From the test, outside the server: opens a report and returns its folio. */
    public static String openReport(String subject) throws Exception {
        var answer = new Http().postForm(Http.SERVER + "/scr-tests/datos/oficio", java.util.Map.of("asunto", subject));
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("No se pudo crear el reporte de prueba: " + answer.statusCode()
                    + " " + answer.body());
        }
        return answer.body().trim();
    }
}
