package mx.gob.veracruzmunicipio.dmiga.scr.web.login;

import java.io.IOException;
import java.io.Serializable;
import java.text.MessageFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ResourceBundle;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import mx.gob.veracruzmunicipio.dmiga.scr.account.SignIn;
import mx.gob.veracruzmunicipio.dmiga.scr.account.SignInDecision;

/**
 * The login page: asks {@link SignIn} whether the username is locked out, has the server's
 * Elytron domain check the password ({@link HttpServletRequest#login}, which keeps the identity in
 * the HTTP session as the form login did), reports the outcome to {@link SignIn} and goes home.
 */
@Named
@ViewScoped
public class SignInBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final ZoneId CITY = ZoneId.of("America/Mexico_City");
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");

    @EJB
    transient SignIn signIn;

    private String username;
    /** Never kept beyond the request that posts it. */
    private transient String password;

    public void signIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String address = request.getRemoteAddr();
        String candidate = password;
        password = null;

        SignInDecision decision = signIn.check(username, address);
        if (!decision.allowed()) {
            locked(faces, decision);
            return;
        }
        try {
            request.login(username, candidate);
        } catch (ServletException refused) {
            SignInDecision after = signIn.failed(username, address);
            if (after.allowed()) {
                error(faces, text(faces, "login.error"));
            } else {
                locked(faces, after);
            }
            return;
        }
        if (!signIn.succeeded(username, address)) {
            // A machine client: right credentials, but the intranet is for the staff only.
            try {
                request.logout();
            } catch (ServletException ignored) {
                // the session is dropped below anyway
            }
            external.invalidateSession();
            external.responseSendError(HttpServletResponse.SC_FORBIDDEN, text(faces, "login.prohibido"));
            faces.responseComplete();
            return;
        }
        request.changeSessionId();
        external.redirect(external.getRequestContextPath() + "/");
    }

    /**
     * The login page never sends AJAX requests: one that reaches it comes from a page whose session
     * ended (the server answers any request without a session with the login page). Such a page
     * would ignore an HTML answer, so it is sent to the login with the explanation instead.
     */
    public void leaveAjaxRequest() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.getPartialViewContext().isAjaxRequest()) {
            ExternalContext external = faces.getExternalContext();
            external.redirect(external.getRequestContextPath() + "/sesion-expirada.xhtml");
            faces.responseComplete();
        }
    }

    private static void locked(FacesContext faces, SignInDecision decision) {
        error(faces, MessageFormat.format(text(faces, "login.bloqueada"),
                HOUR.format(decision.lockedUntil().atZone(CITY))));
    }

    private static void error(FacesContext faces, String text) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    private static String text(FacesContext faces, String key) {
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        return bundle.getString(key);
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return null;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
