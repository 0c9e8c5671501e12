package mx.gob.veracruzmunicipio.dmiga.scr.ws.provisioning;

import java.util.List;

import org.apache.cxf.annotations.SchemaValidation;
import org.apache.cxf.annotations.SchemaValidation.SchemaValidationType;
import org.apache.cxf.interceptor.InInterceptors;
import org.apache.cxf.interceptor.OutFaultInterceptors;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.jws.WebService;
import jakarta.xml.ws.WebServiceException;

import mx.gob.veracruzmunicipio.dmiga.scr.platform.AccessRefusedException;
import mx.gob.veracruzmunicipio.dmiga.scr.platform.ConflictException;
import mx.gob.veracruzmunicipio.dmiga.scr.platform.InvalidInputException;
import mx.gob.veracruzmunicipio.dmiga.scr.provisioning.Provisioning;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ActionRefusedException;
import mx.gob.veracruzmunicipio.dmiga.scr.ws.Failures;
import mx.gob.veracruzmunicipio.dmiga.scr.ws.v1.provisioning.AccesoDenegado;
import mx.gob.veracruzmunicipio.dmiga.scr.ws.v1.provisioning.Conflicto;
import mx.gob.veracruzmunicipio.dmiga.scr.ws.v1.provisioning.DetalleAccesoDenegado;
import mx.gob.veracruzmunicipio.dmiga.scr.ws.v1.provisioning.DetalleConflicto;
import mx.gob.veracruzmunicipio.dmiga.scr.ws.v1.provisioning.DetalleServicioNoDisponible;
import mx.gob.veracruzmunicipio.dmiga.scr.ws.v1.provisioning.DetalleSolicitudInvalida;
import mx.gob.veracruzmunicipio.dmiga.scr.ws.v1.provisioning.EstadoSolicitudAprovisionamiento;
import mx.gob.veracruzmunicipio.dmiga.scr.ws.v1.provisioning.InformarResultado;
import mx.gob.veracruzmunicipio.dmiga.scr.ws.v1.provisioning.InformarResultadoResponse;
import mx.gob.veracruzmunicipio.dmiga.scr.ws.v1.provisioning.ProvisioningService;
import mx.gob.veracruzmunicipio.dmiga.scr.ws.v1.provisioning.ServicioNoDisponible;
import mx.gob.veracruzmunicipio.dmiga.scr.ws.v1.provisioning.Sistema;
import mx.gob.veracruzmunicipio.dmiga.scr.ws.v1.provisioning.SolicitudAprovisionamiento;
import mx.gob.veracruzmunicipio.dmiga.scr.ws.v1.provisioning.SolicitudInvalida;
import mx.gob.veracruzmunicipio.dmiga.scr.ws.soap.SchemaFaultInterceptor;
import mx.gob.veracruzmunicipio.dmiga.scr.ws.soap.UsernameTokenHeader;

/**
 * ProvisioningService over SOAP 1.1, published at /scr/api/ws/ProvisioningService (web.xml) from the
 * contract in WEB-INF/wsdl. HTTP Basic for AS400_CLIENT and CERO_PAPEL_CLIENT (web.xml); the bean
 * keeps each client to its own system. Incoming messages are validated against the XSD.
 */
@WebService(serviceName = "ProvisioningService", portName = "ProvisioningServicePort",
        targetNamespace = "urn:mx:gob:veracruzmunicipio:dmiga:scr:v1",
        endpointInterface = "mx.gob.veracruzmunicipio.dmiga.scr.ws.v1.provisioning.ProvisioningService",
        wsdlLocation = "WEB-INF/wsdl/ProvisioningService.wsdl")
@SchemaValidation(type = SchemaValidationType.IN)
@InInterceptors(classes = UsernameTokenHeader.class)
@OutFaultInterceptors(classes = SchemaFaultInterceptor.class)
public class ProvisioningServiceEndpoint implements ProvisioningService {

    @EJB
    Provisioning provisioning;

    @Override
    public List<SolicitudAprovisionamiento> reclamarSolicitudes(Sistema sistema, int maximo)
            throws SolicitudInvalida, ServicioNoDisponible, AccesoDenegado {
        try {
            return provisioning.claim(ProvisioningMapping.system(sistema), maximo).stream()
                    .map(ProvisioningMapping::solicitud).toList();
        } catch (RuntimeException failure) {
            throw fault(failure, "ReclamarSolicitudes");
        }
    }

    @Override
    public InformarResultadoResponse informarResultado(InformarResultado parameters)
            throws Conflicto, SolicitudInvalida, ServicioNoDisponible, AccesoDenegado {
        try {
            InformarResultadoResponse response = new InformarResultadoResponse();
            response.setResultado(ProvisioningMapping.estado(
                    provisioning.reportResult(parameters.getId(), ProvisioningMapping.result(parameters))));
            return response;
        } catch (ConflictException | ActionRefusedException conflict) {
            // A different result after a final one, a stale claim, a declined report, a step moved on
            DetalleConflicto detalle = new DetalleConflicto();
            detalle.setMensaje(conflict.getMessage());
            throw new Conflicto(conflict.getMessage(), detalle);
        } catch (RuntimeException failure) {
            throw fault(failure, "InformarResultado");
        }
    }

    @Override
    public EstadoSolicitudAprovisionamiento consultarSolicitud(Sistema sistema, long id)
            throws SolicitudInvalida, ServicioNoDisponible, AccesoDenegado {
        try {
            return ProvisioningMapping.estado(provisioning.status(ProvisioningMapping.system(sistema), id));
        } catch (RuntimeException failure) {
            throw fault(failure, "ConsultarSolicitud");
        }
    }

    /**
     * The contract's fault for a refusal: SolicitudInvalida (also for an unknown id), AccesoDenegado;
     * a transient failure is ServicioNoDisponible (retry); anything else an internal error, without
     * its trace.
     */
    private static RuntimeException fault(RuntimeException failure, String operation)
            throws SolicitudInvalida, ServicioNoDisponible, AccesoDenegado {
        if (failure instanceof InvalidInputException invalid) {
            DetalleSolicitudInvalida detalle = new DetalleSolicitudInvalida();
            detalle.setMensaje("La solicitud no es válida; no se registró nada.");
            detalle.getErrores().addAll(invalid.messages());
            throw new SolicitudInvalida(String.join(" ", invalid.messages()), detalle);
        }
        if (failure instanceof AccessRefusedException || failure instanceof EJBAccessException) {
            String message = failure instanceof AccessRefusedException ? failure.getMessage()
                    : "Su cuenta no tiene permiso para esta operación.";
            DetalleAccesoDenegado detalle = new DetalleAccesoDenegado();
            detalle.setMensaje(message);
            throw new AccesoDenegado(message, detalle);
        }
        if (Failures.isTransient(failure, operation)) {
            DetalleServicioNoDisponible detalle = new DetalleServicioNoDisponible();
            detalle.setMensaje(Failures.UNAVAILABLE);
            throw new ServicioNoDisponible(Failures.UNAVAILABLE, detalle);
        }
        return new WebServiceException(Failures.INTERNAL);
    }
}
