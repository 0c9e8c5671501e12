package mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr07;

import static mx.gob.veracruzmunicipio.dmiga.scr.account.Role.AS400_CLIENT;
import static mx.gob.veracruzmunicipio.dmiga.scr.account.Role.CERO_PAPEL_CLIENT;
import static mx.gob.veracruzmunicipio.dmiga.scr.account.Role.DESARROLLO_COORD;
import static mx.gob.veracruzmunicipio.dmiga.scr.account.Role.DIRECTOR;
import static mx.gob.veracruzmunicipio.dmiga.scr.account.Role.PROGRAMADOR;
import static mx.gob.veracruzmunicipio.dmiga.scr.account.Role.SECRETARIA;
import static mx.gob.veracruzmunicipio.dmiga.scr.account.Role.SUBDIR_TECNOLOGIAS;
import static mx.gob.veracruzmunicipio.dmiga.scr.workflow.Route.END;

import mx.gob.veracruzmunicipio.dmiga.scr.procedures.Authorization;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ProcedureKey;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ActionData.Note;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Assignment;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ProcedureDefinition;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Recipient;

/**
 * PR-DMIGA-07: a user on the AS/400 Integrated Financial System, alta or baja (eventual). Step 6A
 * is not in the manual's table: the spec has the AS/400 integration layer create or remove the
 * profile between the programmer (6) and the delivery of the credentials (7), so the report waits
 * outside the directorate until the layer reports the result; the development coordination answers
 * for that step and may record a result by hand if the layer cannot.
 */
public final class As400UserFlow {

    public static final String RECEIVE = "RECIBIR";
    public static final String GENERATE_REPORT = "GENERAR_REPORTE";
    public static final String AUTHORIZE = "AUTORIZAR";
    public static final String AUTHORIZE_ST = "AUTORIZAR_ST";
    public static final String ROUTE_TO_PROGRAMMER = "TURNAR";
    public static final String NAME_PROFILE = "FORMAR_PERFIL";
    public static final String RECORD_RESULT = "RESULTADO_AS400";
    public static final String DELIVER = "ENTREGAR_USUARIO";

    public static final ProcedureDefinition DEFINITION = ProcedureDefinition
            .procedure(ProcedureKey.PR_DMIGA_07, "Departamento de Desarrollo de Aplicativos")
            .step("1", "Recibir por Cero Papel la solicitud de alta o baja de un usuario del AS/400", SECRETARIA,
                    "Oficio").orBy(CERO_PAPEL_CLIENT).within(4)
                .action(RECEIVE, "Recibir oficio", Note.class).to("2")
            .step("2", "Generar el reporte con los datos del usuario solicitado", SECRETARIA, "Reporte").within(4)
                .action(GENERATE_REPORT, "Generar reporte", AccountRequest.class).to("3")
            .step("3", "Autorizar el reporte y canalizarlo a la Subdirección de Tecnologías", DIRECTOR, "Reporte")
                    .within(16)
                .action(AUTHORIZE, "Autorizar", Authorization.class).to("4")
            .step("4", "Autorizar el reporte y canalizarlo a la coordinación de desarrollo de aplicativos",
                    SUBDIR_TECNOLOGIAS, "Reporte").within(8)
                .action(AUTHORIZE_ST, "Autorizar", Authorization.class).to("5")
            .step("5", "Canalizar el reporte a un programador", DESARROLLO_COORD, "Reporte").within(8)
                .action(ROUTE_TO_PROGRAMMER, "Turnar a programador", Assignment.class).to("6")
            .step("6", "Formar el nombre del perfil de usuario: primer nombre y primera letra del primer apellido",
                    PROGRAMADOR, "Reporte").within(8)
                .action(NAME_PROFILE, "Formar nombre de perfil", ProfileNaming.class).to("6A")
            .step("6A", "Crear o eliminar el perfil en el AS/400 (integración AS/400)", DESARROLLO_COORD, "Reporte")
                    .waitingOutside().orBy(AS400_CLIENT).within(16)
                .action(RECORD_RESULT, "Registrar resultado del AS/400", As400Result.class)
                    .when("Perfil creado o eliminado en el AS/400",
                            (report, result) -> result.outcome() != As400Outcome.ERROR, "7")
                    .otherwise("Error en el AS/400: regresa al programador", "6")
            .step("7", "Especificar los módulos, proporcionar el usuario al área solicitante y responder el oficio",
                    SECRETARIA, "Oficio respuesta").within(8)
                .action(DELIVER, "Entregar usuario y responder oficio", CredentialDelivery.class)
                    .sendsOficioTo(Recipient.AREA_SOLICITANTE).to(END)
            .build();

    private As400UserFlow() {
    }
}
