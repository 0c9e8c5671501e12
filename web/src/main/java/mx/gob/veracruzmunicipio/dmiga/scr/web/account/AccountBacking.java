package mx.gob.veracruzmunicipio.dmiga.scr.web.account;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import mx.gob.veracruzmunicipio.dmiga.scr.account.AccountAdministration;
import mx.gob.veracruzmunicipio.dmiga.scr.account.AccountChangeView;
import mx.gob.veracruzmunicipio.dmiga.scr.account.AccountView;
import mx.gob.veracruzmunicipio.dmiga.scr.account.Role;
import mx.gob.veracruzmunicipio.dmiga.scr.catalog.CatalogAdministration;
import mx.gob.veracruzmunicipio.dmiga.scr.platform.InvalidInputException;
import mx.gob.veracruzmunicipio.dmiga.scr.report.DepartmentOption;
import mx.gob.veracruzmunicipio.dmiga.scr.web.faces.Notices;

/**
 * One account ({@code admin/cuenta.xhtml}): without {@code ?usuario=} the form creates an account
 * (staff or machine client) with its initial password; with it, the ADMIN changes its roles,
 * department and state, resets its password and reads its audit trail.
 */
@Named
@ViewScoped
public class AccountBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    AccountAdministration administration;

    @EJB
    CatalogAdministration catalogs;

    private String username;
    private AccountView account;
    private List<AccountChangeView> history = List.of();
    private List<DepartmentOption> departments;

    private String fullName;
    private String email;
    /** An array, so Faces converts the checked values to {@link Role} (a List would stay Strings). */
    private Role[] roles = new Role[0];
    private String departmentCode;
    private transient String password;

    /** f:viewAction: loads the account named by {@code ?usuario=}, or prepares a new one. */
    public void load() {
        departments = catalogs.departments().stream().filter(d -> d.isActive())
                .map(d -> new DepartmentOption(d.getCode(), d.getName())).toList();
        if (username == null || username.isBlank()) {
            return;
        }
        account = administration.view(username.strip()).orElse(null);
        if (account == null) {
            Notices.errors(List.of("No existe la cuenta «" + username + "»."));
            return;
        }
        refresh();
    }

    private void refresh() {
        account = administration.view(account.username()).orElseThrow();
        roles = account.roles().stream().sorted().toArray(Role[]::new);
        departmentCode = account.departmentCode();
        history = administration.history(account.username());
    }

    public void create() {
        String typed = password;
        password = null;
        try {
            administration.create(username == null ? null : username.strip(), fullName, blankToNull(email),
                    roleSet(), typed == null ? new char[0] : typed.toCharArray());
            if (departmentCode != null && !departmentCode.isBlank()) {
                administration.assignDepartment(username.strip(), departmentCode);
            }
        } catch (InvalidInputException refused) {
            Notices.errors(refused.messages());
            return;
        }
        account = administration.view(username.strip()).orElseThrow();
        refresh();
        Notices.info(Notices.text("admin.cuenta.creada"));
    }

    public void saveRoles() {
        apply(() -> administration.changeRoles(account.username(), roleSet()), "admin.roles.guardados");
    }

    public void assignDepartment() {
        apply(() -> administration.assignDepartment(account.username(), departmentCode), "admin.dependencia.asignada");
    }

    public void toggleActive() {
        boolean activate = !account.active();
        apply(() -> administration.setActive(account.username(), activate),
                activate ? "admin.cuenta.activada" : "admin.cuenta.desactivada");
    }

    public void resetPassword() {
        String typed = password;
        password = null;
        apply(() -> administration.resetPassword(account.username(), typed == null ? new char[0] : typed.toCharArray()),
                "admin.contrasena.restablecida");
    }

    private void apply(Runnable change, String doneKey) {
        try {
            change.run();
        } catch (InvalidInputException refused) {
            Notices.errors(refused.messages());
            refresh();
            return;
        }
        refresh();
        Notices.info(Notices.text(doneKey));
    }

    private Set<Role> roleSet() {
        return roles == null || roles.length == 0 ? Set.of() : EnumSet.copyOf(List.of(roles));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public boolean isCreating() {
        return account == null;
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public AccountView getAccount() {
        return account;
    }

    public List<AccountChangeView> getHistory() {
        return history;
    }

    public List<DepartmentOption> getDepartments() {
        return departments;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Role[] getRoles() {
        return roles;
    }

    public void setRoles(Role[] roles) {
        this.roles = roles;
    }

    public String getDepartmentCode() {
        return departmentCode;
    }

    public void setDepartmentCode(String departmentCode) {
        this.departmentCode = departmentCode;
    }

    public String getPassword() {
        return null;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
