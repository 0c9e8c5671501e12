package mx.gob.veracruzmunicipio.dmiga.scr.ws.oficio;

import java.util.List;

import org.apache.cxf.annotations.SchemaValidation;
import org.apache.cxf.annotations.SchemaValidation.SchemaValidationType;
import org.apache.cxf.interceptor.InInterceptors;
import org.apache.cxf.interceptor.OutFaultInterceptors;

import javax.xml.datatype.XMLGregorianCalendar;

import jakarta.ejb.EJB;
import jakarta.jws.WebService;
import jakarta.xml.ws.soap.MTOM;
import jakarta.xml.ws.WebServiceException;

import mx.gob.veracruzmunicipio.dmiga.scr.intake.ReportIntake;
import mx.gob.veracruzmunicipio.dmiga.scr.oficio.OutgoingOficios;
import mx.gob.veracruzmunicipio.dmiga.scr.platform.InvalidInputException;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.CeroPapelSignatures;
import mx.gob.veracruzmunicipio.dmiga.scr.report.Reports;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ActionRefusedException;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ConcurrentChangeException;
import mx.gob.veracruzmunicipio.dmiga.scr.ws.Failures;
import mx.gob.veracruzmunicipio.dmiga.scr.ws.v1.AcuseEntrega;
import mx.gob.veracruzmunicipio.dmiga.scr.ws.v1.AcuseFirma;
import mx.gob.veracruzmunicipio.dmiga.scr.ws.v1.AcuseRecibo;
import mx.gob.veracruzmunicipio.dmiga.scr.ws.v1.DetalleServicioNoDisponible;
import mx.gob.veracruzmunicipio.dmiga.scr.ws.v1.DetalleSolicitudInvalida;
import mx.gob.veracruzmunicipio.dmiga.scr.ws.v1.EstadoReporte;
import mx.gob.veracruzmunicipio.dmiga.scr.ws.v1.FirmaCalificacion;
import mx.gob.veracruzmunicipio.dmiga.scr.ws.v1.LoteOficiosSalientes;
import mx.gob.veracruzmunicipio.dmiga.scr.ws.v1.OficioEntrante;
import mx.gob.veracruzmunicipio.dmiga.scr.ws.v1.OficioService;
import mx.gob.veracruzmunicipio.dmiga.scr.ws.v1.ServicioNoDisponible;
import mx.gob.veracruzmunicipio.dmiga.scr.ws.v1.SolicitudInvalida;
import mx.gob.veracruzmunicipio.dmiga.scr.ws.soap.SchemaFaultInterceptor;
import mx.gob.veracruzmunicipio.dmiga.scr.ws.soap.UsernameTokenHeader;

/**
 * Cero Papel's OficioService over SOAP 1.1, published at /scr/api/ws/OficioService (web.xml) from
 * the contract in WEB-INF/wsdl. HTTP Basic for CERO_PAPEL_CLIENT (web.xml); incoming messages are
 * validated against the XSD (@SchemaValidation; a refusal becomes SolicitudInvalida
 * through {@link mx.gob.veracruzmunicipio.dmiga.scr.ws.soap.SchemaFaultInterceptor}), then by the intake bean.
 */
@WebService(serviceName = "OficioService", portName = "OficioServicePort",
        targetNamespace = "urn:mx:gob:veracruzmunicipio:dmiga:scr:v1",
        endpointInterface = "mx.gob.veracruzmunicipio.dmiga.scr.ws.v1.OficioService",
        wsdlLocation = "WEB-INF/wsdl/OficioService.wsdl")
@SchemaValidation(type = SchemaValidationType.IN)
@MTOM
@InInterceptors(classes = UsernameTokenHeader.class)
@OutFaultInterceptors(classes = SchemaFaultInterceptor.class)
public class OficioServiceEndpoint implements OficioService {

    @EJB
    ReportIntake intake;

    @EJB
    Reports reports;

    @EJB
    CeroPapelSignatures signatures;

    @EJB
    OutgoingOficios outgoing;

