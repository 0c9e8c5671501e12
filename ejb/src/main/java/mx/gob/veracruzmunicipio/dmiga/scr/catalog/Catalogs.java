package mx.gob.veracruzmunicipio.dmiga.scr.catalog;

import java.util.List;
import java.util.function.Predicate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The active catalog rows, for the staff's choice lists (the ADMIN sees all in CatalogAdministration). */
@Stateless
@RolesAllowed({CatalogRoles.ADMIN, CatalogRoles.SECRETARIA, CatalogRoles.DIRECTOR, CatalogRoles.SUBDIR_TECNOLOGIAS,
        CatalogRoles.SUBDIR_MODERNIZACION, CatalogRoles.MANTENIMIENTO, CatalogRoles.DESARROLLO_COORD,
        CatalogRoles.PROGRAMADOR, CatalogRoles.COORD_SEGUIMIENTO, CatalogRoles.ADQUISICIONES,
        CatalogRoles.CONTRALORIA, CatalogRoles.PRESUPUESTOS, CatalogRoles.COMISION_HACIENDA, CatalogRoles.EGRESOS})
public class Catalogs {

    @PersistenceContext
    EntityManager em;

    public List<Material> materials() {
        return active(em.createNamedQuery(Material.ALL, Material.class).getResultList(), Material::isActive);
    }

    public List<Provider> providers() {
        return active(em.createNamedQuery(Provider.ALL, Provider.class).getResultList(), Provider::isActive);
    }

    public List<As400Module> as400Modules() {
        return active(em.createNamedQuery(As400Module.ALL, As400Module.class).getResultList(), As400Module::isActive);
    }

    public List<EquipmentType> equipmentTypes() {
        return active(em.createNamedQuery(EquipmentType.ALL, EquipmentType.class).getResultList(),
                EquipmentType::isActive);
    }

    /** The departments ("dependencias") a request may come from. */
    public List<Department> departments() {
        return active(em.createNamedQuery(Department.ALL, Department.class).getResultList(), Department::isActive);
    }

    private static <T> List<T> active(List<T> rows, Predicate<T> isActive) {
        return rows.stream().filter(isActive).toList();
    }
}
