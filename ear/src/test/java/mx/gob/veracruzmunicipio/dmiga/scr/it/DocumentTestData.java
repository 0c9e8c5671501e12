package mx.gob.veracruzmunicipio.dmiga.scr.it;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.Year;
import java.util.List;
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
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr03.DictamenSignature;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr03.EquipmentDictamenProcedure;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr03.EquipmentReception;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr03.Finding;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr03.ItemVerification;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr03.PartCondition;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr03.ReceivedItem;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr03.Verdict;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr04.BillingCheck;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr04.PaymentOrderDraft;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr04.PaymentOrderProcedure;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr04.Review;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr04.SatCheck;
import mx.gob.veracruzmunicipio.dmiga.scr.report.Priority;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ProcedureKey;
import mx.gob.veracruzmunicipio.dmiga.scr.report.Reports;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ServiceCategory;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ActionData.Note;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ReplyOficio;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ReportView;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Workflow;

/**
 * Reports with documents to print, made by the real accounts through the procedure beans:
 * {@code POST /scr-tests/datos/documentos} with {@code que=} dictamen (PR-DMIGA-03, two items
 * dictaminated, signed by the area and not yet by the Director), orden (PR-DMIGA-04, the order
 * drafted from a Telmex invoice of $1,160.00 and signed by the Director; answers "folio|partida"),
 * declinado (PR-DMIGA-05 declined by the Director with {@code asunto=}: its reply oficio is
 * queued) or otra (a phone report of Obras Públicas). Answers with the folio.
 */
@WebServlet("/datos/documentos")
public class DocumentTestData extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String TELMEX = "TMX850101AB1";
    private static final BigDecimal TOTAL = new BigDecimal("1160.00");

    @EJB
    ReportIntake intake;

    @EJB
    Reports reports;

    @EJB
    Workflow workflow;

    @EJB
    EquipmentDictamenProcedure dictamens;

    @EJB
    PaymentOrderProcedure orders;

    @EJB
    CatalogAdministration catalog;

    private SecurityDomain domain;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
        domain = SecurityDomain.getCurrent();
        try {
            String answer = switch (request.getParameter("que")) {
                case "dictamen" -> dictamen();
                case "orden" -> order();
                case "declinado" -> declined(request.getParameter("asunto"));
                case "otra" -> SignedIn.as(domain, "secretaria", "demo", () -> intake.registerPhoneRequest(
                        new PhoneRequest(ProcedureKey.PR_DMIGA_01, "OBP", ServiceCategory.ASISTENCIA_TECNICA,
                                Priority.MEDIA, "Revisar el equipo de la ventanilla de licencias", null,
                                "Jefa de ventanilla", null)).folio());
                default -> throw new IllegalArgumentException(request.getParameter("que"));
            };
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write(answer);
        } catch (Exception e) {
            throw new IOException(e);
        }
    }

    private String dictamen() throws Exception {
        ReportView at1A = opened(ProcedureKey.PR_DMIGA_03, ServiceCategory.MANTENIMIENTO_EQUIPO,
                "Dictamen técnico para baja de equipo de cómputo");
        ReportView at2 = SignedIn.as(domain, "secretaria", "demo", () -> dictamens.captureReport(at1A.ref(), new Note(null)));
        ReportView at3 = SignedIn.as(domain, "mantenimiento", "demo", () -> dictamens.receiveEquipment(at2.ref(),
                new EquipmentReception(List.of(
                        new ReceivedItem("TES-0101", "Computadora de escritorio", "Dell", "OptiPlex 3020", "5XK2Q12"),
                        new ReceivedItem("TES-0103", "Computadora portátil", "Lenovo", "ThinkPad T440", "PB-0A1B2C")),
                        null)));
        ReportView v1 = SignedIn.as(domain, "mantenimiento", "demo", () -> dictamens.verifyItem(at3.ref(),
                new ItemVerification("TES-0101", List.of(new Finding("Tarjeta madre", PartCondition.DANADA,
                        "Capacitores inflados")), Verdict.BAJA, null, null)));
        ReportView v2 = SignedIn.as(domain, "mantenimiento", "demo", () -> dictamens.verifyItem(v1.ref(),
                new ItemVerification("TES-0103", List.of(new Finding("Disco duro", PartCondition.DANADA, null)),
                        Verdict.REPARABLE, "Disco de estado sólido de 480 GB", null)));
        ReportView at5 = SignedIn.as(domain, "mantenimiento", "demo", () -> dictamens.issueDictamen(v2.ref(), new Note(null)));
        SignedIn.as(domain, "ceropapel", "demo", () -> dictamens.sign(at5.ref(), new DictamenSignature(
                "Laura Pérez Gómez", "Jefa de oficina", "Tesorería Municipal", Instant.now(), null)));
        return at5.folio();
    }

    private String order() throws Exception {
        String partida = SignedIn.as(domain, "admin", "demo", () -> {
            String code = "D-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
            catalog.registerBudgetItem(code, "Servicios de telefonía (documentos)", Year.now().getValue(),
                    new BigDecimal("5000.00"));
            return code;
        });
        String uuid = UUID.randomUUID().toString().toUpperCase();
        ReportView at1A = opened(ProcedureKey.PR_DMIGA_04, ServiceCategory.LINEA_TELEFONICA, "Pago de telefonía de noviembre");
        ReportView at2 = SignedIn.as(domain, "seguimiento", "demo", () -> orders.verifyBilling(at1A.ref(),
                new BillingCheck(TestCfdis.xml(TestCfdis.withUuid("valida.xml", uuid)), TestCfdis.pdf(), true, null,
                        null)));
        ReportView at3 = SignedIn.as(domain, "secretaria", "demo", () -> orders.checkSat(at2.ref(),
                SatCheck.ask(null)));
        ReportView at3A = SignedIn.as(domain, "seguimiento", "demo", () -> orders.draft(at3.ref(),
                new PaymentOrderDraft(TELMEX, TOTAL, partida, "Servicio telefónico de noviembre", uuid, null)));
        SignedIn.as(domain, "director", "demo", () -> orders.directorSign(at3A.ref(), Review.signed()));
        return at1A.folio() + "|" + partida;
    }

    private String declined(String subject) throws Exception {
        ReportView report = opened(ProcedureKey.PR_DMIGA_05, ServiceCategory.SISTEMAS_INFORMACION,
                "Sistema de control de asistencia");
        SignedIn.as(domain, "director", "demo", () -> workflow.decline(report.ref(), new ReplyOficio(subject,
                "Por el momento la Dirección no cuenta con personal para este desarrollo.", null)));
        return report.folio();
    }

    private ReportView opened(ProcedureKey procedure, ServiceCategory category, String subject) throws Exception {
        String folio = SignedIn.as(domain, "ceropapel", "demo",
                () -> intake.receiveOficio(TestOficios.asking(procedure, category, subject)).folio());
        return SignedIn.as(domain, "director", "demo", () -> reports.view(folio));
    }

    /** From the test, outside the server. */
    static String call(Map<String, String> fields) throws Exception {
        var answer = new Http().postForm(Http.SERVER + "/scr-tests/datos/documentos", fields);
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("Datos de prueba: " + answer.statusCode() + " " + answer.body());
        }
        return answer.body().trim();
    }
}
