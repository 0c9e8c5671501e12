package mx.gob.veracruzmunicipio.dmiga.scr.catalog;

/** Role names for the catalogs' {@code @RolesAllowed}, which needs compile-time constants. */
final class CatalogRoles {

    static final String ADMIN = "ADMIN";
    static final String SECRETARIA = "SECRETARIA";
    static final String DIRECTOR = "DIRECTOR";
    static final String SUBDIR_TECNOLOGIAS = "SUBDIR_TECNOLOGIAS";
    static final String SUBDIR_MODERNIZACION = "SUBDIR_MODERNIZACION";
    static final String MANTENIMIENTO = "MANTENIMIENTO";
    static final String DESARROLLO_COORD = "DESARROLLO_COORD";
    static final String PROGRAMADOR = "PROGRAMADOR";
    static final String COORD_SEGUIMIENTO = "COORD_SEGUIMIENTO";
    static final String ADQUISICIONES = "ADQUISICIONES";
    static final String CONTRALORIA = "CONTRALORIA";
    static final String PRESUPUESTOS = "PRESUPUESTOS";
    static final String COMISION_HACIENDA = "COMISION_HACIENDA";
    static final String EGRESOS = "EGRESOS";

    private CatalogRoles() {
    }
}
