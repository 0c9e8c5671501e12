package mx.gob.veracruzmunicipio.dmiga.scr.web.document;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import mx.gob.veracruzmunicipio.dmiga.scr.platform.InvalidInputException;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr04.PaymentOrderFile;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr04.PaymentOrderProcedure;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Upload;

/**
 * The provider's invoice of a payment order as it was uploaded at step 1A, to download:
 * {@code /factura?folio=…&archivo=xml|pdf}. Who may have it is {@link PaymentOrderProcedure}'s
 * rule (403 otherwise); an unknown folio, or an order without that file, answers 404. The file is
 * named after the folio, never after the name it had on the uploader's computer.
 */
@WebServlet("/factura")
public class InvoiceFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    PaymentOrderProcedure orders;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String folio = Optional.ofNullable(request.getParameter("folio")).map(String::strip).orElse("");
        Optional<PaymentOrderFile.Kind> kind = kind(request.getParameter("archivo"));
        if (folio.isEmpty() || kind.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Optional<Upload> file;
        try {
            file = orders.invoiceFile(folio, kind.get());
        } catch (InvalidInputException e) {
            file = Optional.empty();
        } catch (EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        if (file.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String extension = kind.get().name().toLowerCase(Locale.ROOT);
        response.setContentType(kind.get() == PaymentOrderFile.Kind.XML ? "application/xml" : "application/pdf");
        response.setContentLength(file.get().size());
        response.setHeader("Content-Disposition", "attachment; filename=\"factura-" + folio + "." + extension + "\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.getOutputStream().write(file.get().content());
    }

    private static Optional<PaymentOrderFile.Kind> kind(String param) {
        return "xml".equals(param) ? Optional.of(PaymentOrderFile.Kind.XML)
                : "pdf".equals(param) ? Optional.of(PaymentOrderFile.Kind.PDF) : Optional.empty();
    }
}
