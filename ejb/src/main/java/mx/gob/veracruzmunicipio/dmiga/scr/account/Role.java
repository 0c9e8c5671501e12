package mx.gob.veracruzmunicipio.dmiga.scr.account;

/**
 * The roles of shared/spec/procedures.md: one per area of the manual, plus system administration
 * and the two machine clients. The constant names are the role names the security realm grants
 * and {@code @RolesAllowed} checks; the label is the manual's name for the area.
 */
public enum Role {
    SECRETARIA("Secretaria de la DMIGA"),
    DIRECTOR("Director DMIGA"),
    SUBDIR_TECNOLOGIAS("Subdirección de Tecnologías"),
    SUBDIR_MODERNIZACION("Subdirección de Modernización"),
    MANTENIMIENTO("Departamento de Mantenimiento y Atención a Usuarios"),
    DESARROLLO_COORD("Coordinación de Desarrollo de Aplicaciones"),
    PROGRAMADOR("Programadores"),
    COORD_SEGUIMIENTO("Coordinación de Seguimiento de Proyectos"),
    ADQUISICIONES("Subdirección de Adquisiciones"),
    CONTRALORIA("Contraloría Interna"),
    PRESUPUESTOS("Subdirección de Presupuestos"),
    COMISION_HACIENDA("Comisión de Hacienda"),
    EGRESOS("Dirección de Egresos"),
    AREA_SOLICITANTE("Área solicitante"),
    ADMIN("Administración del sistema"),
    CERO_PAPEL_CLIENT("Plataforma Cero Papel"),
    AS400_CLIENT("Integración AS/400");

    /** Role names for {@code @RolesAllowed}, which needs compile-time constants. */
    public static final String ADMIN_ROLE = "ADMIN";

    /** The roles people hold (not the machine clients'), e.g. for whom a step can be reassigned to. */
    public static java.util.Set<Role> staff() {
        return java.util.EnumSet.complementOf(java.util.EnumSet.of(CERO_PAPEL_CLIENT, AS400_CLIENT, ADMIN));
    }

    /** A machine client's account holds machine-client roles only (AccountAdministration checks it). */
    public static boolean anyMachineClient(java.util.Set<Role> roles) {
        return roles.stream().anyMatch(Role::isMachineClient);
    }

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Machine clients authenticate with HTTP Basic or WS-Security, never at the intranet. */
    public boolean isMachineClient() {
        return this == CERO_PAPEL_CLIENT || this == AS400_CLIENT;
    }
}
