package mx.gob.veracruzmunicipio.dmiga.scr.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.xml.soap.SOAPMessage;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Cero Papel retries: 50 copies of one oficio pushed at the same instant, half over SOAP and half
 * over REST, open one report and get 50 acuses with its folio, exactly one of them RECIBIDO.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OficioConcurrencyIT {

    private static final HttpClient REST = HttpClient.newHttpClient();
    private static final Pattern ESTADO = Pattern.compile("\"estado\":\"(\\w+)\"");
    private static final Pattern FOLIO = Pattern.compile("\"folio\":\"([^\"]+)\"");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ScrDeployment.ear();
    }

    @Test
    void fiftySimultaneousCopiesOfAnOficioOpenOneReport() throws Exception {
        String id = "CP-CONC-" + UUID.randomUUID();
        int copies = 50;
        ExecutorService threads = Executors.newFixedThreadPool(copies);
        CountDownLatch ready = new CountDownLatch(copies);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<String[]>> answers = new ArrayList<>();
        for (int i = 0; i < copies; i++) {
            boolean soap = i % 2 == 0;
            Callable<String[]> push = () -> {
                // Patient clients: each call checks a PBKDF2 password, so 50 at once queue on 2 cores.
                OficioSoap client = soap ? new OficioSoap("ceropapel", "demo").patient(240) : null;
                ready.countDown();
                go.await();
                if (soap) {
                    SOAPMessage acuse = client.call(recibirOficio(id));
                    return new String[] {OficioSoap.text(acuse, "estado"), OficioSoap.text(acuse, "folio")};
                }
                HttpResponse<String> acuse = REST.send(HttpRequest.newBuilder(URI.create(Http.SERVER + "/scr/api/v1/oficios"))
                        .timeout(Duration.ofSeconds(240)).header("Content-Type", "application/json")
                        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                                "ceropapel:demo".getBytes(StandardCharsets.UTF_8)))
                        .POST(HttpRequest.BodyPublishers.ofString(oficioJson(id), StandardCharsets.UTF_8)).build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                return new String[] {group(ESTADO, acuse.body()), group(FOLIO, acuse.body())};
            };
            answers.add(threads.submit(push));
        }
        ready.await(60, TimeUnit.SECONDS);
        go.countDown();
        List<String> estados = new ArrayList<>();
        List<String> folios = new ArrayList<>();
        for (Future<String[]> answer : answers) {
            String[] acuse = answer.get(300, TimeUnit.SECONDS);
            estados.add(acuse[0]);
            folios.add(acuse[1]);
        }
        threads.shutdown();

        assertEquals(1, estados.stream().filter("RECIBIDO"::equals).count(), estados.toString());
        assertEquals(copies - 1, estados.stream().filter("DUPLICADO"::equals).count(), estados.toString());
        assertEquals(1, folios.stream().distinct().count(), folios.toString());
        SOAPMessage estado = new OficioSoap("ceropapel", "demo").call(
                "<scr:ConsultarEstado><scr:idCeroPapel>" + id + "</scr:idCeroPapel></scr:ConsultarEstado>");
        assertEquals(folios.get(0), OficioSoap.text(estado, "folio"));
        assertEquals(1, OficioSoap.texts(estado, "bitacora").size(), "one report, received once");
    }

    private static String group(Pattern pattern, String body) {
        Matcher m = pattern.matcher(body);
        return m.find() ? m.group(1) : body;
    }

    static String recibirOficio(String id) {
        return "<scr:RecibirOficio><scr:oficio><scr:idCeroPapel>" + id + "</scr:idCeroPapel>"
                + "<scr:numeroOficio>TES/0099/2026</scr:numeroOficio><scr:fechaOficio>2026-11-20T10:00:00-06:00</scr:fechaOficio>"
                + "<scr:dependencia><scr:clave>TES</scr:clave><scr:nombre>Tesorería Municipal</scr:nombre></scr:dependencia>"
                + "<scr:remitente><scr:nombre>C.P. Gabriela Torres Lima</scr:nombre></scr:remitente>"
                + "<scr:asunto>Reubicar la línea de cajas</scr:asunto><scr:cuerpo>Solicito reubicar la línea.</scr:cuerpo>"
                + "<scr:procedimiento>PR-DMIGA-02</scr:procedimiento></scr:oficio></scr:RecibirOficio>";
    }

    static String oficioJson(String id) {
        return "{\"idCeroPapel\": \"" + id + "\", \"numeroOficio\": \"TES/0099/2026\", \"fechaOficio\":"
                + " \"2026-11-20T10:00:00-06:00\", \"dependencia\": {\"clave\": \"TES\", \"nombre\": \"Tesorería Municipal\"},"
                + " \"remitente\": {\"nombre\": \"C.P. Gabriela Torres Lima\"}, \"asunto\": \"Reubicar la línea de cajas\","
                + " \"cuerpo\": \"Solicito reubicar la línea.\", \"procedimiento\": \"PR-DMIGA-02\"}";
    }
}
