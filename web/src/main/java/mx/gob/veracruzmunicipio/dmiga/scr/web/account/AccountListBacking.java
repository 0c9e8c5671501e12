package mx.gob.veracruzmunicipio.dmiga.scr.web.account;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import mx.gob.veracruzmunicipio.dmiga.scr.account.AccountAdministration;
import mx.gob.veracruzmunicipio.dmiga.scr.account.AccountView;
import mx.gob.veracruzmunicipio.dmiga.scr.account.Role;

/** "Administración" ({@code admin/cuentas.xhtml}): the accounts, filtered by text, role and state. */
@Named
@ViewScoped
public class AccountListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    AccountAdministration administration;

    private String text;
    private Role role;
    private Boolean active;
    private List<AccountView> accounts = List.of();

    @PostConstruct
    void init() {
        search();
    }

    public void search() {
        accounts = administration.search(text, role, active);
    }

    public void clear() {
        text = null;
        role = null;
        active = null;
        search();
    }

    /** The roles' labels in the manual's order, for the table. */
    public String roleLabels(AccountView account) {
        return account.roles().stream().sorted().map(Role::label).reduce((a, b) -> a + ", " + b).orElse("");
    }

    public List<Role> getRoles() {
        return Arrays.asList(Role.values());
    }

    public List<AccountView> getAccounts() {
        return accounts;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public Boolean getActive() {
        return active;
    }

    public void setActive(Boolean active) {
        this.active = active;
    }
}
