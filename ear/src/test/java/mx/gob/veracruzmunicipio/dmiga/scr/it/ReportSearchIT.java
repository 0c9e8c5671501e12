package mx.gob.veracruzmunicipio.dmiga.scr.it;

import static mx.gob.veracruzmunicipio.dmiga.scr.it.SignedIn.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import mx.gob.veracruzmunicipio.dmiga.scr.intake.OficioReceived;
import mx.gob.veracruzmunicipio.dmiga.scr.intake.ReportIntake;
import mx.gob.veracruzmunicipio.dmiga.scr.report.Inbox;
import mx.gob.veracruzmunicipio.dmiga.scr.report.InboxFilter;
import mx.gob.veracruzmunicipio.dmiga.scr.report.InboxSort;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ProcedureKey;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ReportSearch;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ReportStatus;
import mx.gob.veracruzmunicipio.dmiga.scr.report.Reports;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ServiceCategory;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ReplyOficio;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ReportView;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Workflow;

/**
 * The filters of the Bandeja and of the search over all reports, on reports created through the
 * session beans: each test's reports carry a fresh word in their subject, so the free-text filter
 * isolates them from other tests' reports on the same server.
 */
@ExtendWith(ArquillianExtension.class)
class ReportSearchIT {

    private static final ZoneId CITY = ZoneId.of("America/Mexico_City");

    @Deployment
    static EnterpriseArchive deployment() {
        return ScrDeployment.earWith(ReportSearchIT.class);
    }

    @Inject
    ReportIntake intake;

    @Inject
    Workflow workflow;

    @Inject
    Reports reports;

    @Inject
    Inbox inbox;

    @Inject
    ReportSearch search;

    private String tag;
    /** Open, PR-DMIGA-06, Tesorería, waiting for the SECRETARIA. */
    private String padron;
    /** Declined by the Director (closed), PR-DMIGA-06, Obras Públicas. */
    private String portal;
    /** Open, PR-DMIGA-05, Obras Públicas, waiting for the SECRETARIA. */
    private String sistema;

    @BeforeEach
    void threeReports() throws Exception {
        tag = "zq" + UUID.randomUUID().toString().substring(0, 8);
        padron = receive(ProcedureKey.PR_DMIGA_06, "TES", "Tesorería Municipal", "Corregir el padrón " + tag);
        portal = receive(ProcedureKey.PR_DMIGA_06, "OBP", "Dirección de Obras Públicas", "Colores del portal " + tag);
        sistema = receive(ProcedureKey.PR_DMIGA_05, "OBP", "Dirección de Obras Públicas", "Sistema de bitácoras " + tag);
        ReportView declined = as("director", "demo", () -> reports.view(portal));
        as("director", "demo", () -> workflow.decline(declined.ref(),
                new ReplyOficio("Solicitud no procedente", "No corresponde a la Dirección.", null)));
    }

    @Test
    void theSearchFindsOpenAndClosedReportsOfEveryDepartmentWhileTheBandejaOnlyWhatWaitsForMe() throws Exception {
        assertEquals(Set.of(padron, portal, sistema), searched("director", filter(null, null, null, null, null, false)));
        assertEquals(3L, as("director", "demo", () -> search.count(filter(null, null, null, null, null, false))));

        assertEquals(Set.of(padron, sistema), inboxOf("secretaria", filter(null, null, null, null, null, false)));
        assertEquals(Set.of(), inboxOf("director", filter(null, null, null, null, null, false)));
    }

    @Test
    void eachFilterOfTheSearchNarrowsTheResult() throws Exception {
        LocalDate today = LocalDate.now(CITY);
        assertEquals(Set.of(portal), searched("contraloria", filter(null, ReportStatus.DECLINADO, null, null, null, false)));
        assertEquals(Set.of(padron, sistema), searched("contraloria", filter(null, ReportStatus.EN_TRAMITE, null, null, null, false)));
        assertEquals(Set.of(portal, sistema), searched("contraloria", filter(null, null, "obp", null, null, false)));
        assertEquals(Set.of(sistema), searched("contraloria", filter(ProcedureKey.PR_DMIGA_05, null, null, null, null, false)));
        assertEquals(Set.of(padron, portal, sistema), searched("contraloria", filter(null, null, null, today, today, false)));
        assertEquals(Set.of(), searched("contraloria", filter(null, null, null, today.plusDays(1), null, false)));
        assertEquals(Set.of(), searched("contraloria", filter(null, null, null, null, today.minusDays(1), false)));
        assertEquals(Set.of(), searched("contraloria", filter(null, null, null, null, null, true)));
        // The free text also finds a folio, in any case and by any part of it.
        assertEquals(Set.of(portal), searched("contraloria", new InboxFilter(null, null, null, null, null, false,
                portal.toLowerCase())));
        assertEquals(Set.of(sistema), searched("contraloria", new InboxFilter(null, null, null, null, null, false,
                "BITÁCORAS " + tag.toUpperCase())));
    }

