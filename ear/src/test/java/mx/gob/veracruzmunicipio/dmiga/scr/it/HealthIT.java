package mx.gob.veracruzmunicipio.dmiga.scr.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
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
        assertTrue(body.contains("\"esquema\":\"3\""), body);
    }
}
