package mx.gob.veracruzmunicipio.dmiga.scr.web.account;

import java.io.Serializable;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import mx.gob.veracruzmunicipio.dmiga.scr.account.MyAccount;
import mx.gob.veracruzmunicipio.dmiga.scr.platform.InvalidInputException;
import mx.gob.veracruzmunicipio.dmiga.scr.web.faces.Notices;

/** "Mi cuenta" ({@code cuenta.xhtml}): the signed-in person changes their own password. */
@Named
@ViewScoped
public class PasswordChangeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    MyAccount myAccount;

    /** Passwords are never kept beyond the request that posts them. */
    private transient String current;
    private transient String newPassword;
    private transient String confirmation;

    public void change() {
        String typedCurrent = current;
        String typedNew = newPassword;
        String typedConfirmation = confirmation;
        current = null;
        newPassword = null;
        confirmation = null;
        if (typedNew == null || !typedNew.equals(typedConfirmation)) {
            Notices.errors(List.of(Notices.text("cuenta.confirmacion.distinta")));
            return;
        }
        try {
            myAccount.changePassword(chars(typedCurrent), chars(typedNew));
        } catch (InvalidInputException refused) {
            Notices.errors(refused.messages());
            return;
        }
        Notices.info(Notices.text("cuenta.contrasena.cambiada"));
    }

    private static char[] chars(String text) {
        return text == null ? new char[0] : text.toCharArray();
    }

    public String getCurrent() {
        return null;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getNewPassword() {
        return null;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getConfirmation() {
        return null;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
