package mx.gob.veracruzmunicipio.dmiga.scr.it;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javax.xml.parsers.DocumentBuilderFactory;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import org.w3c.dom.NodeList;

/**
 * A stand-in for SAT's ConsultaCFDIService that the tests' server asks (SCR_SAT_URL, ear/pom.xml):
 * it speaks the same contract (SOAP 1.1, soapAction .../IConsultaCFDIService/Consulta, SAT's
 * namespaces and prefixes), answers "Vigente" unless a test scripted another answer for the invoice's
 * UUID, and records every expression it received. It runs in the test JVM for the whole session
 * ({@link Session}); the tests, inside the server or not, script it and read it over HTTP
 * ({@link FakeSat}).
 */
public final class FakeSatServer {

    private static final String SOAP_ACTION = "http://tempuri.org/IConsultaCFDIService/Consulta";
    private static final long TIMEOUT_SLEEP_MILLIS = 4000; // over the server's SCR_SAT_TIMEOUT_MS

    private static HttpServer server;
    private static ExecutorService threads;
    private static final Map<String, FakeSat.Answer> ANSWERS = new ConcurrentHashMap<>();
    private static final Map<String, List<String>> RECEIVED = new ConcurrentHashMap<>();

    private FakeSatServer() {
    }

    /** Starts the fake once per test session, on the port the build reserved. */
    public static final class Session implements org.junit.platform.launcher.LauncherSessionListener {
        @Override
        public void launcherSessionOpened(org.junit.platform.launcher.LauncherSession session) {
            String port = System.getProperty("scr.sat.port");
            if (port != null && !port.isBlank() && server == null) {
                start(Integer.parseInt(port));
            }
        }

        @Override
        public void launcherSessionClosed(org.junit.platform.launcher.LauncherSession session) {
            if (server != null) {
                server.stop(0);
                threads.shutdownNow();
                server = null;
            }
        }
    }

    static void start(int port) {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 50);
        } catch (IOException e) {
            throw new IllegalStateException("The fake SAT cannot listen on port " + port, e);
        }
        threads = Executors.newCachedThreadPool(r -> {
            Thread thread = new Thread(r, "fake-sat");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(threads);
        server.createContext("/ConsultaCFDIService.svc", FakeSatServer::consulta);
        server.createContext("/fake/answer", exchange -> {
            Map<String, String> query = query(exchange);
            ANSWERS.put(query.get("uuid"), FakeSat.Answer.valueOf(query.get("answer")));
            reply(exchange, 200, "text/plain", "ok");
        });
        server.createContext("/fake/received", exchange -> reply(exchange, 200, "text/plain",
                String.join("\n", RECEIVED.getOrDefault(query(exchange).get("uuid"), List.of()))));
        server.start();
    }

    private static void consulta(HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        String action = exchange.getRequestHeaders().getFirst("SOAPAction");
        String expression = expression(body);
        if (action == null || !SOAP_ACTION.equals(action.replace("\"", "")) || expression == null) {
            reply(exchange, 500, "text/xml; charset=utf-8", fault("a:ActionNotSupported",
                    "La acción " + action + " o el mensaje no corresponden a IConsultaCFDIService"));
            return;
        }
        String uuid = expression.replaceFirst("^\\?id=([^&]*).*$", "$1");
        RECEIVED.computeIfAbsent(uuid, k -> new CopyOnWriteArrayList<>()).add(expression);
        switch (ANSWERS.getOrDefault(uuid, FakeSat.Answer.VIGENTE)) {
            case VIGENTE -> reply(exchange, 200, "text/xml; charset=utf-8", acuse(
                    "S - Comprobante obtenido satisfactoriamente.", "Cancelable sin aceptación", "Vigente", "", "200"));
            case CANCELADO -> reply(exchange, 200, "text/xml; charset=utf-8", acuse(
                    "S - Comprobante obtenido satisfactoriamente.", "Cancelable sin aceptación", "Cancelado",
                    "Cancelado sin aceptación", "200"));
            case NO_ENCONTRADO -> reply(exchange, 200, "text/xml; charset=utf-8", acuse(
                    "N - 602: Comprobante no encontrado.", "", "No Encontrado", "", ""));
            case TIMEOUT -> {
                try {
                    Thread.sleep(TIMEOUT_SLEEP_MILLIS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                exchange.close();
            }
            case SOAP_FAULT -> reply(exchange, 500, "text/xml; charset=utf-8",
                    fault("s:Receiver", "El servicio de consulta no está disponible"));
        }
    }

    /** The expresionImpresa of a Consulta, as SCR wrote it (XML unescaped once). */
    private static String expression(byte[] body) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            NodeList found = factory.newDocumentBuilder().parse(new ByteArrayInputStream(body))
                    .getElementsByTagNameNS("http://tempuri.org/", "expresionImpresa");
            return found.getLength() == 0 ? null : found.item(0).getTextContent();
        } catch (Exception e) {
            return null;
        }
    }

    private static String acuse(String code, String cancellable, String state, String cancellation, String efos) {
        return """
                <s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body>\
                <ConsultaResponse xmlns="http://tempuri.org/"><ConsultaResult \
                xmlns:a="http://schemas.datacontract.org/2004/07/Sat.Cfdi.Negocio.ConsultaCfdi.Servicio" \
                xmlns:i="http://www.w3.org/2001/XMLSchema-instance">\
                <a:CodigoEstatus>%s</a:CodigoEstatus><a:EsCancelable>%s</a:EsCancelable><a:Estado>%s</a:Estado>\
                <a:EstatusCancelacion>%s</a:EstatusCancelacion><a:ValidacionEFOS>%s</a:ValidacionEFOS>\
                </ConsultaResult></ConsultaResponse></s:Body></s:Envelope>""".formatted(code, cancellable, state,
                cancellation, efos);
    }

    private static String fault(String code, String text) {
        return """
                <s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body><s:Fault>\
                <faultcode xmlns:a="http://schemas.microsoft.com/ws/2005/05/addressing/none">%s</faultcode>\
                <faultstring xml:lang="es-MX">%s</faultstring></s:Fault></s:Body></s:Envelope>""".formatted(code, text);
    }

    private static Map<String, String> query(HttpExchange exchange) {
        Map<String, String> values = new ConcurrentHashMap<>();
        String raw = exchange.getRequestURI().getRawQuery();
        if (raw != null) {
            Arrays.stream(raw.split("&")).map(pair -> pair.split("=", 2)).filter(pair -> pair.length == 2)
                    .forEach(pair -> values.put(URLDecoder.decode(pair[0], StandardCharsets.UTF_8),
                            URLDecoder.decode(pair[1], StandardCharsets.UTF_8)));
        }
        return values;
    }

    private static void reply(HttpExchange exchange, int status, String type, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
