package mx.gob.veracruzmunicipio.dmiga.scr.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import mx.gob.veracruzmunicipio.dmiga.scr.it.ProvisioningData.Seeded;

/**
 * ProvisioningService over REST as the AS/400 integration layer and Cero Papel poll it: claims with
 * a lease, results (idempotent, 409 on a conflicting one), the temporary password's life, each
 * client kept to its own system, and the oficio's solicitudUsuario feeding the requests. Requests
 * are taken to approval through their procedures by {@link ProvisioningData}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProvisioningRestIT {

    private static final String V1 = Http.SERVER + "/scr/api/v1";
    private static final String AS400 = V1 + "/aprovisionamiento/AS400";
    private static final String CERO_PAPEL = V1 + "/aprovisionamiento/CERO_PAPEL";
    private static final String JSON = "application/json";
    private static final String PROBLEM = "application/problem+json";

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ScrDeployment.earWith(ProvisioningData.class, TestOficios.class, Http.class);
    }

    /** One claimed request as the JSON answer lists it. */
    record Claim(long id, String folio, String password, String token, String body) {
    }

    @Test
    void anApprovedAltaIsClaimedOnceWithItsPasswordAndItsResultMovesItToDelivery() throws Exception {
        Seeded seeded = ProvisioningData.approved("AS400", "ALTA", 1).get(0);

        Claim claim = claimUntilFound("as400", AS400, seeded.id());
        assertEquals(seeded.folio(), claim.folio());
        assertTrue(claim.password().matches("[A-Z][A-Z0-9]{9}"), claim.password());
        assertTrue(claim.body().contains("\"movimiento\":\"ALTA\""), claim.body());
        assertTrue(claim.body().startsWith("{\"clave\":\"TES\",\"nombre\":\"Tesorería Municipal\"}"), claim.body());
        assertTrue(claim.body().contains("\"modulos\":[\"CONT\"]"), claim.body());
        assertTrue(claim.body().matches("(?s).*\"perfil\":\"[A-Z][A-Z0-9]{1,9}\".*"), claim.body());
        assertTrue(claim.body().contains("\"empleado\":{"), claim.body());

        // Leased: nobody else gets it for five minutes
        assertFalse(claimAll("as400", AS400).stream().anyMatch(c -> c.id() == seeded.id()));
        HttpResponse<String> leased = send("GET", AS400 + "/solicitudes/" + seeded.id(), null, "as400");
        assertEquals(200, leased.statusCode(), leased.body());
        assertTrue(leased.body().contains("\"estado\":\"APROBADA\""), leased.body());
        assertTrue(leased.body().contains("\"reclamadaHasta\":\""), leased.body());

        // Kept encrypted, never in clear
        String stored = ProvisioningData.storedPassword("AS400", seeded.id());
        assertTrue(stored.startsWith("v1:"), stored);
        assertFalse(stored.contains(claim.password()), stored);
        assertFalse(new String(Base64.getDecoder().decode(stored.substring(3)), StandardCharsets.ISO_8859_1)
                .contains(claim.password()));

        HttpResponse<String> created = result(AS400, seeded.id(), claim.token(), "CREADO", null, "as400");
        assertEquals(200, created.statusCode(), created.body());
        assertTrue(created.body().contains("\"estado\":\"CREADO\""), created.body());
        assertTrue(created.body().contains("\"resultado\":\"CREADO\""), created.body());
        HttpResponse<String> again = result(AS400, seeded.id(), claim.token(), "CREADO", null, "as400");
        assertEquals(200, again.statusCode(), again.body());
        HttpResponse<String> conflicting = result(AS400, seeded.id(), claim.token(), "ERROR", "Perfil duplicado",
                "as400");
        assertEquals(409, conflicting.statusCode(), conflicting.body());
        assertEquals(PROBLEM, conflicting.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(conflicting.body().contains("ya tiene el resultado CREADO"), conflicting.body());

        // The report moved on to the delivery of the credentials (step 7, the SECRETARIA)
        HttpResponse<String> report = send("GET", V1 + "/reportes/" + seeded.folio(), null, "ceropapel");
        assertTrue(report.body().contains("\"pasoActual\":\"7\""), report.body());
        assertTrue(report.body().contains("\"rolResponsable\":\"SECRETARIA\""), report.body());

        // The SECRETARIA sees the password once; then it is gone from the database
        assertEquals(claim.password(), ProvisioningData.reveal(seeded.folio()));
        assertEquals("", ProvisioningData.storedPassword("AS400", seeded.id()));
        IllegalStateException twice = assertThrows(IllegalStateException.class,
                () -> ProvisioningData.reveal(seeded.folio()));
        assertTrue(twice.getMessage().contains("ya se mostró"), twice.getMessage());
    }

    @Test
    void anExpiredLeaseIsOfferedAgainAndTheEarlierTokenNoLongerCounts() throws Exception {
        Seeded seeded = ProvisioningData.approved("AS400", "ALTA", 1).get(0);
        Claim first = claimUntilFound("as400", AS400, seeded.id());

        ProvisioningData.expireLease("AS400", seeded.id());
        Claim second = claimUntilFound("as400", AS400, seeded.id());
        assertNotEquals(first.token(), second.token());
        assertEquals(first.password(), second.password(), "every claim of a request hands out the same password");

        HttpResponse<String> stale = result(AS400, seeded.id(), first.token(), "CREADO", null, "as400");
        assertEquals(409, stale.statusCode(), stale.body());
        assertTrue(stale.body().contains("tokenReclamo no corresponde"), stale.body());

        // ERROR returns the report to the programmer with the AS/400's message
        HttpResponse<String> error = result(AS400, seeded.id(), second.token(), "ERROR",
                "CPF2214: el perfil ya existe en el AS/400", "as400");
        assertEquals(200, error.statusCode(), error.body());
        assertTrue(error.body().contains("\"estado\":\"ERROR\""), error.body());
        assertTrue(error.body().contains("CPF2214: el perfil ya existe en el AS/400"), error.body());
        assertEquals(200, result(AS400, seeded.id(), second.token(), "ERROR",
                "CPF2214: el perfil ya existe en el AS/400", "as400").statusCode());
        HttpResponse<String> report = send("GET", V1 + "/reportes/" + seeded.folio(), null, "ceropapel");
        assertTrue(report.body().contains("\"pasoActual\":\"6\""), report.body());
        assertTrue(report.body().contains("\"rolResponsable\":\"PROGRAMADOR\""), report.body());
        assertTrue(report.body().contains("Error en el AS/400: regresa al programador"), report.body());
        assertFalse(claimAll("as400", AS400).stream().anyMatch(c -> c.id() == seeded.id()),
                "back with the programmer, not offered");
    }

    @Test
    void aDeclinedRequestIsNeverOffered() throws Exception {
        Seeded seeded = ProvisioningData.approved("AS400", "ALTA", 1).get(0);
        assertEquals("DECLINADO", ProvisioningData.decline(seeded.folio()));

        assertFalse(claimAll("as400", AS400).stream().anyMatch(c -> c.id() == seeded.id()));
        HttpResponse<String> status = send("GET", AS400 + "/solicitudes/" + seeded.id(), null, "as400");
        assertTrue(status.body().contains("\"estado\":\"DECLINADA\""), status.body());
        HttpResponse<String> late = result(AS400, seeded.id(), UUID.randomUUID().toString(), "CREADO", null, "as400");
        assertEquals(409, late.statusCode(), late.body());
        assertTrue(late.body().contains("declinada por el Director"), late.body());
    }

    @Test
    void ceroPapelProvisionsItsOwnUsersFromPrDmiga09() throws Exception {
        Seeded seeded = ProvisioningData.approved("CERO_PAPEL", "ALTA", 1).get(0);
        Claim claim = claimUntilFound("ceropapel", CERO_PAPEL, seeded.id());
        assertTrue(claim.password().matches("[A-Z][A-Z0-9]{9}"), claim.password());
        assertFalse(claim.body().contains("\"perfil\""), "Cero Papel names the user itself: " + claim.body());

        HttpResponse<String> created = send("PUT", CERO_PAPEL + "/solicitudes/" + seeded.id() + "/resultado",
                "{\"tokenReclamo\":\"" + claim.token() + "\",\"resultado\":\"CREADO\",\"perfil\":\"jgarcia.tes\"}",
                "ceropapel");
        assertEquals(200, created.statusCode(), created.body());
        assertTrue(created.body().contains("\"perfil\":\"jgarcia.tes\""), created.body());
        assertTrue(created.body().contains("\"sistema\":\"CERO_PAPEL\""), created.body());
        HttpResponse<String> removed = result(CERO_PAPEL, seeded.id(), claim.token(), "ELIMINADO", null, "ceropapel");
        assertEquals(409, removed.statusCode(), removed.body());
        assertTrue(ProvisioningData.userRequestOf(seeded.folio()).endsWith("|CREADO"));
    }

    @Test
    void badInputIsAProblemNamingTheFieldAndChangesNothing() throws Exception {
        Seeded seeded = ProvisioningData.approved("AS400", "ALTA", 1).get(0);
        Claim claim = claimUntilFound("as400", AS400, seeded.id());

        HttpResponse<String> noToken = send("PUT", AS400 + "/solicitudes/" + seeded.id() + "/resultado",
                "{\"resultado\":\"CREADO\"}", "as400");
        assertEquals(400, noToken.statusCode(), noToken.body());
        assertEquals(PROBLEM, noToken.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(noToken.body().contains("El tokenReclamo es obligatorio"), noToken.body());

        HttpResponse<String> unknownResult = result(AS400, seeded.id(), claim.token(), "LISTO", null, "as400");
        assertEquals(400, unknownResult.statusCode(), unknownResult.body());
        assertTrue(unknownResult.body().contains("El resultado «LISTO» no existe"), unknownResult.body());

        HttpResponse<String> unexplained = result(AS400, seeded.id(), claim.token(), "ERROR", null, "as400");
        assertEquals(400, unexplained.statusCode(), unexplained.body());
        assertTrue(unexplained.body().contains("Un resultado ERROR debe incluir el mensaje"), unexplained.body());

        HttpResponse<String> wrongMovement = result(AS400, seeded.id(), claim.token(), "ELIMINADO", null, "as400");
        assertEquals(400, wrongMovement.statusCode(), wrongMovement.body());

        HttpResponse<String> notJson = send("PUT", AS400 + "/solicitudes/" + seeded.id() + "/resultado",
                "{\"tokenReclamo\": ", "as400");
        assertEquals(400, notJson.statusCode(), notJson.body());
        assertFalse(notJson.body().contains("Exception") || notJson.body().contains("\tat "), notJson.body());

        for (String maximo : List.of("0", "101", "muchos")) {
            HttpResponse<String> refused = send("POST", AS400 + "/reclamos?maximo=" + maximo, null, "as400");
            assertEquals(400, refused.statusCode(), maximo + ": " + refused.body());
            assertTrue(refused.body().contains("maximo"), refused.body());
        }
        assertEquals(404, send("GET", AS400 + "/solicitudes/999999999", null, "as400").statusCode());
        assertEquals(404, send("POST", V1 + "/aprovisionamiento/SAP/reclamos", null, "as400").statusCode());

        // Nothing of the above was recorded: the request still waits for its result
        HttpResponse<String> status = send("GET", AS400 + "/solicitudes/" + seeded.id(), null, "as400");
        assertTrue(status.body().contains("\"estado\":\"APROBADA\""), status.body());
        assertFalse(status.body().contains("\"resultado\""), status.body());
        assertEquals(200, result(AS400, seeded.id(), claim.token(), "CREADO", null, "as400").statusCode());
    }

    @Test
    void eachClientReachesOnlyItsOwnSystem() throws Exception {
        HttpResponse<String> as400AsksCeroPapel = send("POST", CERO_PAPEL + "/reclamos?maximo=1", null, "as400");
        assertEquals(403, as400AsksCeroPapel.statusCode(), as400AsksCeroPapel.body());
        assertEquals(PROBLEM, as400AsksCeroPapel.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(as400AsksCeroPapel.body().contains("no tiene acceso a las solicitudes del sistema CERO_PAPEL"),
                as400AsksCeroPapel.body());
        assertEquals(403, send("POST", AS400 + "/reclamos?maximo=1", null, "ceropapel").statusCode());
        assertEquals(403, send("GET", AS400 + "/solicitudes/1", null, "ceropapel").statusCode());
        assertEquals(403, send("PUT", CERO_PAPEL + "/solicitudes/1/resultado",
                "{\"tokenReclamo\":\"x\",\"resultado\":\"CREADO\"}", "as400").statusCode());
        assertEquals(403, send("POST", AS400 + "/reclamos?maximo=1", null, "secretaria").statusCode());
        assertEquals(401, send("POST", AS400 + "/reclamos?maximo=1", null, null).statusCode());
    }

    @Test
    void theOficiosSolicitudUsuarioIsValidatedAndFeedsTheProcedure() throws Exception {
        Http http = new Http();
        String id = "CP-USR-" + UUID.randomUUID();
        String employee = Long.toString(System.nanoTime() % 10_000_000L);

        HttpResponse<String> invalid = http.post(V1 + "/oficios", JSON, oficioAskingForUser(id,
                "\"movimiento\":\"CAMBIO\",\"empleado\":{\"nombres\":\"Nohemí\",\"primerApellido\":\" \"},"
                        + "\"modulos\":[\"CONT\"]"), "ceropapel", "demo");
        assertEquals(400, invalid.statusCode(), invalid.body());
        assertTrue(invalid.body().contains("El movimiento «CAMBIO» de la solicitud de usuario no existe"),
                invalid.body());
        HttpResponse<String> incomplete = http.post(V1 + "/oficios", JSON, oficioAskingForUser(id,
                "\"movimiento\":\"ALTA\",\"empleado\":{\"nombres\":\"Nohemí\",\"primerApellido\":\" \"},"
                        + "\"modulos\":[\"XYZ\"]"), "ceropapel", "demo");
        assertEquals(400, incomplete.statusCode(), incomplete.body());
        assertTrue(incomplete.body().contains("El primer apellido del empleado es obligatorio."), incomplete.body());
        assertTrue(incomplete.body().contains("El número de empleado es obligatorio."), incomplete.body());
        HttpResponse<String> unknownModule = http.post(V1 + "/oficios", JSON, oficioAskingForUser(id,
                "\"movimiento\":\"ALTA\",\"empleado\":{\"nombres\":\"Nohemí\",\"primerApellido\":\"Vidal\","
                        + "\"numeroEmpleado\":\"" + employee + "\"},\"modulos\":[\"XYZ\"]"), "ceropapel", "demo");
        assertEquals(400, unknownModule.statusCode(), unknownModule.body());
        assertTrue(unknownModule.body().contains("El módulo «XYZ» no existe"), unknownModule.body());

        // Nothing was stored: the same idCeroPapel, now valid, is received for the first time
        HttpResponse<String> received = http.post(V1 + "/oficios", JSON, oficioAskingForUser(id,
                "\"movimiento\":\"ALTA\",\"empleado\":{\"nombres\":\"Nohemí\",\"primerApellido\":\"Vidal\","
                        + "\"segundoApellido\":\"Ramírez\",\"numeroEmpleado\":\"" + employee + "\"},"
                        + "\"modulos\":[\"cont\",\"PRES\"]"), "ceropapel", "demo");
        assertEquals(201, received.statusCode(), received.body());
        Matcher folio = Pattern.compile("\"folio\":\"(DMIGA-\\d{4}-\\d{6})\"").matcher(received.body());
        assertTrue(folio.find(), received.body());
        assertEquals("ALTA|Nohemí|Vidal|" + employee + "|CONT,PRES|REGISTRADA",
                ProvisioningData.userRequestOf(folio.group(1)));
    }

    /**
     * Cero Papel's requests, which reach approval in two steps and so seed fast; the claim is the
     * same code and query for both systems.
     */
    @Test
    void fourPollersClaimingTwoHundredRequestsNeverShareOneInsideItsLease() throws Exception {
        List<Seeded> seeded = ProvisioningData.approved("CERO_PAPEL", "ALTA", 200);
        Set<Long> expected = new HashSet<>();
        seeded.forEach(s -> expected.add(s.id()));

        ExecutorService pollers = Executors.newFixedThreadPool(4);
        List<Future<List<Long>>> work = new ArrayList<>();
        for (int p = 0; p < 4; p++) {
            work.add(pollers.submit(() -> {
                List<Long> mine = new ArrayList<>();
                while (true) {
                    List<Claim> claims = parse(send("POST", CERO_PAPEL + "/reclamos?maximo=10", null, "ceropapel"));
                    if (claims.isEmpty()) {
                        return mine;
                    }
                    for (Claim claim : claims) {
                        mine.add(claim.id());
                        HttpResponse<String> done = result(CERO_PAPEL, claim.id(), claim.token(), "CREADO", null,
                                "ceropapel");
                        if (done.statusCode() != 200) {
                            throw new AssertionError(claim.id() + ": " + done.body());
                        }
                    }
                }
            }));
        }
        Map<Long, Integer> times = new HashMap<>();
        for (Future<List<Long>> poller : work) {
            poller.get().forEach(id -> times.merge(id, 1, Integer::sum));
        }
        pollers.shutdown();
        assertEquals(Map.of(), times.entrySet().stream().filter(e -> e.getValue() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
        assertTrue(times.keySet().containsAll(expected), "every approved request was handed out");
    }

    // ---- the client ----

    private Claim claimUntilFound(String user, String base, long id) throws Exception {
        for (int attempt = 0; attempt < 20; attempt++) {
            Optional<Claim> found = claimAll(user, base).stream().filter(c -> c.id() == id).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
        }
        throw new AssertionError("request " + id + " never offered");
    }

    private List<Claim> claimAll(String user, String base) throws Exception {
        HttpResponse<String> answer = send("POST", base + "/reclamos?maximo=100", null, user);
        assertEquals(200, answer.statusCode(), answer.body());
        assertEquals(JSON, answer.headers().firstValue("Content-Type").orElseThrow());
        return parse(answer);
    }

    private static List<Claim> parse(HttpResponse<String> answer) {
        if (answer.statusCode() != 200) {
            throw new AssertionError(answer.statusCode() + " " + answer.body());
        }
        List<Claim> claims = new ArrayList<>();
        // Each request starts with its first field in JSON-B's order, "dependencia".
        for (String item : answer.body().split("\\{\"dependencia\":")) {
            Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(item);
            if (!id.find()) {
                continue;
            }
            claims.add(new Claim(Long.parseLong(id.group(1)), field(item, "folio"), field(item, "passwordTemporal"),
                    field(item, "tokenReclamo"), item));
        }
        return claims;
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]*)\"").matcher(json);
        return m.find() ? m.group(1) : null;
    }

    private HttpResponse<String> result(String base, long id, String token, String resultado, String mensaje,
                                        String user) throws Exception {
        return send("PUT", base + "/solicitudes/" + id + "/resultado", "{\"tokenReclamo\":\"" + token
                + "\",\"resultado\":\"" + resultado + "\""
                + (mensaje == null ? "" : ",\"mensaje\":\"" + mensaje + "\"") + "}", user);
    }

    private HttpResponse<String> send(String method, String url, String body, String user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", JSON);
        }
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String oficioAskingForUser(String id, String solicitud) {
        return "{\"idCeroPapel\":\"" + id + "\",\"numeroOficio\":\"TES/0099/2026\","
                + "\"fechaOficio\":\"2026-11-20T10:00:00-06:00\","
                + "\"dependencia\":{\"clave\":\"TES\",\"nombre\":\"Tesorería Municipal\"},"
                + "\"remitente\":{\"nombre\":\"C.P. Gabriela Torres Lima\",\"cargo\":\"Tesorera Municipal\"},"
                + "\"asunto\":\"Alta de usuario en el AS/400\",\"cuerpo\":\"Solicito el alta de la auxiliar contable.\","
                + "\"procedimiento\":\"PR-DMIGA-07\",\"categoriaServicio\":\"USUARIOS_SISTEMAS\","
                + "\"solicitudUsuario\":{" + solicitud + "}}";
    }
}
