package mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr01;

import static mx.gob.veracruzmunicipio.dmiga.scr.account.Role.AREA_SOLICITANTE;
import static mx.gob.veracruzmunicipio.dmiga.scr.account.Role.CERO_PAPEL_CLIENT;
import static mx.gob.veracruzmunicipio.dmiga.scr.account.Role.MANTENIMIENTO;
import static mx.gob.veracruzmunicipio.dmiga.scr.account.Role.SECRETARIA;
import static mx.gob.veracruzmunicipio.dmiga.scr.workflow.Route.END;

import mx.gob.veracruzmunicipio.dmiga.scr.procedures.MaterialReceipt;
import mx.gob.veracruzmunicipio.dmiga.scr.report.Channel;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ProcedureKey;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ActionData.Note;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ProcedureDefinition;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Recipient;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ReplyOficio;

/**
 * PR-DMIGA-01: intake and tracking of service reports (daily). The intake routes on the channel:
 * an oficio first checks for material the directorate lacks (and asks Adquisiciones for it by
 * oficio); a phone request goes straight to Mantenimiento, which raises the report and, when
 * material is missing, leaves it to the area to ask Adquisiciones and sends the report to closing.
 */
public final class ServiceReportFlow {

    public static final String RECEIVE = "RECIBIR";
    public static final String NO_MATERIAL_NEEDED = "SIN_MATERIAL_FALTANTE";
    public static final String REQUEST_MATERIAL = "SOLICITAR_MATERIAL";
    public static final String MATERIAL_RECEIVED = "MATERIAL_RECIBIDO";
    public static final String RAISE_REPORT = "LEVANTAR_REPORTE";
    public static final String ATTEND = "ATENDER";
    public static final String SIGN_AND_RATE = "FIRMAR_Y_CALIFICAR";
    public static final String CLOSE = "CERRAR";

    public static final ProcedureDefinition DEFINITION = ProcedureDefinition
            .procedure(ProcedureKey.PR_DMIGA_01, "Departamento de Mantenimiento y Atención a Usuarios")
            .step("1", "Recibir la solicitud por teléfono u oficio (Cero Papel)", SECRETARIA, "Oficio o llamada")
                    .orBy(CERO_PAPEL_CLIENT).within(2)
                .action(RECEIVE, "Recibir solicitud", Note.class)
                    .when("Por oficio: se revisa si se requiere material", (report, note) -> report.getChannel() == Channel.OFICIO, "2")
                    .otherwise("Por teléfono: Mantenimiento levanta el reporte", "3")
            .step("2", "Revisar si se requiere material con el que no cuenta la Dirección", MANTENIMIENTO, "Reporte de servicio").within(8)
                .action(NO_MATERIAL_NEEDED, "No se requiere material faltante", Note.class).to("3")
                .action(REQUEST_MATERIAL, "Solicitar el material a Adquisiciones por oficio", ReplyOficio.class)
                    .sendsOficioTo(Recipient.SUBDIRECCION_ADQUISICIONES).to("2A")
            // No SLA clock while Adquisiciones buys: the target only applies once the step is ours again.
            .step("2A", "Esperar el material solicitado a Adquisiciones", MANTENIMIENTO, "Oficio a Adquisiciones")
                    .waitingOutside().within(8)
                .action(MATERIAL_RECEIVED, "Material recibido", MaterialReceipt.class).to("3")
            .step("3", "Levantar el reporte de servicio", MANTENIMIENTO, "Reporte de servicio").within(4)
                .action(RAISE_REPORT, "Levantar reporte", RaisedReport.class)
                    .when("Por teléfono con material faltante: el área solicita el material a Adquisiciones",
                            (report, data) -> report.getChannel() == Channel.TELEFONO && data.materialMissing(), "6")
                    .otherwise("Se atiende el evento", "4")
            .step("4", "Atender el evento", MANTENIMIENTO, "Reporte de servicio").within(16)
                .action(ATTEND, "Registrar la atención", EventAttention.class).to("5")
            // The area signs in Cero Papel, outside the directorate; Cero Papel sends signature and rating.
            .step("5", "Firmar y calificar el servicio en Cero Papel", AREA_SOLICITANTE, "Reporte de servicio firmado")
                    .orBy(CERO_PAPEL_CLIENT).waitingOutside().within(24)
                .action(SIGN_AND_RATE, "Firmar y calificar", ServiceRating.class).to("6")
            .step("6", "Cerrar el reporte", SECRETARIA, "Reporte de servicio").within(4)
                .action(CLOSE, "Cerrar reporte", Note.class).to(END)
            .build();

    private ServiceReportFlow() {
    }
}
