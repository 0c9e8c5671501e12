package mx.gob.veracruzmunicipio.dmiga.scr.catalog;

import java.math.BigDecimal;
import java.time.Year;
import java.util.EnumSet;
import java.util.List;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import mx.gob.veracruzmunicipio.dmiga.scr.platform.RunMode;

/**
 * Demo catalog rows for development, so the procedures have material, providers and partidas to
 * work with on a fresh database. Each row is added only when its code is missing, so restarts and
 * the ADMIN's later edits are left alone. The RFCs are fictional (valid format, no real taxpayer).
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class DemoCatalogs {

    private static final Logger LOG = Logger.getLogger(DemoCatalogs.class.getName());
    static final String SEEDER = "sistema";

    static final List<Material> MATERIALS = List.of(
            new Material("UTP-CAT6", "Cable UTP categoría 6", "metros", 305),
            new Material("RJ45-CAT6", "Conector RJ45 categoría 6", "piezas", 200),
            new Material("JACK-CAT6", "Jack RJ45 categoría 6", "piezas", 48),
            new Material("PATCH-1M", "Cable de parcheo categoría 6 de 1 m", "piezas", 36),
            new Material("CANALETA-20", "Canaleta de PVC de 20 x 10 mm", "tramos de 2 m", 25));

    record DemoProvider(String name, String rfc, EnumSet<TelecomService> services, String phone, String email,
            String hours) {
    }

    static final List<DemoProvider> PROVIDERS = List.of(
            new DemoProvider("Teléfonos de México (Telmex)", "TMX850101AB1",
                    EnumSet.of(TelecomService.PHONE, TelecomService.INTERNET),
                    "800 555 0101", "gobierno@soporte-telmex.example", "Lunes a domingo, 24 horas"),
            new DemoProvider("Radiomóvil Dipsa (Telcel)", "RDI870312CD2", EnumSet.of(TelecomService.MOBILE),
                    "800 555 0202", "empresas@soporte-telcel.example", "Lunes a sábado, 8:00 a 20:00"),
            new DemoProvider("Total Play Telecomunicaciones", "TPT030612EF3",
                    EnumSet.of(TelecomService.INTERNET, TelecomService.PHONE),
                    "800 555 0303", null, "Lunes a domingo, 7:00 a 23:00"));

    record DemoBudgetItem(String code, String description, BigDecimal authorized) {
    }

    /** Partidas of CONAC's clasificador por objeto del gasto that pay for telecom services. */
    static final List<DemoBudgetItem> BUDGET_ITEMS = List.of(
            new DemoBudgetItem("3141", "Telefonía tradicional", new BigDecimal("480000.00")),
            new DemoBudgetItem("3171", "Servicios de acceso de Internet, redes y procesamiento de información",
                    new BigDecimal("360000.00")));

    static final List<As400Module> AS400_MODULES = List.of(
            new As400Module("CONT", "Contabilidad"),
            new As400Module("PRES", "Presupuesto"),
            new As400Module("TESO", "Tesorería"),
            new As400Module("NOMI", "Nómina"),
            new As400Module("EGRE", "Egresos"));

    static final List<EquipmentType> EQUIPMENT_TYPES = List.of(
            new EquipmentType("PC", "Computadora de escritorio"),
            new EquipmentType("LAPTOP", "Computadora portátil"),
            new EquipmentType("MONITOR", "Monitor"),
            new EquipmentType("IMPRESORA", "Impresora"),
            new EquipmentType("ESCANER", "Escáner"),
            new EquipmentType("NOBREAK", "No break (UPS)"),
            new EquipmentType("SWITCH", "Switch de red"));

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "scr.mode", defaultValue = "production")
    String mode;

    @PostConstruct
    void seed() {
        if (RunMode.parse(mode) != RunMode.DEVELOPMENT) {
            return;
        }
        int created = 0;
        // The templates above are shared constants; each row stored is a fresh copy of one.
        for (Material demo : MATERIALS) {
            if (missing(Material.BY_CODE, Material.class, demo.getCode())) {
                Material material = new Material(demo.getCode(), demo.getName(), demo.getUnitOfMeasure(),
                        demo.getQuantityInStock());
                em.persist(material);
                em.persist(new StockMovement(material, material.getQuantityInStock(), material.getQuantityInStock(),
                        CatalogAdministration.INITIAL_STOCK, SEEDER));
                created++;
            }
        }
        for (DemoProvider demo : PROVIDERS) {
            if (em.createNamedQuery(Provider.BY_RFC, Provider.class).setParameter("rfc", demo.rfc())
                    .getResultList().isEmpty()) {
                em.persist(new Provider(demo.name(), demo.rfc(), demo.services(),
                        new HelpDesk(demo.phone(), demo.email(), demo.hours())));
                created++;
            }
        }
        for (DemoBudgetItem demo : BUDGET_ITEMS) {
            if (missing(BudgetItem.BY_CODE, BudgetItem.class, demo.code())) {
                em.persist(new BudgetItem(demo.code(), demo.description(), Year.now().getValue(), demo.authorized()));
                created++;
            }
        }
        for (As400Module demo : AS400_MODULES) {
            if (missing(As400Module.BY_CODE, As400Module.class, demo.getCode())) {
                em.persist(new As400Module(demo.getCode(), demo.getName()));
                created++;
            }
        }
        for (EquipmentType demo : EQUIPMENT_TYPES) {
            if (missing(EquipmentType.BY_CODE, EquipmentType.class, demo.getCode())) {
                em.persist(new EquipmentType(demo.getCode(), demo.getName()));
                created++;
            }
        }
        if (created > 0) {
            LOG.info("Modo development: se agregaron " + created + " registros de demostración a los catálogos.");
        }
    }

    private <T> boolean missing(String query, Class<T> type, String code) {
        return em.createNamedQuery(query, type).setParameter("code", code).getResultList().isEmpty();
    }
}
