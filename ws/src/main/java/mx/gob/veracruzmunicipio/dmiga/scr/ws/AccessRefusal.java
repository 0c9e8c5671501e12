package mx.gob.veracruzmunicipio.dmiga.scr.ws;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A refused call's answer in the caller's language: a Spanish SOAP fault (1.1 or 1.2, as the
 * request came) on the SOAP services, application/problem+json on REST. The SOAP authentication
 * filter writes it itself; this servlet is also web.xml's error page for 401 and 403, so the
 * container's own refusals (a wrong HTTP Basic password, a security constraint's role) answer the
 * same way instead of with an HTML page.
 */
public class AccessRefusal extends HttpServlet {

    private static final long serialVersionUID = 1L;

    public static final String NO_CREDENTIALS = "Se requiere autenticación: HTTP Basic.";
    public static final String NO_SOAP_CREDENTIALS = "Se requiere autenticación: HTTP Basic o WS-Security UsernameToken.";
    public static final String WRONG_CREDENTIALS = "Usuario o contraseña incorrectos.";
    public static final String NOT_ALLOWED = "Su cuenta no tiene permiso para este servicio.";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int status = response.getStatus() == 403 ? 403 : 401;
        String uri = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        boolean soap = uri.startsWith(request.getContextPath() + "/ws/");
        String message = status == 403 ? NOT_ALLOWED
                : request.getHeader("Authorization") != null ? WRONG_CREDENTIALS
                : soap ? NO_SOAP_CREDENTIALS : NO_CREDENTIALS;
        write(request, response, soap, status, message);
    }

    /** Answers the call with status and message; SOAP or problem+json as {@code soap} says. */
    public static void write(HttpServletRequest request, HttpServletResponse response, boolean soap, int status,
                             String message) throws IOException {
        response.setStatus(status);
        if (status == 401) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"SCR\"");
        }
        String body;
        if (!soap) {
            response.setContentType("application/problem+json;charset=UTF-8");
            body = "{\"type\":\"about:blank\",\"title\":\"" + (status == 401 ? "No autenticado" : "Acceso denegado")
                    + "\",\"status\":" + status + ",\"detail\":\"" + message + "\",\"errores\":[\"" + message + "\"]}";
        } else if (String.valueOf(request.getContentType()).contains("application/soap+xml")) {
            response.setContentType("application/soap+xml;charset=UTF-8");
            body = "<env:Envelope xmlns:env=\"http://www.w3.org/2003/05/soap-envelope\"><env:Body><env:Fault><env:Code>"
                    + "<env:Value>env:Sender</env:Value></env:Code><env:Reason><env:Text xml:lang=\"es\">" + message
                    + "</env:Text></env:Reason></env:Fault></env:Body></env:Envelope>";
        } else {
            response.setContentType("text/xml;charset=UTF-8");
            body = "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body><soap:Fault>"
                    + "<faultcode>soap:Client</faultcode><faultstring>" + message + "</faultstring></soap:Fault>"
                    + "</soap:Body></soap:Envelope>";
        }
        response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }
}
