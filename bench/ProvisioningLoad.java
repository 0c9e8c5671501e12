import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load generator for ProvisioningService's claim/result cycle, run as a single-file program:
 * <ul>
 * <li>{@code java bench/ProvisioningLoad.java seed <base-url> <count>}: Cero Papel sends {@code count}
 * PR-DMIGA-09 oficios stating the user (solicitudUsuario), each filing a request; the script then
 * approves them in the database;</li>
 * <li>{@code java bench/ProvisioningLoad.java cycle <base-url> <concurrency> <batch>}: that many
 * pollers claim (POST .../reclamos?maximo=batch) and report each request CREADO (PUT .../resultado)
 * until nothing is left. Prints requests/s and p50/p95/p99 of both calls, and how many requests
 * were handed out twice (must be 0).</li>
 * </ul>
 */
public class ProvisioningLoad {

    private static final String AUTH = "Basic " + Base64.getEncoder()
            .encodeToString("ceropapel:demo".getBytes(StandardCharsets.UTF_8));
    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
    private static final Pattern TOKEN = Pattern.compile("\"tokenReclamo\":\"([^\"]+)\"");

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    public static void main(String[] args) throws Exception {
        if ("header".equals(args[0])) {
            header();
            return;
        }
        String base = args[1] + "/scr/api/v1";
        if ("seed".equals(args[0])) {
            seed(base, Integer.parseInt(args[2]));
        } else {
            cycle(base + "/aprovisionamiento/CERO_PAPEL", Integer.parseInt(args[2]), Integer.parseInt(args[3]));
        }
    }

    private static void seed(String base, int count) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        List<Thread> senders = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            senders.add(started(() -> {
                while (next.getAndIncrement() < count) {
                    try {
                        HttpResponse<String> answer = send("POST", base + "/oficios", oficio());
                        if (answer.statusCode() != 201) {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                }
            }));
        }
        for (Thread sender : senders) {
            sender.join();
        }
        if (errors.get() > 0) {
            throw new IllegalStateException(errors.get() + " oficios were refused");
        }
    }

    private static void cycle(String base, int concurrency, int batch) throws Exception {
        ConcurrentLinkedQueue<Long> claims = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Long> results = new ConcurrentLinkedQueue<>();
        Set<Long> seen = ConcurrentHashMap.newKeySet();
        AtomicInteger duplicates = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        long start = System.nanoTime();
        List<Thread> pollers = new ArrayList<>();
        for (int p = 0; p < concurrency; p++) {
            pollers.add(started(() -> {
                try {
                    while (true) {
                        long t0 = System.nanoTime();
                        HttpResponse<String> claimed = send("POST", base + "/reclamos?maximo=" + batch, null);
                        claims.add(System.nanoTime() - t0);
                        if (claimed.statusCode() != 200) {
                            errors.incrementAndGet();
                            return;
                        }
                        Matcher ids = ID.matcher(claimed.body());
                        Matcher tokens = TOKEN.matcher(claimed.body());
                        int found = 0;
                        while (ids.find() && tokens.find()) {
                            found++;
                            long id = Long.parseLong(ids.group(1));
                            if (!seen.add(id)) {
                                duplicates.incrementAndGet();
                            }
                            long t1 = System.nanoTime();
                            HttpResponse<String> reported = send("PUT", base + "/solicitudes/" + id + "/resultado",
                                    "{\"tokenReclamo\":\"" + tokens.group(1) + "\",\"resultado\":\"CREADO\","
                                            + "\"perfil\":\"bench" + id + "\"}");
                            results.add(System.nanoTime() - t1);
                            if (reported.statusCode() != 200) {
                                errors.incrementAndGet();
                            }
                        }
                        if (found == 0) {
                            return;
                        }
                    }
                } catch (Exception e) {
                    errors.incrementAndGet();
                }
            }));
        }
        for (Thread poller : pollers) {
            poller.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "%11d %6d %9d %10.1f %10.1f | claim %6.1f %6.1f %6.1f | result %6.1f %6.1f %6.1f | %10d %6d%n",
                concurrency, batch, seen.size(), seen.size() / seconds, (claims.size() + results.size()) / seconds,
                percentile(claims, 50), percentile(claims, 95), percentile(claims, 99),
                percentile(results, 50), percentile(results, 95), percentile(results, 99), duplicates.get(),
                errors.get());
    }

    private static Thread started(Runnable work) {
        Thread thread = new Thread(work);
        thread.start();
        return thread;
    }

    static void header() {
        System.out.printf(Locale.ROOT, "%11s %6s %9s %10s %10s | %-26s | %-27s | %10s %6s%n", "concurrency", "batch",
                "requests", "requests/s", "calls/s", "claim p50/p95/p99 ms", "result p50/p95/p99 ms", "duplicates",
                "errors");
    }

    private static double percentile(ConcurrentLinkedQueue<Long> nanos, int p) {
        List<Long> sorted = new ArrayList<>(nanos);
        if (sorted.isEmpty()) {
            return 0;
        }
        Collections.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }

    private static HttpResponse<String> send(String method, String url, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Authorization", AUTH)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String oficio() {
        String id = UUID.randomUUID().toString();
        return "{\"idCeroPapel\":\"BENCH-PROV-" + id + "\",\"numeroOficio\":\"TES/BENCH/2026\","
                + "\"fechaOficio\":\"2026-11-20T10:00:00-06:00\","
                + "\"dependencia\":{\"clave\":\"TES\",\"nombre\":\"Tesorería Municipal\"},"
                + "\"remitente\":{\"nombre\":\"C.P. Gabriela Torres Lima\"},"
                + "\"asunto\":\"Alta en Cero Papel\",\"cuerpo\":\"Solicito el alta del servidor público.\","
                + "\"procedimiento\":\"PR-DMIGA-09\",\"categoriaServicio\":\"USUARIOS_SISTEMAS\","
                + "\"solicitudUsuario\":{\"movimiento\":\"ALTA\",\"empleado\":{\"nombres\":\"Julia\","
                + "\"primerApellido\":\"Mena\",\"numeroEmpleado\":\"" + id.substring(0, 8) + "\"},"
                + "\"modulos\":[\"OFICIOS\"]}}";
    }
}
