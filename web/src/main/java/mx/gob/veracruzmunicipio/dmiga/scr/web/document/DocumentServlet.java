package mx.gob.veracruzmunicipio.dmiga.scr.web.document;

import java.io.IOException;
import java.util.Optional;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import mx.gob.veracruzmunicipio.dmiga.scr.document.DocumentFile;
import mx.gob.veracruzmunicipio.dmiga.scr.document.DocumentKind;
import mx.gob.veracruzmunicipio.dmiga.scr.document.Documents;
import mx.gob.veracruzmunicipio.dmiga.scr.platform.InvalidInputException;

/**
 * A report's document as an inline PDF: {@code /documento?folio=…&tipo=reporte|dictamen|orden-pago},
 * or {@code tipo=oficio&oficio=ID} for a reply oficio. Whether the caller may see it is
 * {@link Documents}' decision; a report the caller may not open answers 404 like an unknown one.
 */
@WebServlet("/documento")
public class DocumentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    Documents documents;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String folio = Optional.ofNullable(request.getParameter("folio")).map(String::strip).orElse("");
        Optional<DocumentKind> kind = DocumentKind.ofParam(request.getParameter("tipo"));
        if (folio.isEmpty() || kind.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        DocumentFile file;
        try {
            file = kind.get() == DocumentKind.OFICIO_RESPUESTA
                    ? documents.replyOficio(folio, Long.parseLong(request.getParameter("oficio")))
                    : documents.render(folio, kind.get());
        } catch (InvalidInputException | NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        response.setContentType(DocumentFile.MIME_TYPE);
        response.setContentLength(file.content().length);
        response.setHeader("Content-Disposition", "inline; filename=\"" + file.fileName() + "\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.getOutputStream().write(file.content());
    }
}
