package mx.gob.veracruzmunicipio.dmiga.scr.ws.soap;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import mx.gob.veracruzmunicipio.dmiga.scr.ws.AccessRefusal;

/**
 * Who calls a SOAP service: HTTP Basic, or a WS-Security UsernameToken (PasswordText) in the
 * message's header, both checked by SCR's Elytron domain ({@link HttpServletRequest#login}), so the
 * session beans see the same account either way. Then the account must hold the service's role
 * (init parameter {@code roles}, comma-separated: one of them is enough). The WSDL and XSD (GET) stay public. No credentials or a wrong
 * password is 401, another account 403, each with a SOAP fault in Spanish; the message is not
 * processed. A web.xml constraint cannot do this, because the token travels in the body.
 * <p>
 * The token is looked for only in the SOAP header (the first 64 KiB of the message, the root part
 * of an MTOM package), with a parser that takes no DTD; then the message is passed on unchanged.
 */
public class SoapAuthentication extends HttpFilter {

    private static final long serialVersionUID = 1L;

    public static final String WSSE = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd";
    private static final int HEADER_LIMIT = 64 * 1024;

    private static final XMLInputFactory XML = XMLInputFactory.newFactory();

    static {
        XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    private Set<String> roles;

    @Override
    public void init() throws ServletException {
        roles = Set.of(getInitParameter("roles").split("\\s*,\\s*"));
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!"POST".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        Buffered buffered = new Buffered(request);
        String[] credentials = basic(request.getHeader("Authorization"));
        boolean signedIn = false;
        try {
            if (!checkedByContainer(request, credentials)) {
                if (request.getUserPrincipal() != null) {
                    // An identity not from this message's own Basic header can only come from a session
                    // (web.xml tracks sessions by URL alone, so no cookie does): a message is taken as
                    // the account of its own credentials, never another's.
                    signOut(request);
                }
                if (credentials == null) {
                    credentials = usernameToken(buffered.head(), String.valueOf(request.getContentType()));
                }
                if (credentials == null) {
                    AccessRefusal.write(request, response, true, 401, AccessRefusal.NO_SOAP_CREDENTIALS);
                    return;
                }
                try {
                    request.login(credentials[0], credentials[1]);
                    signedIn = true;
                } catch (ServletException wrong) {
                    AccessRefusal.write(request, response, true, 401, AccessRefusal.WRONG_CREDENTIALS);
                    return;
                }
            }
            if (roles.stream().noneMatch(request::isUserInRole)) {
                AccessRefusal.write(request, response, true, 403, AccessRefusal.NOT_ALLOWED);
                return;
            }
            chain.doFilter(buffered, response);
        } finally {
            if (signedIn) {
                signOut(request);
            }
        }
    }

    /**
     * Whether the container has already signed in the account of this message's Basic header: Elytron
     * authenticates an Authorization header it is sent even where no constraint asks for it. Then the
     * password has been checked once and a second login would only repeat it (and open a session).
     * With a session there, the identity could be that session's, so it is not taken.
     */
    private static boolean checkedByContainer(HttpServletRequest request, String[] basic) {
        return basic != null && request.getSession(false) == null && request.getUserPrincipal() != null
                && basic[0].equals(request.getUserPrincipal().getName());
    }

    /**
     * The login holds for this message only: the container keeps a programmatic login's identity in
     * an HTTP session, which no later message may reuse.
     */
    private static void signOut(HttpServletRequest request) throws ServletException {
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }

    /** User and password of an {@code Authorization: Basic} header, or null. */
    static String[] basic(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }

    /** Username and password of the UsernameToken in the SOAP header, or null when there is none. */
    static String[] usernameToken(byte[] head, String contentType) {
        int start = 0;
        if (contentType.toLowerCase(Locale.ROOT).startsWith("multipart/related")) {
            // MTOM: the envelope is the root part, after the part's own headers.
            String text = new String(head, StandardCharsets.ISO_8859_1);
            int headersEnd = text.indexOf("\r\n\r\n");
            if (headersEnd < 0) {
                return null;
            }
            start = headersEnd + 4;
        }
        try {
            XMLStreamReader xml = XML.createXMLStreamReader(new ByteArrayInputStream(head, start,
                    head.length - start));
            String username = null;
            String password = null;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD) {
                    return null;
                }
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                if ("Body".equals(xml.getLocalName())) {
                    break;
                }
                if (WSSE.equals(xml.getNamespaceURI()) && "Username".equals(xml.getLocalName())) {
                    username = xml.getElementText().strip();
                } else if (WSSE.equals(xml.getNamespaceURI()) && "Password".equals(xml.getLocalName())) {
                    String type = xml.getAttributeValue(null, "Type");
                    if (type != null && !type.endsWith("#PasswordText")) {
                        return null;
                    }
                    password = xml.getElementText();
                }
            }
            return username == null || password == null ? null : new String[] {username, password};
        } catch (XMLStreamException unreadable) {
            // Not readable up to the body: no token; the service reports what is wrong with the XML.
            return null;
        }
    }

    /** The request with its first bytes read ahead (to find the token) and given back to the service. */
    private static final class Buffered extends HttpServletRequestWrapper {

        private BufferedInputStream in;

        Buffered(HttpServletRequest request) {
            super(request);
        }

        byte[] head() throws IOException {
            BufferedInputStream stream = stream();
            stream.mark(HEADER_LIMIT);
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            byte[] chunk = new byte[8192];
            int n;
            while (head.size() < HEADER_LIMIT
                    && (n = stream.read(chunk, 0, Math.min(chunk.length, HEADER_LIMIT - head.size()))) > 0) {
                head.write(chunk, 0, n);
            }
            stream.reset();
            return head.toByteArray();
        }

        private BufferedInputStream stream() throws IOException {
            if (in == null) {
                in = new BufferedInputStream(super.getInputStream(), HEADER_LIMIT);
            }
            return in;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            InputStream stream = stream();
            return new ServletInputStream() {
                @Override
                public int read() throws IOException {
                    return stream.read();
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    return stream.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    try {
                        return stream.available() == 0;
                    } catch (IOException e) {
                        return true;
                    }
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new IllegalStateException("SOAP messages are read blocking");
                }
            };
        }
    }
}
