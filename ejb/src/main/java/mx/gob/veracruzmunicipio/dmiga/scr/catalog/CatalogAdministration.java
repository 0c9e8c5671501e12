package mx.gob.veracruzmunicipio.dmiga.scr.catalog;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import mx.gob.veracruzmunicipio.dmiga.scr.account.Role;
import mx.gob.veracruzmunicipio.dmiga.scr.platform.InputValidation;
import mx.gob.veracruzmunicipio.dmiga.scr.platform.InvalidInputException;

/**
 * The ADMIN's maintenance of the catalogs: departments, materials and their stock, telecom
 * providers, partidas presupuestales, AS/400 modules and equipment types. Everything is validated before it is
 * stored; rows are deactivated, never deleted.
 */
@Stateless
@RolesAllowed(Role.ADMIN_ROLE)
public class CatalogAdministration {

    static final String INITIAL_STOCK = "Existencia inicial";

    @PersistenceContext
    EntityManager em;

    @Inject
    InputValidation validation;

    @Inject
    StockLedger stock;

    @Resource
    SessionContext context;

    // Materials

    public Material registerMaterial(String code, String name, String unitOfMeasure, int initialStock) {
        Material material = validation.require(new Material(code, name, unitOfMeasure, initialStock));
        if (findMaterial(material.getCode()).isPresent()) {
            throw new InvalidInputException("Ya existe un material con la clave «" + material.getCode() + "».");
        }
        em.persist(material);
        if (initialStock > 0) {
            em.persist(new StockMovement(material, initialStock, initialStock, INITIAL_STOCK, caller()));
        }
        return material;
    }

    /** Name and unit only: the quantity changes through {@link #adjustStock} so that it leaves a trace. */
    public Material updateMaterial(String code, String name, String unitOfMeasure) {
        Material material = existing(findMaterial(code), "el material", code);
        material.rename(name);
        material.changeUnit(unitOfMeasure);
        return validation.require(material);
    }

    /** Adds (material received) or subtracts (correction after a count) stock, with the reason; returns the new quantity. */
    public int adjustStock(String code, int change, String reason) {
        return stock.adjust(code, change, reason);
    }

    public void deactivateMaterial(String code) {
        existing(findMaterial(code), "el material", code).deactivate();
    }

    public Optional<Material> findMaterial(String code) {
        return byCode(Material.BY_CODE, Material.class, code);
    }

    public List<Material> materials() {
        return em.createNamedQuery(Material.ALL, Material.class).getResultList();
    }

    public List<StockMovement> stockMovements(String code) {
        return stock.movements(code);
    }

    // Providers

    public Provider registerProvider(String name, String rfc, Set<TelecomService> services, HelpDesk helpDesk) {
        Provider provider = validation.require(new Provider(name, rfc, services, helpDesk));
        if (findProvider(provider.getRfc()).isPresent()) {
            throw new InvalidInputException("Ya existe un proveedor con el RFC «" + provider.getRfc() + "».");
        }
        em.persist(provider);
        return provider;
    }

    /** The RFC identifies the provider and does not change; a new RFC is a new provider. */
    public Provider updateProvider(String rfc, String name, Set<TelecomService> services, HelpDesk helpDesk) {
        Provider provider = existing(findProvider(rfc), "el proveedor con RFC", rfc);
        provider.change(name, services, helpDesk);
        return validation.require(provider);
    }

    public void deactivateProvider(String rfc) {
        existing(findProvider(rfc), "el proveedor con RFC", rfc).deactivate();
    }

    public Optional<Provider> findProvider(String rfc) {
        return em.createNamedQuery(Provider.BY_RFC, Provider.class)
                .setParameter("rfc", Provider.normalizeRfc(rfc))
                .getResultStream()
                .findFirst();
    }

    public List<Provider> providers() {
        return em.createNamedQuery(Provider.ALL, Provider.class).getResultList();
    }

    // Budget items

    public BudgetItem registerBudgetItem(String code, String description, int fiscalYear, BigDecimal authorizedAmount) {
        BudgetItem item = validation.require(new BudgetItem(code, description, fiscalYear, authorizedAmount));
        if (findBudgetItem(item.getCode()).isPresent()) {
            throw new InvalidInputException("Ya existe una partida presupuestal con la clave «" + item.getCode() + "».");
        }
        em.persist(item);
        return item;
    }