    @Override
    public AcuseRecibo recibirOficio(OficioEntrante oficio) throws SolicitudInvalida, ServicioNoDisponible {
        try {
            if (oficio == null) {
                throw new InvalidInputException("El oficio es obligatorio.");
            }
            return OficioMapping.acuse(intake.receiveOficio(OficioMapping.received(oficio)));
        } catch (InvalidInputException invalid) {
            throw invalid(invalid.messages());
        } catch (RuntimeException failure) {
            throw unexpected(failure, "RecibirOficio");
        }
    }

    @Override
    public EstadoReporte consultarEstado(String folio, String idCeroPapel) throws SolicitudInvalida, ServicioNoDisponible {
        try {
            boolean byFolio = folio != null && !folio.isBlank();
            boolean byOficio = idCeroPapel != null && !idCeroPapel.isBlank();
            if (byFolio == byOficio) {
                throw new InvalidInputException("Indique el folio o el idCeroPapel del oficio (uno de los dos).");
            }
            String theFolio = byFolio ? folio.strip() : reports.folioOfOficio(idCeroPapel.strip());
            return OficioMapping.estado(reports.view(theFolio), reports.timeline(theFolio));
        } catch (InvalidInputException invalid) {
            throw invalid(invalid.messages());
        } catch (RuntimeException failure) {
            throw unexpected(failure, "ConsultarEstado");
        }
    }

    @Override
    public AcuseFirma registrarFirma(FirmaCalificacion firma) throws SolicitudInvalida, ServicioNoDisponible {
        try {
            if (firma == null) {
                throw new InvalidInputException("La firma es obligatoria.");
            }
            return OficioMapping.acuseFirma(signatures.register(firma.getFolio(), OficioMapping.signature(firma)));
        } catch (InvalidInputException invalid) {
            throw invalid(invalid.messages());
        } catch (ActionRefusedException | ConcurrentChangeException refused) {
            throw invalid(List.of(refused.getMessage()));
        } catch (RuntimeException failure) {
            throw unexpected(failure, "RegistrarFirma");
        }
    }

    @Override
    public LoteOficiosSalientes obtenerOficiosSalientes(String desde, Integer maximo)
            throws SolicitudInvalida, ServicioNoDisponible {
        try {
            return OficioMapping.lote(outgoing.undelivered(desde, maximo));
        } catch (InvalidInputException invalid) {
            throw invalid(invalid.messages());
        } catch (RuntimeException failure) {
            throw unexpected(failure, "ObtenerOficiosSalientes");
        }
    }

    @Override
    public AcuseEntrega confirmarEntrega(long idOficioSaliente, String numeroOficioCeroPapel,
                                         XMLGregorianCalendar fechaEntrega) throws SolicitudInvalida, ServicioNoDisponible {
        try {
            return OficioMapping.acuseEntrega(outgoing.confirmDelivery(
                    OficioMapping.confirmation(idOficioSaliente, numeroOficioCeroPapel, fechaEntrega)));
        } catch (InvalidInputException invalid) {
            throw invalid(invalid.messages());
        } catch (ActionRefusedException refused) {
            throw invalid(List.of(refused.getMessage()));
        } catch (RuntimeException failure) {
            throw unexpected(failure, "ConfirmarEntrega");
        }
    }

    static SolicitudInvalida invalid(List<String> messages) {
        DetalleSolicitudInvalida detalle = new DetalleSolicitudInvalida();
        detalle.setMensaje("La solicitud no es válida; no se registró nada.");
        detalle.getErrores().addAll(messages);
        return new SolicitudInvalida(String.join(" ", messages), detalle);
    }

    /** A transient failure is ServicioNoDisponible (retry); anything else an internal error, without its trace. */
    static RuntimeException unexpected(RuntimeException failure, String operation) throws ServicioNoDisponible {
        if (Failures.isTransient(failure, operation)) {
            DetalleServicioNoDisponible detalle = new DetalleServicioNoDisponible();
            detalle.setMensaje(Failures.UNAVAILABLE);
            throw new ServicioNoDisponible(Failures.UNAVAILABLE, detalle);
        }
        return new WebServiceException(Failures.INTERNAL);
    }
}
