package mx.gob.veracruzmunicipio.dmiga.scr.platform;

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
 * versioned migrations in {@code db/migration} (the same files on H2 and PostgreSQL), then a check
 * that the JPA mapping matches the migrated schema. A mismatch stops the deployment.
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
                .locations("classpath:db/migration")
                // The EJB timer store (persistent timers) creates its own table in this schema when
                // the server starts, possibly before this bean runs: a fresh database is then not
                // empty, so it is baselined below V1 and every migration still runs.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load();
        MigrateResult result = flyway.migrate();
        LOG.info(() -> "Esquema de base de datos en la versión " + flyway.info().current().getVersion()
                + " (" + result.migrationsExecuted + " migraciones aplicadas en este arranque)");
        entityManagerFactory.unwrap(SessionFactory.class).getSchemaManager().validateMappedObjects();
    }
}
