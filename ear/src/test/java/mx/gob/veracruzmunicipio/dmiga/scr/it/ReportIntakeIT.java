package mx.gob.veracruzmunicipio.dmiga.scr.it;

import static mx.gob.veracruzmunicipio.dmiga.scr.it.SignedIn.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.naming.InitialContext;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wildfly.security.auth.server.SecurityDomain;

import mx.gob.veracruzmunicipio.dmiga.scr.account.Role;
import mx.gob.veracruzmunicipio.dmiga.scr.intake.OficioReceipt;
import mx.gob.veracruzmunicipio.dmiga.scr.intake.OficioReceived;
import mx.gob.veracruzmunicipio.dmiga.scr.intake.ReportIntake;
import mx.gob.veracruzmunicipio.dmiga.scr.oficio.OutgoingOficio;
import mx.gob.veracruzmunicipio.dmiga.scr.platform.InvalidInputException;
import mx.gob.veracruzmunicipio.dmiga.scr.intake.PhoneRequest;
import mx.gob.veracruzmunicipio.dmiga.scr.report.Channel;
import mx.gob.veracruzmunicipio.dmiga.scr.report.Folios;
import mx.gob.veracruzmunicipio.dmiga.scr.report.Priority;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ProcedureKey;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ReportStatus;
import mx.gob.veracruzmunicipio.dmiga.scr.report.Reports;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ServiceCategory;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ActionRefusedException;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Classification;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ReplyOficio;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ReportView;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Workflow;

