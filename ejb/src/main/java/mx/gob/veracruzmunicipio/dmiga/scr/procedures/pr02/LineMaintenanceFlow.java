package mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr02;

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
 * PR-DMIGA-02: corrective and preventive maintenance of phone and data lines (periodic). The queue
 * is attended by impact ({@link LineMaintenanceProcedure#queue()}); preventive reports are opened
 * by the maintenance plans ({@link PreventiveMaintenance}).
 */
public final class LineMaintenanceFlow {

    public static final String RECEIVE = "RECIBIR";
    public static final String ANALYZE = "ANALIZAR";
    public static final String PROVIDER_FAULT = "FALLA_DEL_PROVEEDOR";
    public static final String PROVIDER_OUTCOME = "ATENCION_DEL_PROVEEDOR";
    public static final String MATERIAL_FROM_STOCK = "MATERIAL_DEL_ALMACEN";
    public static final String GOODS_TO_REQUEST = "BIENES_POR_SOLICITAR";
    public static final String GOODS_RECEIVED = "BIENES_RECIBIDOS";
    public static final String ATTEND = "ATENDER";
    public static final String CLOSE = "CERRAR";
    public static final String REPLY = "RESPONDER";

    public static final ProcedureDefinition DEFINITION = ProcedureDefinition
            .procedure(ProcedureKey.PR_DMIGA_02, "Departamento de Mantenimiento y Atención a Usuarios")
            .step("1", "Recibir la incidencia y capturar el reporte de servicio", SECRETARIA, "Reporte de servicio")
                    .orBy(CERO_PAPEL_CLIENT).within(2)
                .action(RECEIVE, "Recibir incidencia", Note.class).to("2")
            .step("2", "Verificar y analizar el daño en sitio", MANTENIMIENTO, "Reporte de servicio").within(8)
                .action(ANALYZE, "Registrar el análisis", DamageAnalysis.class).to("3")
                .action(PROVIDER_FAULT, "Falla del proveedor: registrar su ticket", ProviderFault.class).to("2A")
            // The provider works on its ticket: no SLA clock for the directorate meanwhile.
            .step("2A", "Dar seguimiento al ticket del proveedor", MANTENIMIENTO, "Ticket de la mesa de ayuda")
                    .waitingOutside().within(8)
                .action(PROVIDER_OUTCOME, "Registrar la atención del proveedor", ProviderOutcome.class)
                    .when("El proveedor resolvió la falla", (report, data) -> data.faultResolved(), "5")
                    .otherwise("Falta trabajo de la Dirección", "3")
            .step("3", "Verificar si hay material disponible en el almacén de la Dirección", MANTENIMIENTO,
                    "Reporte de servicio").within(4)
                .action(MATERIAL_FROM_STOCK, "Material disponible: tomarlo del almacén", MaterialFromStock.class).to("4")
                .action(GOODS_TO_REQUEST, "Material no disponible: lista de bienes para el área", GoodsToRequest.class)
                    .sendsOficioTo(Recipient.AREA_SOLICITANTE).to("3A")
            .step("3A", "Esperar los bienes que el área solicita a Adquisiciones", MANTENIMIENTO,
                    "Lista de bienes e insumos").waitingOutside().within(8)
                .action(GOODS_RECEIVED, "Bienes recibidos", MaterialReceipt.class).to("4")
            .step("4", "Atender el evento: mantenimiento correctivo o instalación de red telefónica o de datos",
                    MANTENIMIENTO, "Reporte de servicio").within(16)
                .action(ATTEND, "Registrar la atención", LineWork.class).to("5")
            .step("5", "Cerrar el reporte", SECRETARIA, "Reporte de servicio").within(4)
                .action(CLOSE, "Cerrar reporte", Note.class)
                    .when("Llegó por oficio: se responde por oficio", (report, note) -> report.getChannel() == Channel.OFICIO, "5A")
                    .otherwise("Reporte cerrado", END)
            .step("5A", "Responder por oficio al área solicitante", SECRETARIA, "Oficio de respuesta").within(8)
                .action(REPLY, "Enviar oficio de respuesta", ReplyOficio.class)
                    .sendsOficioTo(Recipient.AREA_SOLICITANTE).to(END)
            .build();

    private LineMaintenanceFlow() {
    }
}
