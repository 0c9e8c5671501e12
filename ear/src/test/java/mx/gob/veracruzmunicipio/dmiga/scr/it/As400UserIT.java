package mx.gob.veracruzmunicipio.dmiga.scr.it;

import static mx.gob.veracruzmunicipio.dmiga.scr.it.SignedIn.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr07.AccountRequest;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr07.As400Movement;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr07.As400Outcome;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr07.As400RequestStatus;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr07.As400RequestView;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr07.As400Result;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr07.As400UserProcedure;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr07.CredentialDelivery;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr07.ProfileNaming;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ProcedureKey;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ReportStatus;
import mx.gob.veracruzmunicipio.dmiga.scr.report.Reports;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ServiceCategory;
import mx.gob.veracruzmunicipio.dmiga.scr.report.TimelineView;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ActionData.Note;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ActionRefusedException;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Assignment;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ReportView;

/**
 * PR-DMIGA-07 through its session bean: alta and baja from the oficio to the reply, the AS/400
 * integration's result (an error goes back to the programmer), the profile-name rule with its
 * overrides, and what is refused. Each test uses its own employees, since profile names are
 * shared by every request in the database.
 */
@ExtendWith(ArquillianExtension.class)
class As400UserIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return ScrDeployment.earWith(As400UserIT.class, TestOficios.class);
    }

    @Inject
    ReportIntake intake;

    @Inject
    As400UserProcedure procedure;

    @Inject
    Reports reports;

    @Test
    void anAltaGoesFromTheOficioToTheReplyAndASecondNohemiVidalGetsADistinctName() throws Exception {
        ReportView at6 = atStep6(As400Movement.ALTA, "Nohemí", "Vidal", "Ramírez", "10234", List.of("cont", "PRES"));
        String folio = at6.folio();
        assertEquals(Role.PROGRAMADOR, at6.assignedRole());
        assertEquals("programador", at6.assignedUsername());
        As400RequestView recorded = request(folio);
        assertEquals(As400RequestStatus.REGISTRADA, recorded.status());
        assertEquals(List.of("CONT", "PRES"), recorded.requestedModules());
        assertEquals("NOHEMIV", as("programador", "demo", () -> procedure.suggestedProfile(folio)));

        // Left empty, the profile is the suggestion; the timeline shows it.
        ReportView at6A = as("programador", "demo", () -> procedure.nameProfile(at6.ref(), new ProfileNaming(null, null)));
        assertEquals("6A", at6A.currentStep());
        assertEquals(ReportStatus.EN_ESPERA, at6A.status());
        assertNull(at6A.stepDueAt());
        As400RequestView approved = request(folio);
        assertEquals(As400RequestStatus.APROBADA, approved.status());
        assertEquals("NOHEMIV", approved.profileName());
        assertEquals("programador", approved.programmerUsername());

        // Another Nohemí Vidal while the first is still pending.
        ReportView other6 = atStep6(As400Movement.ALTA, "Nohemí Guadalupe", "Vidal", null, "20877", List.of("TESO"));
        assertEquals("NOHEMIV1", as("programador", "demo", () -> procedure.suggestedProfile(other6.folio())));
        as("programador", "demo", () -> procedure.nameProfile(other6.ref(), new ProfileNaming(null, null)));
        assertEquals("NOHEMIV1", request(other6.folio()).profileName());

        ReportView at7 = as("as400", "demo", () -> procedure.recordResult(at6A.ref(),
                new As400Result(As400Outcome.CREADO, "NOHEMIV", null)));
        assertEquals("7", at7.currentStep());
        assertEquals(Role.SECRETARIA, at7.assignedRole());
        assertEquals(As400RequestStatus.CREADO, request(folio).status());

        CredentialDelivery draft = as("secretaria", "demo", () -> procedure.deliveryDraft(folio));
        assertEquals(List.of("CONT", "PRES"), draft.grantedModules());
        assertTrue(draft.body().contains("NOHEMIV"), draft.body());
        assertTrue(draft.body().contains("deberá cambiarla al entrar por primera vez"), draft.body());
        ReportView closed = as("secretaria", "demo", () -> procedure.deliver(at7.ref(),
                new CredentialDelivery(List.of("CONT"), draft.subject(), draft.body(), "Presupuesto no autorizado")));
        assertEquals(ReportStatus.CERRADO, closed.status());
        As400RequestView delivered = request(folio);
        assertEquals(As400RequestStatus.ENTREGADA, delivered.status());
        assertEquals(List.of("CONT"), delivered.grantedModules());

        List<TimelineView> timeline = as("director", "demo", () -> reports.timeline(folio));
        assertEquals(List.of("RECIBIR", "GENERAR_REPORTE", "AUTORIZAR", "AUTORIZAR_ST", "TURNAR", "FORMAR_PERFIL",
                "RESULTADO_AS400", "ENTREGAR_USUARIO"), timeline.stream().map(TimelineView::action).toList());
        assertEquals("Nombre de perfil: NOHEMIV", timeline.get(5).details());
        assertEquals(Role.AS400_CLIENT, timeline.get(6).actorRole());
        assertEquals("Perfil creado o eliminado en el AS/400", timeline.get(6).decision());

        List<OutgoingOficio> oficios = as("director", "demo", () -> reports.outgoingOficios(folio));
        assertEquals(1, oficios.size());
        assertEquals("Tesorería Municipal", oficios.get(0).getRecipient());
        assertTrue(oficios.get(0).getBody().contains("NOHEMIV"));
        assertTrue(as("director", "demo", () -> reports.verifyTimeline(folio)).intact());
    }

    @Test
    void aBajaRemovesTheNamedProfileAndRepliesByOficio() throws Exception {
        ReportView at6 = atStep6(As400Movement.BAJA, "Rodrigo", "Pérez", "Luna", "30456", List.of());
        // Not created by SCR: the suggestion is the manual's rule, how the profile was most likely formed.
        assertEquals("RODRIGOP", as("programador", "demo", () -> procedure.suggestedProfile(at6.folio())));

        InvalidInputException unnamed = assertThrows(InvalidInputException.class, () -> as("programador", "demo",
                () -> procedure.nameProfile(at6.ref(), new ProfileNaming(" ", null))));
        assertEquals(List.of("Para una baja indique el nombre del perfil existente que se eliminará del AS/400."),
                unnamed.messages());

        ReportView at6A = as("programador", "demo", () -> procedure.nameProfile(at6.ref(),
                new ProfileNaming("RODRIGOP2", "Perfil verificado en el AS/400")));
        assertEquals(As400RequestStatus.APROBADA, request(at6.folio()).status());

        InvalidInputException wrongOutcome = assertThrows(InvalidInputException.class, () -> as("as400", "demo",
                () -> procedure.recordResult(at6A.ref(), new As400Result(As400Outcome.CREADO, null, null))));
        assertEquals(List.of("El resultado CREADO no corresponde a una solicitud de baja de usuario: se esperaba "
                + "ELIMINADO o ERROR."), wrongOutcome.messages());

        ReportView at7 = as("as400", "demo", () -> procedure.recordResult(at6A.ref(),
                new As400Result(As400Outcome.ELIMINADO, "RODRIGOP2", null)));
        assertEquals(As400RequestStatus.ELIMINADO, request(at6.folio()).status());

        InvalidInputException modulesOnBaja = assertThrows(InvalidInputException.class, () -> as("secretaria",
                "demo", () -> procedure.deliver(at7.ref(), new CredentialDelivery(List.of("CONT"), "Baja",
                        "Se dio de baja el usuario RODRIGOP2.", null))));
        assertEquals(List.of("Una baja no otorga módulos: deje vacía la lista de módulos otorgados."),
                modulesOnBaja.messages());

        CredentialDelivery draft = as("secretaria", "demo", () -> procedure.deliveryDraft(at6.folio()));
        ReportView closed = as("secretaria", "demo", () -> procedure.deliver(at7.ref(), draft));
        assertEquals(ReportStatus.CERRADO, closed.status());
        assertEquals(As400RequestStatus.ENTREGADA, request(at6.folio()).status());
        List<OutgoingOficio> oficios = as("director", "demo", () -> reports.outgoingOficios(at6.folio()));
        assertEquals(1, oficios.size());
        assertTrue(oficios.get(0).getBody().contains("RODRIGOP2"), oficios.get(0).getBody());
        assertTrue(as("director", "demo", () -> reports.verifyTimeline(at6.folio())).intact());
    }

    @Test
    void anAs400ErrorGoesBackToTheProgrammerWithItsMessageAndThenSucceeds() throws Exception {
        ReportView at6 = atStep6(As400Movement.ALTA, "Óscar", "Ñúñez", null, "40112", List.of("NOMI"));
        ReportView at6A = as("programador", "demo", () -> procedure.nameProfile(at6.ref(), new ProfileNaming(null, null)));
        assertEquals("OSCARN", request(at6.folio()).profileName());

        InvalidInputException unexplained = assertThrows(InvalidInputException.class, () -> as("as400", "demo",
                () -> procedure.recordResult(at6A.ref(), new As400Result(As400Outcome.ERROR, null, " "))));
        assertEquals(List.of("Un resultado ERROR debe incluir el mensaje del AS/400 que explique la falla."),
                unexplained.messages());

        ReportView back = as("as400", "demo", () -> procedure.recordResult(at6A.ref(), new As400Result(
                As400Outcome.ERROR, "OSCARN", "CPF2214: el perfil de usuario OSCARN ya existe en el AS/400")));
        assertEquals("6", back.currentStep());
        assertEquals(Role.PROGRAMADOR, back.assignedRole());
        As400RequestView failed = request(at6.folio());
        assertEquals(As400RequestStatus.ERROR, failed.status());
        assertEquals("CPF2214: el perfil de usuario OSCARN ya existe en el AS/400", failed.resultMessage());
        TimelineView error = as("director", "demo", () -> reports.timeline(at6.folio())).get(6);
        assertEquals("Error en el AS/400: regresa al programador", error.decision());
        assertEquals("6", error.nextStep());
        assertTrue(error.details().contains("Mensaje del AS/400: CPF2214: el perfil de usuario OSCARN ya existe"),
                error.details());

        // The name the AS/400 refused is not offered again.
        assertEquals("OSCARN1", as("programador", "demo", () -> procedure.suggestedProfile(at6.folio())));
        ReportView again6A = as("programador", "demo", () -> procedure.nameProfile(back.ref(),
                new ProfileNaming("OSCARNU", "OSCARN ya existía")));
        assertEquals(As400RequestStatus.APROBADA, request(at6.folio()).status());
        ReportView at7 = as("as400", "demo", () -> procedure.recordResult(again6A.ref(),
                new As400Result(As400Outcome.CREADO, null, null)));
        assertEquals("7", at7.currentStep());
        As400RequestView created = request(at6.folio());
        assertEquals(As400RequestStatus.CREADO, created.status());
        assertEquals("OSCARNU", created.profileName());
        assertNull(created.resultMessage());
        ReportView closed = as("secretaria", "demo", () -> procedure.deliver(at7.ref(),
                as("secretaria", "demo", () -> procedure.deliveryDraft(at6.folio()))));
        assertEquals(ReportStatus.CERRADO, closed.status());
        assertTrue(as("director", "demo", () -> reports.verifyTimeline(at6.folio())).intact());
    }

    @Test
    void anInvalidOverrideIsRefusedWithTheAs400Rules() throws Exception {
        ReportView at6 = atStep6(As400Movement.ALTA, "Brenda", "Ochoa", null, "50001", List.of("EGRE"));

        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> as("programador", "demo",
                () -> procedure.nameProfile(at6.ref(), new ProfileNaming("1brenda.ochoa", null))));

        assertEquals(List.of("El nombre de perfil admite como máximo 10 caracteres; tiene 13.",
                "El nombre de perfil debe empezar con una letra (A-Z).",
                "El nombre de perfil debe escribirse en mayúsculas.",
                "El nombre de perfil contiene caracteres no permitidos: «.». Solo se admiten letras de la A a la Z "
                        + "sin acentos ni Ñ, dígitos y los símbolos $ # @ _."), refused.messages());
        assertUnchanged(at6, As400RequestStatus.REGISTRADA, 5);
    }

    @Test
    void anOverrideThatClashesWithAPendingProfileIsRefused() throws Exception {
        ReportView first = atStep6(As400Movement.ALTA, "Carmen", "Zamora", null, "60001", List.of("CONT"));
        as("programador", "demo", () -> procedure.nameProfile(first.ref(), new ProfileNaming("CARMENZ", null)));
        ReportView second = atStep6(As400Movement.ALTA, "Carmen", "Zúñiga", null, "60002", List.of("CONT"));

        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> as("programador", "demo",
                () -> procedure.nameProfile(second.ref(), new ProfileNaming("CARMENZ", null))));

        assertEquals(List.of("El nombre de perfil «CARMENZ» ya pertenece a otro usuario del AS/400 o a otra "
                + "solicitud en curso. Nombre disponible sugerido: CARMENZ1."), refused.messages());
        assertUnchanged(second, As400RequestStatus.REGISTRADA, 5);
    }

    @Test
    void aProgrammerCannotRecordTheAs400ResultAndNothingIsWritten() throws Exception {
        ReportView at6 = atStep6(As400Movement.ALTA, "Diana", "Quiroz", null, "70001", List.of("TESO"));
        ReportView at6A = as("programador", "demo", () -> procedure.nameProfile(at6.ref(), new ProfileNaming(null, null)));

        ActionRefusedException refused = assertThrows(ActionRefusedException.class, () -> as("programador", "demo",
                () -> procedure.recordResult(at6A.ref(), new As400Result(As400Outcome.CREADO, null, null))));
        assertTrue(refused.getMessage().startsWith("Su usuario no puede actuar en el paso 6A"), refused.getMessage());
        assertUnchanged(at6A, As400RequestStatus.APROBADA, 6);

        ActionRefusedException secretaria = assertThrows(ActionRefusedException.class, () -> as("secretaria", "demo",
                () -> procedure.deliver(at6A.ref(), new CredentialDelivery(List.of("TESO"), "Alta",
                        "Usuario DIANAQ; cambie la contraseña.", null))));
        assertEquals("La acción «ENTREGAR_USUARIO» no corresponde al paso 6A («Crear o eliminar el perfil en el "
                + "AS/400 (integración AS/400)») en que está el reporte " + at6A.folio() + ".", secretaria.getMessage());
        assertUnchanged(at6A, As400RequestStatus.APROBADA, 6);
    }

    @Test
    void anotherRoleCannotFormTheProfileAndNothingIsWritten() throws Exception {
        ReportView at6 = atStep6(As400Movement.ALTA, "Ernesto", "Blanco", null, "70002", List.of("TESO"));

        assertThrows(ActionRefusedException.class, () -> as("as400", "demo",
                () -> procedure.nameProfile(at6.ref(), new ProfileNaming("ERNESTOB", null))));
        assertThrows(ActionRefusedException.class, () -> as("secretaria", "demo",
                () -> procedure.nameProfile(at6.ref(), new ProfileNaming(null, null))));

        assertUnchanged(at6, As400RequestStatus.REGISTRADA, 5);
    }

    @Test
    void missingDataIsRefusedNamingTheFieldAndNothingIsRecorded() throws Exception {
        ReportView at2 = received();

        InvalidInputException missing = assertThrows(InvalidInputException.class, () -> as("secretaria", "demo",
                () -> procedure.generateReport(at2.ref(), new AccountRequest(As400Movement.ALTA, "Fabiola", " ",
                        null, null, List.of(), null))));
        assertEquals(List.of("El número de empleado es obligatorio.",
                "El primer apellido del empleado es obligatorio.",
                "Un alta debe solicitar al menos un módulo del Sistema Integral Financiero."), missing.messages());

        InvalidInputException noMovement = assertThrows(InvalidInputException.class, () -> as("secretaria", "demo",
                () -> procedure.generateReport(at2.ref(), new AccountRequest(null, "Fabiola", "Gómez", null, "80001",
                        List.of("CONT"), null))));
        assertEquals(List.of("Indique el movimiento solicitado: ALTA o BAJA del usuario."), noMovement.messages());

        InvalidInputException unknownModule = assertThrows(InvalidInputException.class, () -> as("secretaria", "demo",
                () -> procedure.generateReport(at2.ref(), new AccountRequest(As400Movement.ALTA, "Fabiola", "Gómez",
                        null, "80001", List.of("CONT", "XYZ"), null))));
        assertEquals(List.of("El módulo «XYZ» no existe o no está activo en el catálogo de módulos del AS/400."),
                unknownModule.messages());

        ReportView after = view(at2.folio());
        assertEquals(at2.version(), after.version());
        assertEquals("2", after.currentStep());
        assertTrue(as("director", "demo", () -> procedure.request(at2.folio())).isEmpty());
        assertEquals(1, as("director", "demo", () -> reports.timeline(at2.folio())).size());
    }

    private ReportView received() throws Exception {
        String folio = as("ceropapel", "demo", () -> intake.receiveOficio(TestOficios.asking(ProcedureKey.PR_DMIGA_07,
                ServiceCategory.USUARIOS_SISTEMAS, "Usuario en el Sistema Integral Financiero AS/400"))).folio();
        ReportView at2 = view(folio);
        assertEquals("2", at2.currentStep());
        return at2;
    }

    /** A request recorded, authorized twice and turned over to the demo programmer. */
    private ReportView atStep6(As400Movement movement, String givenNames, String firstSurname, String secondSurname,
                               String employeeNumber, List<String> modules) throws Exception {
        ReportView at2 = received();
        ReportView at3 = as("secretaria", "demo", () -> procedure.generateReport(at2.ref(),
                new AccountRequest(movement, givenNames, firstSurname, secondSurname, employeeNumber, modules, null)));
        ReportView at4 = as("director", "demo", () -> procedure.authorize(at3.ref(),
                new Authorization("Atender la solicitud de usuario", null)));
        assertEquals(Role.SUBDIR_TECNOLOGIAS, at4.assignedRole());
        ReportView at5 = as("subtec", "demo", () -> procedure.authorizeForDevelopment(at4.ref(),
                new Authorization("Que desarrollo forme el perfil", null)));
        assertEquals(Role.DESARROLLO_COORD, at5.assignedRole());
        ReportView at6 = as("desarrollo", "demo", () -> procedure.routeToProgrammer(at5.ref(),
                new Assignment("programador", null)));
        assertEquals("6", at6.currentStep());
        return at6;
    }

    private void assertUnchanged(ReportView before, As400RequestStatus status, int timelineLength) throws Exception {
        ReportView after = view(before.folio());
        assertEquals(before.version(), after.version());
        assertEquals(before.currentStep(), after.currentStep());
        assertEquals(timelineLength, as("director", "demo", () -> reports.timeline(before.folio())).size());
        As400RequestView request = request(before.folio());
        assertEquals(status, request.status());
        if (status == As400RequestStatus.REGISTRADA) {
            assertNull(request.profileName());
        } else {
            assertNotEquals(null, request.profileName());
        }
    }

    private As400RequestView request(String folio) throws Exception {
        return as("director", "demo", () -> procedure.request(folio)).orElseThrow();
    }

    private ReportView view(String folio) throws Exception {
        return as("director", "demo", () -> reports.view(folio));
    }
}
