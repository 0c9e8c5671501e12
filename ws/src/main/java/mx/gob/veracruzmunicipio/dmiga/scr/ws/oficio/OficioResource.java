package mx.gob.veracruzmunicipio.dmiga.scr.ws.oficio;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import mx.gob.veracruzmunicipio.dmiga.scr.intake.OficioReceipt;
import mx.gob.veracruzmunicipio.dmiga.scr.intake.ReportIntake;
import mx.gob.veracruzmunicipio.dmiga.scr.oficio.OutgoingOficios;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.CeroPapelSignatures;
import mx.gob.veracruzmunicipio.dmiga.scr.report.Reports;
import mx.gob.veracruzmunicipio.dmiga.scr.signature.SignatureReceipt;

/**
 * Cero Papel's OficioService over REST: RecibirOficio, ConsultarEstado, RegistrarFirma,
 * ObtenerOficiosSalientes and ConfirmarEntrega (SOAP: {@link OficioServiceEndpoint}).
 */
@Path("")
@RequestScoped
@Tag(name = "OficioService", description = "Oficios de Cero Papel")
public class OficioResource {

    @EJB
    ReportIntake intake;

    @EJB
    Reports reports;

    @EJB
    CeroPapelSignatures signatures;

    @EJB
    OutgoingOficios outgoing;

    @POST
    @Path("oficios")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "RecibirOficio", description = "Recibe un oficio y abre su reporte. Idempotente por "
            + "idCeroPapel: el mismo oficio otra vez devuelve el primer acuse con estado DUPLICADO.")
    @APIResponse(responseCode = "201", description = "Recibido: acuse con estado RECIBIDO")
    @APIResponse(responseCode = "200", description = "Ya se había recibido: el primer acuse, estado DUPLICADO")
    @APIResponse(responseCode = "400", description = "Solicitud inválida (application/problem+json, errores en español)")
    @APIResponse(responseCode = "503", description = "Servicio no disponible por el momento: reintente")
    public Response recibirOficio(OficioJson.OficioEntrante oficio) {
        OficioReceipt receipt = intake.receiveOficio(OficioMapping.received(oficio));
        return Response.status(receipt.duplicate() ? Response.Status.OK : Response.Status.CREATED)
                .entity(OficioMapping.acuseJson(receipt)).build();
    }

    @GET
    @Path("reportes/{folio}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "ConsultarEstado", description = "Procedimiento, paso actual, estatus, rol responsable "
            + "y bitácora del reporte.")
    @APIResponse(responseCode = "200", description = "El estado del reporte")
    @APIResponse(responseCode = "404", description = "No existe el reporte (application/problem+json)")
    public OficioJson.EstadoReporte consultarEstado(@PathParam("folio") String folio) {
        return OficioMapping.estadoJson(reports.view(folio), reports.timeline(folio));
    }

    @POST
    @Path("reportes/{folio}/firmas")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "RegistrarFirma", description = "Registra una firma recabada en Cero Papel: el reporte de "
            + "servicio firmado y calificado (PR-DMIGA-01, paso 5; calificacion de 1 a 5 obligatoria) o una firma del "
            + "dictamen técnico (PR-DMIGA-03, paso 5). Idempotente por folio, documento y firmante.")
    @APIResponse(responseCode = "201", description = "Registrada: acuse con estado RECIBIDO")
    @APIResponse(responseCode = "200", description = "Ya se había registrado: la primera, estado DUPLICADO")
    @APIResponse(responseCode = "400", description = "Solicitud inválida, o documento que no corresponde al "
            + "procedimiento del reporte (application/problem+json)")
    @APIResponse(responseCode = "404", description = "No existe el reporte")
    @APIResponse(responseCode = "409", description = "El reporte no está en el paso que recibe esa firma")
    @APIResponse(responseCode = "503", description = "Servicio no disponible por el momento: reintente")
    public Response registrarFirma(@PathParam("folio") String folio, OficioJson.FirmaCalificacion firma) {
        SignatureReceipt receipt = signatures.register(folio, OficioMapping.signature(folio, firma));
        return Response.status(receipt.duplicate() ? Response.Status.OK : Response.Status.CREATED)
                .entity(OficioMapping.acuseFirmaJson(receipt)).build();
    }

    @GET
    @Path("oficios-salientes")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "ObtenerOficiosSalientes", description = "Los oficios de respuesta sin entrega confirmada, "
            + "en orden, desde el cursor opaco desde (omítalo para empezar); como máximo maximo (1 a 200, 50 si se "
            + "omite). Pida el siguiente lote con siguienteCursor; al llegar al final el cursor vuelve al principio, "
            + "así que un oficio sin confirmar se ofrece de nuevo. Cada oficio lleva en anexos su PDF impreso "
            + "(base64).")
    @APIResponse(responseCode = "200", description = "El lote y su siguienteCursor")
    @APIResponse(responseCode = "400", description = "Cursor o máximo inválidos (application/problem+json)")
    @APIResponse(responseCode = "503", description = "Servicio no disponible por el momento: reintente")
    public OficioJson.LoteOficiosSalientes obtenerOficiosSalientes(@QueryParam("desde") String desde,
                                                                   @QueryParam("maximo") String maximo) {
        return OficioMapping.loteJson(outgoing.undelivered(desde, OficioMapping.maximum(maximo)));
    }

    @PUT
    @Path("oficios-salientes/{id}/entrega")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "ConfirmarEntrega", description = "Confirma la entrega de un oficio de respuesta con su "
            + "número en Cero Papel y la fecha de entrega. Idempotente: la misma confirmación otra vez se acepta "
            + "(estado DUPLICADO).")
    @APIResponse(responseCode = "200", description = "Acuse de la entrega: RECIBIDO, o DUPLICADO si ya se había confirmado")
    @APIResponse(responseCode = "400", description = "Solicitud inválida (application/problem+json)")
    @APIResponse(responseCode = "404", description = "No existe el oficio saliente")
    @APIResponse(responseCode = "409", description = "El oficio ya se entregó con otro número de Cero Papel")
    @APIResponse(responseCode = "503", description = "Servicio no disponible por el momento: reintente")
    public OficioJson.AcuseEntrega confirmarEntrega(@PathParam("id") String id, OficioJson.ConfirmacionEntrega entrega) {
        return OficioMapping.acuseEntregaJson(outgoing.confirmDelivery(OficioMapping.confirmation(id, entrega)));
    }
}
