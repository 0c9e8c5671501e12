package mx.gob.veracruzmunicipio.dmiga.scr.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Comparator;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Filters;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The health endpoint reports the database SCR really uses, migrated. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HealthIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ScrDeployment.ear();
    }

    @Test
    void readinessReportsTheDatabaseAndItsSchemaVersion() throws Exception {
        HttpResponse<String> ready = new Http().get(Http.MANAGEMENT + "/health/ready");
        String expectedProduct = System.getenv().getOrDefault("SCR_DB_DRIVER", "h2").equals("postgresql")
                ? "PostgreSQL" : "H2";

        assertEquals(200, ready.statusCode(), ready.body());
        String body = ready.body().replaceAll("\\s", "");
        assertTrue(body.contains("\"name\":\"base-de-datos\",\"status\":\"UP\""), body);
        assertTrue(body.contains("\"producto\":\"" + expectedProduct + "\""), body);
        assertTrue(body.contains("\"esquema\":\"" + latestMigration() + "\""), body);
    }

    /** The highest {@code V<n>__} migration in the EAR, so that adding a migration needs no change here. */
    private static String latestMigration() {
        JavaArchive ejb = ScrDeployment.ear().getAsType(JavaArchive.class, "scr-ejb.jar");
        return ejb.getContent(Filters.include("/db/(migration|vendor/[a-z0-9]+)/V[0-9]+__.*\\.sql")).keySet().stream()
                .map(path -> path.get().replaceFirst("^/db/[a-z0-9/]+/V([0-9]+)__.*$", "$1"))
                .max(Comparator.comparingInt(Integer::parseInt))
                .orElseThrow();
    }
}
