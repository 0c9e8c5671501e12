package mx.gob.veracruzmunicipio.dmiga.scr.ws;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The contract's limit of 25 MiB per message, before anything is parsed or stored: a larger
 * declared body is answered at once with the contract's refusal (SOAP fault SolicitudInvalida, or a
 * 413 problem+json), after reading and discarding what the client sends so that it gets to read
 * the answer. A body without a declared length is cut off when it passes the limit. The 10 MiB
 * per attachment is the intake bean's rule. Mapped in web.xml, after the SOAP authentication.
 */
public class MessageSizeLimit extends HttpFilter {

    private static final long serialVersionUID = 1L;

    public static final long MAX_MESSAGE_BYTES = 25L * 1024 * 1024;

    public static final String MESSAGE = "El mensaje excede el límite de 25 MiB por mensaje; no se registró nada.";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long declared = request.getContentLengthLong();
        if (declared > MAX_MESSAGE_BYTES) {
            request.getInputStream().transferTo(OutputStream.nullOutputStream());
            refuse(request, response);
            return;
        }
        chain.doFilter(declared >= 0 ? request : new Limited(request), response);
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String type = String.valueOf(request.getContentType());
        String body;
        if (request.getServletPath().startsWith("/v1")) {
            response.setStatus(413);
            response.setContentType("application/problem+json;charset=UTF-8");
            body = "{\"type\":\"about:blank\",\"title\":\"Mensaje demasiado grande\",\"status\":413,\"detail\":\""
                    + MESSAGE + "\",\"errores\":[\"" + MESSAGE + "\"]}";
        } else if (type.startsWith("application/soap+xml") || type.contains("application/soap+xml")) {
            response.setStatus(500);
            response.setContentType("application/soap+xml;charset=UTF-8");
            body = "<env:Envelope xmlns:env=\"http://www.w3.org/2003/05/soap-envelope\"><env:Body><env:Fault>"
                    + "<env:Code><env:Value>env:Sender</env:Value></env:Code><env:Reason><env:Text xml:lang=\"es\">"
                    + MESSAGE + "</env:Text></env:Reason><env:Detail>" + detail() + "</env:Detail></env:Fault>"
                    + "</env:Body></env:Envelope>";
        } else {
            response.setStatus(500);
            response.setContentType("text/xml;charset=UTF-8");
            body = "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body><soap:Fault>"
                    + "<faultcode>soap:Client</faultcode><faultstring>" + MESSAGE + "</faultstring><detail>" + detail()
                    + "</detail></soap:Fault></soap:Body></soap:Envelope>";
        }
        response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }

    private static String detail() {
        return "<scr:SolicitudInvalida xmlns:scr=\"urn:mx:gob:veracruzmunicipio:dmiga:scr:v1\"><scr:mensaje>"
                + MESSAGE + "</scr:mensaje><scr:errores>" + MESSAGE + "</scr:errores></scr:SolicitudInvalida>";
    }

    /** Throws once more than the limit has been read, so a body without a declared length cannot grow without end. */
    private static final class Limited extends HttpServletRequestWrapper {

        Limited(HttpServletRequest request) {
            super(request);
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            ServletInputStream in = super.getInputStream();
            return new ServletInputStream() {
                private long read;

                @Override
                public int read() throws IOException {
                    int b = in.read();
                    count(b < 0 ? 0 : 1);
                    return b;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int n = in.read(buffer, offset, length);
                    count(Math.max(n, 0));
                    return n;
                }

                private void count(int n) throws IOException {
                    read += n;
                    if (read > MAX_MESSAGE_BYTES) {
                        throw new IOException(MESSAGE);
                    }
                }

                @Override
                public boolean isFinished() {
                    return in.isFinished();
                }

                @Override
                public boolean isReady() {
                    return in.isReady();
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    in.setReadListener(listener);
                }
            };
        }
    }

}
