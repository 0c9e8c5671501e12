package mx.gob.veracruzmunicipio.dmiga.scr.platform;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import mx.gob.veracruzmunicipio.dmiga.scr.account.PasswordHash;
import mx.gob.veracruzmunicipio.dmiga.scr.account.Role;
import mx.gob.veracruzmunicipio.dmiga.scr.account.UserAccount;
import mx.gob.veracruzmunicipio.dmiga.scr.catalog.Department;

/**
 * The demo accounts (README, "Demo accounts"): one per role, password {@code demo}, and a few
 * departments for them to work with. The machine clients' {@code demo} is hashed like a generated
 * key, so a benchmark in development pays what production machine clients pay per call.
 * In development they are created on first start so a newcomer can sign in at once; in production
 * none is created, and the deployment stops while any of them still accepts the demo password.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class DemoAccounts {

    static final String PASSWORD = "demo";

    record Demo(String username, String fullName, Role role) {
    }

    static final List<Demo> ACCOUNTS = List.of(
            new Demo("secretaria", "Laura Méndez Ruiz", Role.SECRETARIA),
            new Demo("director", "Ricardo Solís Aguirre", Role.DIRECTOR),
            new Demo("subtec", "Fernanda Ortiz Cano", Role.SUBDIR_TECNOLOGIAS),
            new Demo("submod", "Héctor Lara Vázquez", Role.SUBDIR_MODERNIZACION),
            new Demo("mantenimiento", "Jorge Castillo Peña", Role.MANTENIMIENTO),
            new Demo("desarrollo", "Mariana Rosas Téllez", Role.DESARROLLO_COORD),
            new Demo("programador", "Iván Herrera Luna", Role.PROGRAMADOR),
            new Demo("seguimiento", "Patricia Domínguez Mora", Role.COORD_SEGUIMIENTO),
            new Demo("adquisiciones", "Sergio Navarro Ríos", Role.ADQUISICIONES),
            new Demo("contraloria", "Adriana Fuentes Salas", Role.CONTRALORIA),
            new Demo("presupuestos", "Tomás Ibarra Gil", Role.PRESUPUESTOS),
            new Demo("hacienda", "Claudia Reyes Ochoa", Role.COMISION_HACIENDA),
            new Demo("egresos", "Manuel Pineda Cruz", Role.EGRESOS),
            new Demo("solicitante", "Rosa Aguilar Vega", Role.AREA_SOLICITANTE),
            new Demo("admin", "Administración SCR", Role.ADMIN),
            new Demo("ceropapel", "Plataforma Cero Papel", Role.CERO_PAPEL_CLIENT),
            new Demo("as400", "Integración AS/400", Role.AS400_CLIENT));

    /** Departments of the city hall that ask the directorate for service, for the demo reports. */
    static final List<Department> DEPARTMENTS = List.of(
            new Department("TES", "Tesorería Municipal"),
            new Department("OBP", "Dirección de Obras Públicas"),
            new Department("DIF", "DIF Municipal"),
            new Department("SAL", "Dirección de Salud"),
            new Department("CAT", "Dirección de Catastro"),
            new Department("RH", "Dirección de Recursos Humanos"));

    private static final Logger LOG = Logger.getLogger(DemoAccounts.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "scr.mode", defaultValue = "production")
    String mode;

    @PostConstruct
    void apply() {
        if (RunMode.parse(mode) == RunMode.DEVELOPMENT) {
            seedMissing();
        } else {
            refuseDemoPasswords();
        }
    }

    private void seedMissing() {
        seedDepartments();
        int created = 0;
        for (Demo demo : ACCOUNTS) {
            UserAccount existing = find(demo.username());
            if (existing != null && demo.role() == Role.AREA_SOLICITANTE && existing.getDepartment() == null) {
                // Accounts seeded before departments existed get theirs.
                existing.setDepartment(department(DEPARTMENTS.get(0).getCode()));
            }
            if (existing != null && demo.role().isMachineClient()
                    && existing.passwordIterations() != PasswordHash.MACHINE_KEY_ITERATIONS
                    && existing.passwordMatches(PASSWORD.toCharArray())) {
                // Seeded before machine clients had keys: rehashed the way generated keys are.
                existing.changePassword(PasswordHash.forAccount(Set.of(demo.role()), PASSWORD.toCharArray()));
            }
            if (existing == null) {
                UserAccount account = new UserAccount(demo.username(), demo.fullName(), null,
                        PasswordHash.forAccount(Set.of(demo.role()), PASSWORD.toCharArray()), Set.of(demo.role()));
                if (demo.role() == Role.AREA_SOLICITANTE) {
                    account.setDepartment(department(DEPARTMENTS.get(0).getCode()));
                }
                em.persist(account);
                created++;
            }
        }
        if (created > 0) {
            LOG.warning("Modo development: se crearon " + created + " cuentas de demostración con la contraseña '"
                    + PASSWORD + "'. No use este modo en producción.");
        }
    }

    private void refuseDemoPasswords() {
        List<String> exposed = stillOnDemoPassword(ACCOUNTS.stream()
                .map(demo -> find(demo.username()))
                .filter(Objects::nonNull)
                .toList());
        if (!exposed.isEmpty()) {
            throw new IllegalStateException("Modo production: SCR no arranca mientras estas cuentas conserven la "
                    + "contraseña de demostración: " + String.join(", ", exposed)
                    + ". Cambie su contraseña o desactívelas.");
        }
    }

    private void seedDepartments() {
        for (Department department : DEPARTMENTS) {
            if (department(department.getCode()) == null) {
                em.persist(new Department(department.getCode(), department.getName()));
            }
        }
        em.flush();
    }

    private Department department(String code) {
        return em.createNamedQuery(Department.BY_CODE, Department.class).setParameter("code", code)
                .getResultStream().findFirst().orElse(null);
    }

    /** The usernames of the active accounts among these that still accept the demo password. */
    static List<String> stillOnDemoPassword(List<UserAccount> accounts) {
        return accounts.stream()
                .filter(account -> account.isActive() && account.passwordMatches(PASSWORD.toCharArray()))
                .map(UserAccount::getUsername)
                .toList();
    }

    private UserAccount find(String username) {
        return em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }
}
