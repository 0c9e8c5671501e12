package mx.gob.veracruzmunicipio.dmiga.scr.account;

/** What was changed in an account, for its audit trail ({@link AccountChange}). */
public enum AccountChangeKind {
    CREATED("Cuenta creada"),
    ROLES_CHANGED("Roles cambiados"),
    ACTIVATED("Cuenta activada"),
    DEACTIVATED("Cuenta desactivada"),
    DEPARTMENT_ASSIGNED("Dependencia asignada"),
    PASSWORD_RESET("Contraseña restablecida por la administración"),
    PASSWORD_CHANGED("Contraseña cambiada por su titular");

    private final String label;

    AccountChangeKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
