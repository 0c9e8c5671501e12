package mx.gob.veracruzmunicipio.dmiga.scr.web.faces;

import java.util.List;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** Page-level messages: the session beans' Spanish sentences shown as they come, one per line. */
public final class Notices {

    private Notices() {
    }

    public static void errors(List<String> messages) {
        messages.forEach(message -> add(FacesMessage.SEVERITY_ERROR, message));
    }

    public static void info(String message) {
        add(FacesMessage.SEVERITY_INFO, message);
    }

    /** A text of the intranet's bundle ({@code messages.properties}). */
    public static String text(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getApplication().getResourceBundle(faces, "msg").getString(key);
    }

    private static void add(FacesMessage.Severity severity, String message) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, message, null));
    }
}
