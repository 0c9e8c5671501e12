package mx.gob.veracruzmunicipio.dmiga.scr.web.session;

import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import mx.gob.veracruzmunicipio.dmiga.scr.account.Role;

/**
 * Which menu entries the signed-in person sees: only the pages their roles may use. The same
 * roles guard the pages themselves (web.xml security constraints, the session beans'
 * {@code @RolesAllowed}); this only spares people links that would answer 403.
 */
@Named
@RequestScoped
public class Menu {

    /**
     * Who may search all reports: the roles that may open any report ({@code report.Reports}); a
     * person of another department (AREA_SOLICITANTE) sees only theirs, in the Bandeja. The same
     * roles see the Tablero ({@code dashboard.Dashboard}), the figures over those same reports.
     */
    private static final Set<Role> SEARCH = Set.of(Role.SECRETARIA, Role.DIRECTOR, Role.SUBDIR_TECNOLOGIAS,
            Role.SUBDIR_MODERNIZACION, Role.MANTENIMIENTO, Role.DESARROLLO_COORD, Role.PROGRAMADOR,
            Role.COORD_SEGUIMIENTO, Role.ADQUISICIONES, Role.CONTRALORIA, Role.PRESUPUESTOS, Role.COMISION_HACIENDA,
            Role.EGRESOS, Role.ADMIN);

    public boolean isCapture() {
        return hasRole(Role.SECRETARIA);
    }

    public boolean isSearch() {
        return SEARCH.stream().anyMatch(Menu::hasRole);
    }

    /** The monthly services' invoices not yet received: who follows the payments up. */
    public boolean isPendingInvoices() {
        return hasRole(Role.COORD_SEGUIMIENTO) || hasRole(Role.DIRECTOR) || hasRole(Role.ADMIN);
    }

    public boolean isAdministration() {
        return hasRole(Role.ADMIN);
    }

    private static boolean hasRole(Role role) {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(role.name());
    }
}
