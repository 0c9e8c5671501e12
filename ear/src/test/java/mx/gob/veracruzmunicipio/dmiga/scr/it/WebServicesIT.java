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

/** The ws WAR at /scr/api: its index and OpenAPI contract are public, its services are for machine clients. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WebServicesIT {

    private static final String API = Http.SERVER + "/scr/api";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ScrDeployment.ear();
    }

    @Test
    void theIndexListsTheContracts() throws Exception {
        HttpResponse<String> index = new Http().get(API + "/");

        assertEquals(200, index.statusCode());
        assertTrue(index.body().contains("href=\"openapi\""));
        assertTrue(index.body().contains("href=\"ws/OficioService?wsdl\""), index.body());
    }

    @Test
    void theOpenApiDocumentDescribesTheRestServicesWithoutSignIn() throws Exception {
        HttpResponse<String> openapi = new Http().get(API + "/openapi");

        assertEquals(200, openapi.statusCode());
        assertTrue(openapi.body().startsWith("---\nopenapi: 3."), openapi.body());
        assertTrue(openapi.body().contains("/scr/api/v1/sistema:") || openapi.body().contains("/v1/sistema:"),
                openapi.body());
        assertTrue(openapi.body().contains("title: SCR - Servicios para Cero Papel y AS/400"));
        assertTrue(openapi.body().contains("/v1/oficios:"), openapi.body());
        assertTrue(openapi.body().contains("/v1/reportes/{folio}:"), openapi.body());
        assertTrue(openapi.body().contains("RecibirOficio"), openapi.body());
        assertTrue(openapi.body().contains("/v1/reportes/{folio}/firmas:") && openapi.body().contains("RegistrarFirma"),
                openapi.body());
        assertTrue(openapi.body().contains("/v1/oficios-salientes:") && openapi.body().contains("ObtenerOficiosSalientes"),
                openapi.body());
        assertTrue(openapi.body().contains("/v1/oficios-salientes/{id}/entrega:")
                && openapi.body().contains("ConfirmarEntrega"), openapi.body());
        assertTrue(openapi.body().contains("/v1/datos-abiertos/reportes-por-mes.csv:"), openapi.body());
    }

    @Test
    void aServiceNeedsMachineClientCredentials() throws Exception {
        Http client = new Http();

        assertEquals(401, client.get(API + "/v1/sistema").statusCode());
        assertEquals(401, client.get(API + "/v1/sistema", "ceropapel", "equivocada").statusCode());
        assertEquals(403, client.get(API + "/v1/sistema", "secretaria", "demo").statusCode());

        HttpResponse<String> answer = client.get(API + "/v1/sistema", "ceropapel", "demo");
        assertEquals(200, answer.statusCode());
        assertEquals("application/json", answer.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("{\"cliente\":\"ceropapel\",\"sistema\":\"SCR\",\"version\":\"v1\"}", answer.body());
    }
}