/** Requests becoming reports: folios, the oficio-only policy, classification, the Director's decline. */
@ExtendWith(ArquillianExtension.class)
class ReportIntakeIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return ScrDeployment.earWith(ReportIntakeIT.class, TestOficios.class);
    }

    @Inject
    ReportIntake intake;

    @Inject
    Workflow workflow;

    @Inject
    Folios folios;

    @Inject
    Reports reports;

    @Test
    void aPhoneRequestInACategoryThatNeedsAnOficioIsRefusedWithTheManualsReason() {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> as("secretaria", "demo",
                () -> intake.registerPhoneRequest(phone(ProcedureKey.PR_DMIGA_01, ServiceCategory.CABLEADO_RED))));

        assertEquals(List.of("Las solicitudes de «Cableado de red» requieren oficio por medio de Cero Papel "
                + "(política 1.3 del manual); no se reciben por teléfono."), refused.messages());
    }

    @Test
    void aProcedureThatStartsByOficioCannotBeTakenByPhone() {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> as("secretaria", "demo",
                () -> intake.registerPhoneRequest(phone(ProcedureKey.PR_DMIGA_06, ServiceCategory.ASISTENCIA_TECNICA))));

        assertTrue(refused.getMessage().startsWith("El procedimiento PR-DMIGA-06"), refused.getMessage());
    }

    @Test
    void anIncompletePhoneRequestNamesEveryMissingField() {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> as("secretaria", "demo",
                () -> intake.registerPhoneRequest(new PhoneRequest(ProcedureKey.PR_DMIGA_01, "TES",
                        ServiceCategory.ASISTENCIA_TECNICA, null, "", null, " ", null))));

        assertEquals(List.of("La prioridad (impacto) es obligatoria.", "El nombre de quien solicita es obligatorio.",
                "El asunto es obligatorio."), refused.messages());
    }

    @Test
    void manyReportsCreatedAtOnceGetConsecutiveUniqueFolios() throws Exception {
        SecurityDomain domain = SecurityDomain.getCurrent();
        int count = 24;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        List<Future<OficioReceipt>> receipts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            receipts.add(threads.submit(() -> {
                start.await();
                return as(domain, "ceropapel", "demo", () -> intake.receiveOficio(TestOficios.asking(
                        ProcedureKey.PR_DMIGA_06, ServiceCategory.SISTEMAS_INFORMACION, "Folio concurrente")));
            }));
        }
        start.countDown();
        List<Integer> numbers = new ArrayList<>();
        for (Future<OficioReceipt> receipt : receipts) {
            String folio = receipt.get(120, TimeUnit.SECONDS).folio();
            assertTrue(folio.matches("DMIGA-\\d{4}-\\d{6}"), folio);
            numbers.add(Integer.parseInt(folio.substring(folio.length() - 6)));
        }
        threads.shutdown();

        List<Integer> sorted = numbers.stream().sorted().toList();
        assertEquals(count, sorted.stream().distinct().count());
        assertEquals(count - 1, sorted.get(count - 1) - sorted.get(0), "no gaps: " + sorted);
    }

    @Test
    void theFirstFoliosOfAYearArrivingTogetherStartAtOneWithoutGaps() throws Exception {
        // A year no report has used: its counter does not exist until the first of these creates it.
        int year = ThreadLocalRandom.current().nextInt(3000, 6500);
        Instant inThatYear = LocalDate.of(year, 6, 1).atStartOfDay(Folios.CITY).toInstant();
        int count = 12;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(count);
        List<Future<String>> folioFutures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            folioFutures.add(threads.submit(() -> {
                start.await();
                return folios.next(inThatYear);
            }));
        }
        start.countDown();
        List<String> taken = new ArrayList<>();
        for (Future<String> folio : folioFutures) {
            taken.add(folio.get(120, TimeUnit.SECONDS));
        }
        threads.shutdown();

        List<String> expected = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            expected.add(String.format("DMIGA-%d-%06d", year, n));
        }
        assertEquals(expected, taken.stream().sorted().toList());
    }

    @Test
    void oneTransactionNumberingTwoReportsGetsConsecutiveFoliosAndItsRollbackGivesThemBack() throws Exception {
        int year = ThreadLocalRandom.current().nextInt(6500, 10000); // not the year of the test above
        Instant inThatYear = LocalDate.of(year, 6, 1).atStartOfDay(Folios.CITY).toInstant();
        UserTransaction transaction = InitialContext.doLookup("java:comp/UserTransaction");

        transaction.begin();
        String first = folios.next(inThatYear);
        // The server's folio turn is this transaction's already: the second does not wait for the first's commit.
        String second = folios.next(inThatYear);
        transaction.rollback();

        assertEquals(List.of(String.format("DMIGA-%d-000001", year), String.format("DMIGA-%d-000002", year)),
                List.of(first, second));
        assertEquals(String.format("DMIGA-%d-000001", year), folios.next(inThatYear), "rolled back, so no gap");
    }

    @Test
    void theSameOficioTwiceGetsTheFirstReceiptAndCreatesNothing() throws Exception {
        OficioReceived oficio = TestOficios.asking(ProcedureKey.PR_DMIGA_06, ServiceCategory.SISTEMAS_INFORMACION,
                "Oficio repetido");

        OficioReceipt first = as("ceropapel", "demo", () -> intake.receiveOficio(oficio));
        OficioReceipt second = as("ceropapel", "demo", () -> intake.receiveOficio(oficio));

        assertFalse(first.duplicate());
        assertTrue(second.duplicate());
        assertEquals(first.folio(), second.folio());
        assertEquals(first.receivedAt(), second.receivedAt());
    }

    @Test
    void anOficioWithoutProcedureWaitsForTheSecretariaToClassifyIt() throws Exception {
        String folio = as("ceropapel", "demo", () -> intake.receiveOficio(TestOficios.asking(null, null,
                "Solicitud sin clasificar"))).folio();
        ReportView unclassified = view(folio);
        assertEquals(ReportStatus.SIN_CLASIFICAR, unclassified.status());
        assertEquals(Role.SECRETARIA, unclassified.assignedRole());

        assertThrows(ActionRefusedException.class, () -> as("mantenimiento", "demo",
                () -> workflow.classify(unclassified.ref(),
                        new Classification(ProcedureKey.PR_DMIGA_06, null, null))));
        ReportView classified = as("secretaria", "demo", () -> workflow.classify(unclassified.ref(),
                new Classification(ProcedureKey.PR_DMIGA_06, ServiceCategory.SISTEMAS_INFORMACION, "Es una corrección al SIAF")));

        assertEquals(ReportStatus.EN_TRAMITE, classified.status());
        assertEquals(ProcedureKey.PR_DMIGA_06, classified.procedure());
        assertEquals("2", classified.currentStep());
        assertEquals(Channel.OFICIO, classified.channel());
    }

    @Test
    void theDirectorDeclinesARequestAndTheReasonGoesBackByOficio() throws Exception {
        String folio = as("ceropapel", "demo", () -> intake.receiveOficio(TestOficios.asking(ProcedureKey.PR_DMIGA_06,
                ServiceCategory.SISTEMAS_INFORMACION, "Cambiar el color del portal"))).folio();
        ReportView report = view(folio);

        assertThrows(ActionRefusedException.class, () -> as("secretaria", "demo", () -> workflow.decline(report.ref(),
                new ReplyOficio("Solicitud no procedente", "No procede.", null))));
        ReportView declined = as("director", "demo", () -> workflow.decline(report.ref(), new ReplyOficio(
                "Solicitud no procedente", "El cambio no corresponde a las funciones de la Dirección.", null)));

        assertEquals(ReportStatus.DECLINADO, declined.status());
        var declineEntry = as("director", "demo", () -> reports.timeline(folio)).get(1);
        assertEquals("DECLINAR", declineEntry.action());
        assertEquals("2", declineEntry.step());
        List<OutgoingOficio> oficios = as("director", "demo", () -> reports.outgoingOficios(folio));
        assertEquals(1, oficios.size());
        assertEquals("El cambio no corresponde a las funciones de la Dirección.", oficios.get(0).getBody());
        assertThrows(ActionRefusedException.class, () -> as("director", "demo", () -> workflow.decline(declined.ref(),
                new ReplyOficio("Otra vez", "Otra vez", null))));
    }

    private static PhoneRequest phone(ProcedureKey procedure, ServiceCategory category) {
        return new PhoneRequest(procedure, "TES", category, Priority.ALTA, "Sin servicio en cajas",
                "Las cajas 3 y 4 no tienen red", "Jefe de cajas", null);
    }

    private ReportView view(String folio) throws Exception {
        return as("director", "demo", () -> reports.view(folio));
    }
}
