package mx.gob.veracruzmunicipio.dmiga.scr.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.hibernate.SessionFactory;

/**
 * Brings the database schema up to date at deployment, before anything else touches it: the
 * versioned migrations in {@code db/migration} (the same files on H2 and PostgreSQL) and those in
 * {@code db/vendor/<h2|postgresql>} (the few versions whose DDL only one database understands, such
 * as PostgreSQL's trigram indexes; each such version exists once per database), then a check that
 * the JPA mapping matches the migrated schema. A mismatch stops the deployment.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN) // Flyway commits each migration itself
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = "java:jboss/datasources/ScrDS")
    DataSource dataSource;

    @PersistenceUnit(unitName = "scr")
    EntityManagerFactory entityManagerFactory;

    @PostConstruct
    void migrate() {
        Flyway flyway = Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration", "classpath:db/vendor/" + vendor())
                // The EJB timer store (scr-timers) creates its table in this schema when the server
                // boots, before any deployment: on a fresh database Flyway must still start from V1.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load();
        MigrateResult result = flyway.migrate();
        LOG.info(() -> "Esquema de base de datos en la versión " + flyway.info().current().getVersion()
                + " (" + result.migrationsExecuted + " migraciones aplicadas en este arranque)");
        entityManagerFactory.unwrap(SessionFactory.class).getSchemaManager().validateMappedObjects();
    }

    /** {@code postgresql} or {@code h2}: the folder of the database's own migrations. */
    private String vendor() {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            return product.toLowerCase(Locale.ROOT).contains("postgres") ? "postgresql" : "h2";
        } catch (SQLException e) {
            throw new IllegalStateException("No se pudo consultar la base de datos: " + e.getMessage(), e);
        }
    }
}