    @Test
    void theSearchSortsAndPagesOnTheServer() throws Exception {
        InboxFilter all = filter(null, null, null, null, null, false);
        List<String> newestFirst = as("director", "demo", () -> search.page(all, 0, 20, null, true))
                .stream().map(ReportView::folio).toList();
        assertEquals(List.of(sistema, portal, padron), newestFirst);

        List<String> secondPageBySubject = as("director", "demo",
                () -> search.page(all, 1, 1, InboxSort.SUBJECT, true)).stream().map(ReportView::folio).toList();
        assertEquals(List.of(padron), secondPageBySubject); // Colores…, Corregir…, Sistema…
    }

    @Test
    void eachFilterOfTheBandejaNarrowsTheResult() throws Exception {
        assertEquals(Set.of(padron), inboxOf("secretaria", filter(ProcedureKey.PR_DMIGA_06, null, null, null, null, false)));
        assertEquals(Set.of(sistema), inboxOf("secretaria", filter(null, null, "OBP", null, null, false)));
        assertEquals(Set.of(padron, sistema), inboxOf("secretaria", filter(null, ReportStatus.EN_TRAMITE, null, null, null, false)));
        assertEquals(Set.of(), inboxOf("secretaria", filter(null, ReportStatus.DECLINADO, null, null, null, false)));
        assertEquals(Set.of(), inboxOf("secretaria", filter(null, null, null, LocalDate.now(CITY).plusDays(1), null, false)));
        assertEquals(Set.of(), inboxOf("secretaria", filter(null, null, null, null, null, true)));
        assertEquals(1L, as("secretaria", "demo", () -> inbox.count(new InboxFilter(null, null, null, null, null, false,
                padron))));
    }

    @Test
    void aRequestingAreaCannotSearchAllReports() {
        assertThrows(EJBAccessException.class, () -> as("solicitante", "demo",
                () -> search.count(filter(null, null, null, null, null, false))));
        assertThrows(EJBAccessException.class, () -> as("solicitante", "demo",
                () -> search.page(filter(null, null, null, null, null, false), 0, 20, null, true)));
    }

    private InboxFilter filter(ProcedureKey procedure, ReportStatus status, String department, LocalDate from,
                               LocalDate to, boolean overdueOnly) {
        return new InboxFilter(procedure, status, department, from, to, overdueOnly, tag);
    }

    private Set<String> searched(String user, InboxFilter filter) throws Exception {
        return as(user, "demo", () -> search.page(filter, 0, 50, null, true)).stream().map(ReportView::folio)
                .collect(Collectors.toSet());
    }

    private Set<String> inboxOf(String user, InboxFilter filter) throws Exception {
        return as(user, "demo", () -> inbox.page(filter, 0, 50, null, true)).stream().map(ReportView::folio)
                .collect(Collectors.toSet());
    }

    private String receive(ProcedureKey procedure, String departmentCode, String departmentName, String subject)
            throws Exception {
        String id = "CP-" + UUID.randomUUID();
        OficioReceived oficio = new OficioReceived(id, departmentCode + "/" + id.substring(3, 11) + "/2026",
                Instant.parse("2026-11-20T16:00:00Z"), departmentCode, departmentName, "Lic. Mario Vela Cruz",
                "Enlace administrativo", "mario.vela@veracruzmunicipio.gob.mx", subject,
                "Por medio del presente solicito su apoyo para: " + subject + ".", procedure,
                ServiceCategory.SISTEMAS_INFORMACION, List.of(new OficioReceived.Attachment("oficio.pdf",
                "application/pdf", "%PDF-1.4 oficio de prueba".getBytes(StandardCharsets.US_ASCII))));
        return as("ceropapel", "demo", () -> intake.receiveOficio(oficio)).folio();
    }
}
