package mx.gob.veracruzmunicipio.dmiga.scr.it;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Scripts the fake of SAT's CFDI verification ({@link FakeSatServer}) and reads what it received,
 * over HTTP, from inside the server (where SCR_SAT_URL points) or from the test JVM.
 */
public final class FakeSat {

    /** What the fake does with a query for a UUID; VIGENTE unless scripted. */
    public enum Answer { VIGENTE, CANCELADO, NO_ENCONTRADO, TIMEOUT, SOAP_FAULT }

    private FakeSat() {
    }

    // --- what the tests call, from the server or from the test JVM

    /** The fake answers queries for this UUID so from now on. */
    public static void answer(String uuid, Answer answer) {
        call("/fake/answer?uuid=" + encode(uuid) + "&answer=" + answer.name());
    }

    /** The expressions received for this UUID, in order. */
    public static List<String> received(String uuid) {
        String text = call("/fake/received?uuid=" + encode(uuid));
        return text.isEmpty() ? List.of() : new ArrayList<>(Arrays.asList(text.split("\n")));
    }

    private static String call(String path) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(base() + path)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 200) {
                throw new IllegalStateException("The fake SAT answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException("The fake SAT does not answer at " + base(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Inside the server, where SCR_SAT_URL points; in the test JVM, the reserved port. */
    private static String base() {
        String url = System.getenv("SCR_SAT_URL");
        if (url != null) {
            return url.replace("/ConsultaCFDIService.svc", "");
        }
        return "http://127.0.0.1:" + System.getProperty("scr.sat.port");
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
