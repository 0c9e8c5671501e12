import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Load generator for the intake of oficios (RecibirOficio) over SOAP and REST, run as a
 * single-file program: {@code java bench/OficioLoad.java <base-url> <seconds> <concurrency>...}.
 * Every request is a new oficio (fresh idCeroPapel), so every one opens a report. Prints one
 * line per protocol and concurrency: oficios per second, latency percentiles, errors. The
 * {@code auth} lines call GET /v1/sistema, which does nothing but authenticate the client: the
 * ceiling that the password check alone puts on any call.
 */
public class OficioLoad {

    private static final String USER = System.getProperty("user", "ceropapel");
    private static final String PASSWORD = System.getProperty("password", "demo");

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int seconds = Integer.parseInt(args[1]);
        String auth = "Basic " + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        System.out.printf(Locale.ROOT, "%-5s %11s %9s %7s %11s %8s %8s %8s%n", "proto", "concurrency", "oficios",
                "errors", "oficios/s", "p50 ms", "p95 ms", "p99 ms");
        // "auth": GET /v1/sistema, which only authenticates; the ceiling of any call with this client's password.
        for (String protocol : System.getProperty("protocols", "auth,soap,rest").split(",")) {
            for (int i = 2; i < args.length; i++) {
                int concurrency = Integer.parseInt(args[i]);
                run(base, auth, protocol, concurrency, Math.max(2, seconds / 4), false);
                run(base, auth, protocol, concurrency, seconds, true);
            }
        }
    }

    private static void run(String base, String auth, String protocol, int concurrency, int seconds,
                            boolean report) throws Exception {
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger errors = new AtomicInteger();
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        List<Thread> workers = new ArrayList<>();
        for (int w = 0; w < concurrency; w++) {
            Thread worker = new Thread(() -> {
                while (System.nanoTime() < end) {
                    String id = "BENCH-" + UUID.randomUUID();
                    long t0 = System.nanoTime();
                    try {
                        boolean ok = "auth".equals(protocol)
                                ? send(base + "/scr/api/v1/sistema", auth, null, null, null) != null
                                : "soap".equals(protocol)
                                ? received(send(base + "/scr/api/ws/OficioService", auth, "text/xml; charset=UTF-8",
                                        "\"urn:mx:gob:veracruzmunicipio:dmiga:scr:v1:RecibirOficio\"", soap(id)))
                                : received(send(base + "/scr/api/v1/oficios", auth, "application/json", null, json(id)));
                        long took = System.nanoTime() - t0;
                        if (ok) {
                            latencies.add(took);
                        } else {
                            errors.incrementAndGet();
                        }
                    } catch (Exception failed) {
                        errors.incrementAndGet();
                    }
                }
            });
            workers.add(worker);
            worker.start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        if (!report) {
            return;
        }
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf(Locale.ROOT, "%-5s %11d %9d %7d %11.1f %8.1f %8.1f %8.1f%n", protocol, concurrency,
                sorted.size(), errors.get(), sorted.size() / elapsed, ms(sorted, 0.50), ms(sorted, 0.95), ms(sorted, 0.99));
    }

    /**
     * One request on a kept-alive connection (HttpURLConnection reuses it when the body is read to
     * the end); the answer's body on 200/201, null otherwise.
     */
    private static String send(String url, String auth, String contentType, String soapAction, String body)
            throws IOException {
        HttpURLConnection connection = (HttpURLConnection) new URL(url).openConnection();
        connection.setRequestProperty("Authorization", auth);
        if (body != null) {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            connection.setRequestMethod("POST");
            connection.setDoOutput(true);
            connection.setFixedLengthStreamingMode(bytes.length);
            connection.setRequestProperty("Content-Type", contentType);
            if (soapAction != null) {
                connection.setRequestProperty("SOAPAction", soapAction);
            }
            try (OutputStream out = connection.getOutputStream()) {
                out.write(bytes);
            }
        }
        int status = connection.getResponseCode();
        try (InputStream in = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            if (in != null) {
                in.transferTo(answer);
            }
            return status == 200 || status == 201 ? answer.toString(StandardCharsets.UTF_8) : null;
        }
    }

    private static boolean received(String answer) {
        return answer != null && answer.contains("RECIBIDO");
    }

    private static double ms(List<Long> sorted, double quantile) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(quantile * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }

    private static String soap(String id) {
        return "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\""
                + " xmlns:scr=\"urn:mx:gob:veracruzmunicipio:dmiga:scr:v1\"><soapenv:Body><scr:RecibirOficio><scr:oficio>"
                + "<scr:idCeroPapel>" + id + "</scr:idCeroPapel><scr:numeroOficio>TES/0001/2026</scr:numeroOficio>"
                + "<scr:fechaOficio>2026-11-20T10:00:00-06:00</scr:fechaOficio>"
                + "<scr:dependencia><scr:clave>TES</scr:clave><scr:nombre>Tesorería Municipal</scr:nombre></scr:dependencia>"
                + "<scr:remitente><scr:nombre>C.P. Gabriela Torres Lima</scr:nombre></scr:remitente>"
                + "<scr:asunto>Falla de la red en cajas</scr:asunto><scr:cuerpo>Solicito su apoyo.</scr:cuerpo>"
                + "<scr:procedimiento>PR-DMIGA-01</scr:procedimiento><scr:categoriaServicio>CABLEADO_RED</scr:categoriaServicio>"
                + "<scr:anexos><scr:nombre>oficio.pdf</scr:nombre><scr:tipoMime>application/pdf</scr:tipoMime>"
                + "<scr:contenido>JVBERi0xLjQgb2ZpY2lv</scr:contenido></scr:anexos>"
                + "</scr:oficio></scr:RecibirOficio></soapenv:Body></soapenv:Envelope>";
    }

    private static String json(String id) {
        return "{\"idCeroPapel\": \"" + id + "\", \"numeroOficio\": \"TES/0001/2026\", \"fechaOficio\":"
                + " \"2026-11-20T10:00:00-06:00\", \"dependencia\": {\"clave\": \"TES\", \"nombre\": \"Tesorería Municipal\"},"
                + " \"remitente\": {\"nombre\": \"C.P. Gabriela Torres Lima\"}, \"asunto\": \"Falla de la red en cajas\","
                + " \"cuerpo\": \"Solicito su apoyo.\", \"procedimiento\": \"PR-DMIGA-01\", \"categoriaServicio\": \"CABLEADO_RED\","
                + " \"anexos\": [{\"nombre\": \"oficio.pdf\", \"tipoMime\": \"application/pdf\", \"contenido\": \"JVBERi0xLjQgb2ZpY2lv\"}]}";
    }
}
