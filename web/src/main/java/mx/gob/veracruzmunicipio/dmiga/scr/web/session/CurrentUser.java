package mx.gob.veracruzmunicipio.dmiga.scr.web.session;

import java.io.IOException;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import mx.gob.veracruzmunicipio.dmiga.scr.account.AccountSummary;
import mx.gob.veracruzmunicipio.dmiga.scr.account.MyAccount;
import mx.gob.veracruzmunicipio.dmiga.scr.account.Role;

/** The signed-in person, for the layout's header and the home page. */
@Named
@RequestScoped
public class CurrentUser {

    @EJB
    MyAccount myAccount;

    private AccountSummary account;

    public AccountSummary getAccount() {
        if (account == null) {
            account = myAccount.summary();
        }
        return account;
    }

    public List<String> getRoleLabels() {
        return getAccount().roles().stream().sorted().map(Role::label).toList();
    }

    public void logout() throws IOException, ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/");
    }
}