    /** The authorized amount may change (a budget amendment) but never below what is committed. */
    public BudgetItem updateBudgetItem(String code, String description, BigDecimal authorizedAmount) {
        BudgetItem item = existing(findBudgetItem(code), "la partida presupuestal", code);
        item.change(description, authorizedAmount);
        return validation.require(item);
    }

    public void deactivateBudgetItem(String code) {
        existing(findBudgetItem(code), "la partida presupuestal", code).deactivate();
    }

    public Optional<BudgetItem> findBudgetItem(String code) {
        return em.createNamedQuery(BudgetItem.BY_CODE, BudgetItem.class)
                .setParameter("code", Codes.normalize(code))
                .getResultStream()
                .findFirst();
    }

    public List<BudgetItem> budgetItems() {
        return em.createNamedQuery(BudgetItem.ALL, BudgetItem.class).getResultList();
    }

    // AS/400 modules

    public As400Module registerAs400Module(String code, String name) {
        As400Module module = validation.require(new As400Module(code, name));
        if (findAs400Module(module.getCode()).isPresent()) {
            throw new InvalidInputException("Ya existe un módulo del AS/400 con la clave «" + module.getCode() + "».");
        }
        em.persist(module);
        return module;
    }

    public As400Module updateAs400Module(String code, String name) {
        As400Module module = existing(findAs400Module(code), "el módulo del AS/400", code);
        module.rename(name);
        return validation.require(module);
    }

    public void deactivateAs400Module(String code) {
        existing(findAs400Module(code), "el módulo del AS/400", code).deactivate();
    }

    public Optional<As400Module> findAs400Module(String code) {
        return byCode(As400Module.BY_CODE, As400Module.class, code);
    }

    public List<As400Module> as400Modules() {
        return em.createNamedQuery(As400Module.ALL, As400Module.class).getResultList();
    }

    // Equipment types

    public EquipmentType registerEquipmentType(String code, String name) {
        EquipmentType type = validation.require(new EquipmentType(code, name));
        if (findEquipmentType(type.getCode()).isPresent()) {
            throw new InvalidInputException("Ya existe un tipo de equipo con la clave «" + type.getCode() + "».");
        }
        em.persist(type);
        return type;
    }

    public EquipmentType updateEquipmentType(String code, String name) {
        EquipmentType type = existing(findEquipmentType(code), "el tipo de equipo", code);
        type.rename(name);
        return validation.require(type);
    }

    public void deactivateEquipmentType(String code) {
        existing(findEquipmentType(code), "el tipo de equipo", code).deactivate();
    }

    public Optional<EquipmentType> findEquipmentType(String code) {
        return byCode(EquipmentType.BY_CODE, EquipmentType.class, code);
    }

    public List<EquipmentType> equipmentTypes() {
        return em.createNamedQuery(EquipmentType.ALL, EquipmentType.class).getResultList();
    }

    // Departments ("dependencias") that ask the directorate for service

    public Department registerDepartment(String code, String name) {
        Department department = validation.require(new Department(code, name));
        if (findDepartment(department.getCode()).isPresent()) {
            throw new InvalidInputException("Ya existe una dependencia con la clave «" + department.getCode() + "».");
        }
        em.persist(department);
        return department;
    }

    public Department renameDepartment(String code, String name) {
        Department department = existing(findDepartment(code), "la dependencia", code);
        department.rename(name);
        return validation.require(department);
    }

    public void deactivateDepartment(String code) {
        existing(findDepartment(code), "la dependencia", code).deactivate();
    }

    public Optional<Department> findDepartment(String code) {
        return byCode(Department.BY_CODE, Department.class, code);
    }

    public List<Department> departments() {
        return em.createNamedQuery(Department.ALL, Department.class).getResultList();
    }

    private <T> Optional<T> byCode(String query, Class<T> type, String code) {
        return em.createNamedQuery(query, type)
                .setParameter("code", Codes.normalize(code))
                .getResultStream()
                .findFirst();
    }

    private static <T> T existing(Optional<T> row, String what, String code) {
        return row.orElseThrow(() -> new InvalidInputException("No existe " + what + " «" + code + "»."));
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }
}
