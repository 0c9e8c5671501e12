package mx.gob.veracruzmunicipio.dmiga.scr.it;

import static mx.gob.veracruzmunicipio.dmiga.scr.it.SignedIn.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import mx.gob.veracruzmunicipio.dmiga.scr.account.Role;
import mx.gob.veracruzmunicipio.dmiga.scr.intake.ReportIntake;
import mx.gob.veracruzmunicipio.dmiga.scr.oficio.OutgoingOficio;
import mx.gob.veracruzmunicipio.dmiga.scr.platform.InvalidInputException;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.Authorization;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr09.CeroPapelAccess;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr09.CeroPapelTraining;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr09.CeroPapelUserProcedure;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ProcedureKey;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ReportStatus;
import mx.gob.veracruzmunicipio.dmiga.scr.report.Reports;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ServiceCategory;
import mx.gob.veracruzmunicipio.dmiga.scr.report.TimelineView;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ActionRefusedException;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ReplyOficio;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ReportView;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Workflow;

/** PR-DMIGA-09 through its session bean: the Director, then the administrative coordinator. */
@ExtendWith(ArquillianExtension.class)
class CeroPapelUserIT {

    private static final LocalDate YESTERDAY = LocalDate.now().minusDays(1);

    @Deployment
    static EnterpriseArchive deployment() {
        return ScrDeployment.earWith(CeroPapelUserIT.class, TestOficios.class);
    }

    @Inject
    ReportIntake intake;

    @Inject
    CeroPapelUserProcedure procedure;

    @Inject
    Reports reports;

    @Inject
    Workflow workflow;

    @Test
    void aNewUserIsAuthorizedTrainedGivenAccessAndTheAreaGetsTheReplyOficio() throws Exception {
        ReportView at2 = received("Alta en Cero Papel de la auxiliar contable Julia Mena Ríos");
        assertEquals("2", at2.currentStep());
        assertEquals(Role.DIRECTOR, at2.assignedRole());

        ReportView at3 = as("director", "demo", () -> procedure.authorize(at2.ref(),
                new Authorization("Dar de alta a la auxiliar contable", null)));
        assertEquals("3", at3.currentStep());
        assertEquals(Role.COORD_SEGUIMIENTO, at3.assignedRole());

        ReportView at4 = as("seguimiento", "demo", () -> procedure.recordTraining(at3.ref(),
                new CeroPapelTraining(YESTERDAY, "Julia Mena Ríos", "Capacitación de una hora")));
        ReportView at5 = as("seguimiento", "demo", () -> procedure.generateAccess(at4.ref(), new CeroPapelAccess(
                "Julia Mena Ríos", "Auxiliar contable", "julia.mena@veracruzmunicipio.gob.mx", "jmena", null)));
        assertEquals("5", at5.currentStep());
        assertEquals(Role.COORD_SEGUIMIENTO, at5.assignedRole());

        ReportView closed = as("seguimiento", "demo", () -> procedure.reply(at5.ref(), new ReplyOficio(
                "Alta en Cero Papel", "Se dio de alta a Julia Mena Ríos con el usuario jmena.", null)));
        assertEquals(ReportStatus.CERRADO, closed.status());
        assertNull(closed.currentStep());

        List<TimelineView> timeline = as("director", "demo", () -> reports.timeline(closed.folio()));
        assertEquals(List.of("RECIBIR", "AUTORIZAR", "CAPACITAR", "GENERAR_ACCESO", "RESPONDER"),
                timeline.stream().map(TimelineView::action).toList());
        assertEquals(List.of("1", "2", "3", "4", "5"), timeline.stream().map(TimelineView::step).toList());
        assertEquals(List.of("ceropapel", "director", "seguimiento", "seguimiento", "seguimiento"),
                timeline.stream().map(TimelineView::actorUsername).toList());
        assertEquals(List.of(Role.CERO_PAPEL_CLIENT, Role.DIRECTOR, Role.COORD_SEGUIMIENTO, Role.COORD_SEGUIMIENTO,
                Role.COORD_SEGUIMIENTO), timeline.stream().map(TimelineView::actorRole).toList());
        assertEquals("Capacitación de una hora", timeline.get(2).observations());
        // The employee data the oficio brought stays with the report.
        assertEquals("Nombre del servidor público: Julia Mena Ríos; Cargo: Auxiliar contable; "
                + "Correo institucional: julia.mena@veracruzmunicipio.gob.mx; Usuario en Cero Papel: jmena",
                timeline.get(3).details());
        assertEquals("Oficio de respuesta", timeline.get(4).document());

        List<OutgoingOficio> oficios = as("director", "demo", () -> reports.outgoingOficios(closed.folio()));
        assertEquals(1, oficios.size());
        assertEquals("Tesorería Municipal", oficios.get(0).getRecipient());
        assertEquals("Alta en Cero Papel", oficios.get(0).getSubject());
        assertEquals("seguimiento", oficios.get(0).getCreatedBy());
        assertTrue(as("director", "demo", () -> reports.verifyTimeline(closed.folio())).intact());
    }

