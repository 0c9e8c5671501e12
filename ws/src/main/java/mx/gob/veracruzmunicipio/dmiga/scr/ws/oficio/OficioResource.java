package mx.gob.veracruzmunicipio.dmiga.scr.ws.oficio;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import mx.gob.veracruzmunicipio.dmiga.scr.intake.OficioReceipt;
import mx.gob.veracruzmunicipio.dmiga.scr.intake.ReportIntake;
import mx.gob.veracruzmunicipio.dmiga.scr.report.Reports;

/** Cero Papel's OficioService over REST: RecibirOficio and ConsultarEstado (SOAP: {@link OficioServiceEndpoint}). */
@Path("")
@RequestScoped
@Tag(name = "OficioService", description = "Oficios de Cero Papel")
public class OficioResource {

    @EJB
    ReportIntake intake;

    @EJB
    Reports reports;

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
}
