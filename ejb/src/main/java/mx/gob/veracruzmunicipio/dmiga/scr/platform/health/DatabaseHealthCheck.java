package mx.gob.veracruzmunicipio.dmiga.scr.platform.health;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness of SCR's database, at http://localhost:9990/health/ready: reachable, which product,
 * and the schema version the migrations reached. DOWN takes a node out of a load balancer.
 *
 * <p>WildFly's MicroProfile Health only finds checks that the EAR's top level can see, not those in
 * its modules, so this package is packaged apart into the EAR's lib/ (ejb/pom.xml, classifier
 * {@code health}).
 */
@Readiness
@ApplicationScoped
public class DatabaseHealthCheck implements HealthCheck {

    static final String NAME = "base-de-datos";
    private static final int TIMEOUT_SECONDS = 2;

    @Resource(lookup = "java:jboss/datasources/ScrDS")
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME);
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.isValid(TIMEOUT_SECONDS)) {
                return response.down().withData("error", "la conexión no responde").build();
            }
            return response.up()
                    .withData("producto", connection.getMetaData().getDatabaseProductName())
                    .withData("esquema", schemaVersion(connection))
                    .build();
        } catch (SQLException e) {
            return response.down().withData("error", e.getMessage()).build();
        }
    }

    private static String schemaVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT version FROM flyway_schema_history WHERE success = TRUE AND version IS NOT NULL "
                             + "ORDER BY installed_rank DESC")) {
            return rows.next() ? rows.getString(1) : "sin migrar";
        }
    }
}