    @Test
    void theDirectorMayDeclineTheRequestWithAReplyOficio() throws Exception {
        ReportView at2 = received("Alta en Cero Papel de personal eventual");

        ReportView declined = as("director", "demo", () -> workflow.decline(at2.ref(), new ReplyOficio(
                "Respuesta a su solicitud", "El personal eventual no puede firmar oficios en Cero Papel.", null)));

        assertEquals(ReportStatus.DECLINADO, declined.status());
        List<TimelineView> timeline = as("director", "demo", () -> reports.timeline(at2.folio()));
        assertEquals(List.of("RECIBIR", "DECLINAR"), timeline.stream().map(TimelineView::action).toList());
        assertEquals("director", timeline.get(1).actorUsername());
        List<OutgoingOficio> oficios = as("director", "demo", () -> reports.outgoingOficios(at2.folio()));
        assertEquals(List.of("Respuesta a su solicitud"), oficios.stream().map(OutgoingOficio::getSubject).toList());
        assertTrue(as("director", "demo", () -> reports.verifyTimeline(at2.folio())).intact());

        assertThrows(ActionRefusedException.class, () -> as("director", "demo",
                () -> procedure.authorize(declined.ref(), new Authorization("Siempre sí", null))));
    }

    @Test
    void onlyTheAdministrativeCoordinatorGeneratesTheAccessAndNothingIsWrittenOtherwise() throws Exception {
        ReportView at4 = atStep4();

        ActionRefusedException refused = assertThrows(ActionRefusedException.class, () -> as("submod", "demo",
                () -> procedure.generateAccess(at4.ref(), access("Julia Mena Ríos",
                        "julia.mena@veracruzmunicipio.gob.mx"))));

        assertEquals("Su usuario no puede actuar en el paso 4 («Generar el acceso a la plataforma Cero Papel») del "
                + "reporte " + at4.folio() + ": se requiere el rol Coordinación de Seguimiento de Proyectos.",
                refused.getMessage());
        assertUnchanged(at4, 3);
    }

    @Test
    void theReplyCannotSkipTrainingAndAccessAndNothingIsWritten() throws Exception {
        ReportView at3 = as("director", "demo", () -> procedure.authorize(received("Alta de un enlace").ref(),
                new Authorization("Adelante", null)));

        ActionRefusedException refused = assertThrows(ActionRefusedException.class, () -> as("seguimiento", "demo",
                () -> procedure.reply(at3.ref(), new ReplyOficio("Alta", "Listo", null))));

        assertEquals("La acción «RESPONDER» no corresponde al paso 3 («Capacitar sobre la plataforma Cero Papel») "
                + "en que está el reporte " + at3.folio() + ".", refused.getMessage());
        assertUnchanged(at3, 2);
    }

    @Test
    void accessWithoutTheEmployeesNameAndWithAMalformedEmailIsRefusedNamingBothFields() throws Exception {
        ReportView at4 = atStep4();

        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> as("seguimiento", "demo",
                () -> procedure.generateAccess(at4.ref(), access(" ", "julia.mena(arroba)veracruz"))));

        assertEquals(List.of("El correo institucional del servidor público no tiene un formato válido.",
                "El nombre del servidor público que tendrá acceso a Cero Papel es obligatorio."), refused.messages());
        assertUnchanged(at4, 3);
    }

    @Test
    void aTrainingDatedInTheFutureIsRefused() throws Exception {
        ReportView at3 = as("director", "demo", () -> procedure.authorize(
                received("Alta del nuevo jefe de oficina").ref(), new Authorization("Adelante", null)));

        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> as("seguimiento", "demo",
                () -> procedure.recordTraining(at3.ref(),
                        new CeroPapelTraining(LocalDate.now().plusDays(7), "Jefe de oficina", null))));

        assertEquals(List.of("La fecha de la capacitación en Cero Papel no puede ser posterior a hoy."),
                refused.messages());
        assertUnchanged(at3, 2);
    }

    private static CeroPapelAccess access(String name, String email) {
        return new CeroPapelAccess(name, "Auxiliar contable", email, "jmena", null);
    }

    private ReportView received(String subject) throws Exception {
        String folio = as("ceropapel", "demo", () -> intake.receiveOficio(TestOficios.asking(ProcedureKey.PR_DMIGA_09,
                ServiceCategory.USUARIOS_SISTEMAS, subject))).folio();
        return view(folio);
    }

    private ReportView atStep4() throws Exception {
        ReportView at2 = received("Alta en Cero Papel de la secretaria de la Tesorería");
        ReportView at3 = as("director", "demo", () -> procedure.authorize(at2.ref(),
                new Authorization("Adelante", null)));
        return as("seguimiento", "demo", () -> procedure.recordTraining(at3.ref(),
                new CeroPapelTraining(YESTERDAY, "Julia Mena Ríos", null)));
    }

    private void assertUnchanged(ReportView before, int entries) throws Exception {
        ReportView after = view(before.folio());
        assertEquals(before.version(), after.version());
        assertEquals(before.currentStep(), after.currentStep());
        assertEquals(entries, as("director", "demo", () -> reports.timeline(before.folio())).size());
    }

    private ReportView view(String folio) throws Exception {
        return as("director", "demo", () -> reports.view(folio));
    }
}
