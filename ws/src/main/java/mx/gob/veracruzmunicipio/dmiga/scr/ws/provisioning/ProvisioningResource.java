package mx.gob.veracruzmunicipio.dmiga.scr.ws.provisioning;

import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import mx.gob.veracruzmunicipio.dmiga.scr.provisioning.Provisioning;

/** ProvisioningService over REST (SOAP: {@link ProvisioningServiceEndpoint}). */
@Path("aprovisionamiento/{sistema}")
@RequestScoped
@Tag(name = "ProvisioningService", description = "Solicitudes de usuario aprobadas para el AS/400 (PR-DMIGA-07) "
        + "y Cero Papel (PR-DMIGA-09)")
public class ProvisioningResource {

    @EJB
    Provisioning provisioning;

    @POST
    @Path("reclamos")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "ReclamarSolicitudes", description = "Entrega hasta maximo solicitudes aprobadas del "
            + "sistema, no resueltas ni reservadas, y las reserva 5 minutos; una reserva vencida se ofrece de nuevo. "
            + "Cada solicitud trae su tokenReclamo; passwordTemporal solo en un ALTA.")
    @APIResponse(responseCode = "200", description = "Las solicitudes reservadas (puede ser una lista vacía)")
    @APIResponse(responseCode = "400", description = "maximo fuera de 1 a 100 (application/problem+json)")
    @APIResponse(responseCode = "403", description = "El cliente no es el de ese sistema")
    @APIResponse(responseCode = "404", description = "El sistema no existe")
    @APIResponse(responseCode = "503", description = "Servicio no disponible por el momento: reintente")
    public List<ProvisioningJson.SolicitudAprovisionamiento> reclamarSolicitudes(
            @Parameter(description = "AS400 o CERO_PAPEL", schema = @Schema(enumeration = {"AS400", "CERO_PAPEL"}))
            @PathParam("sistema") String sistema,
            @Parameter(description = "Cuántas solicitudes como máximo (1 a 100; 10 si se omite)",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100"))
            @QueryParam("maximo") String maximo) {
        return provisioning.claim(ProvisioningMapping.system(sistema), ProvisioningMapping.maximum(maximo)).stream()
                .map(ProvisioningMapping::solicitudJson).toList();
    }

    @PUT
    @Path("solicitudes/{id}/resultado")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "InformarResultado", description = "Registra el resultado (CREADO, ELIMINADO o ERROR) de "
            + "una solicitud reclamada, con su tokenReclamo. Repetir el mismo resultado se acepta; otro resultado "
            + "después de uno final es 409. CREADO/ELIMINADO pasa el reporte a la entrega de credenciales; ERROR lo "
            + "devuelve al programador con el mensaje.")
    @APIResponse(responseCode = "200", description = "El estado de la solicitud con el resultado registrado")
    @APIResponse(responseCode = "400", description = "Resultado inválido (application/problem+json)")
    @APIResponse(responseCode = "403", description = "El cliente no es el de ese sistema")
    @APIResponse(responseCode = "404", description = "No existe la solicitud")
    @APIResponse(responseCode = "409", description = "Otro resultado después de uno final, tokenReclamo no vigente "
            + "o solicitud declinada: no cambió nada")
    public ProvisioningJson.EstadoSolicitudAprovisionamiento informarResultado(
            @PathParam("sistema") String sistema, @PathParam("id") String id, ProvisioningJson.Resultado resultado) {
        return ProvisioningMapping.estadoJson(provisioning.reportResult(ProvisioningMapping.system(sistema),
                ProvisioningMapping.id(id), ProvisioningMapping.result(resultado)));
    }

    @GET
    @Path("solicitudes/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "ConsultarSolicitud", description = "Estado de una solicitud: REGISTRADA, APROBADA, ERROR, "
            + "CREADO, ELIMINADO, ENTREGADA o DECLINADA; último resultado y mensaje; hasta cuándo está reservada.")
    @APIResponse(responseCode = "200", description = "El estado de la solicitud")
    @APIResponse(responseCode = "403", description = "El cliente no es el de ese sistema")
    @APIResponse(responseCode = "404", description = "No existe la solicitud")
    public ProvisioningJson.EstadoSolicitudAprovisionamiento consultarSolicitud(@PathParam("sistema") String sistema,
                                                                               @PathParam("id") String id) {
        return ProvisioningMapping.estadoJson(provisioning.status(ProvisioningMapping.system(sistema),
                ProvisioningMapping.id(id)));
    }
}
