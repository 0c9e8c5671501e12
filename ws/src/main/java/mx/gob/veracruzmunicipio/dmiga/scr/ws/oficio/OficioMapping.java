package mx.gob.veracruzmunicipio.dmiga.scr.ws.oficio;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.GregorianCalendar;
import java.util.List;

import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;

import mx.gob.veracruzmunicipio.dmiga.scr.intake.OficioReceipt;
import mx.gob.veracruzmunicipio.dmiga.scr.intake.OficioReceived;
import mx.gob.veracruzmunicipio.dmiga.scr.intake.UserRequest;
import mx.gob.veracruzmunicipio.dmiga.scr.platform.InvalidInputException;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr07.As400Movement;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ProcedureKey;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ServiceCategory;
import mx.gob.veracruzmunicipio.dmiga.scr.report.TimelineView;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ReportView;
import mx.gob.veracruzmunicipio.dmiga.scr.ws.v1.AcuseRecibo;
import mx.gob.veracruzmunicipio.dmiga.scr.ws.v1.Anexo;
import mx.gob.veracruzmunicipio.dmiga.scr.ws.v1.EntradaBitacora;
import mx.gob.veracruzmunicipio.dmiga.scr.ws.v1.EstadoAcuse;
import mx.gob.veracruzmunicipio.dmiga.scr.ws.v1.EstadoReporte;
import mx.gob.veracruzmunicipio.dmiga.scr.ws.v1.OficioEntrante;
import mx.gob.veracruzmunicipio.dmiga.scr.ws.v1.Procedimiento;
import mx.gob.veracruzmunicipio.dmiga.scr.ws.v1.SolicitudUsuario;

/**
 * The one translation between OficioService's contract (SOAP types generated from the WSDL, and
 * their JSON twins in {@link OficioJson}) and the intake and report beans. No rule lives here:
 * the beans validate and decide; this only renames and converts.
 */
public final class OficioMapping {

    private static final DatatypeFactory DATATYPES = DatatypeFactory.newDefaultInstance();

    private OficioMapping() {
    }

    // ---- SOAP ----

    public static OficioReceived received(OficioEntrante oficio) {
        var dependencia = oficio.getDependencia();
        var remitente = oficio.getRemitente();
        List<OficioReceived.Attachment> attachments = new ArrayList<>();
        for (Anexo anexo : oficio.getAnexos()) {
            attachments.add(new OficioReceived.Attachment(anexo.getNombre(), anexo.getTipoMime(), anexo.getContenido()));
        }
        return new OficioReceived(oficio.getIdCeroPapel(), oficio.getNumeroOficio(), instant(oficio.getFechaOficio()),
                dependencia == null ? null : dependencia.getClave(), dependencia == null ? null : dependencia.getNombre(),
                remitente == null ? null : remitente.getNombre(), remitente == null ? null : remitente.getCargo(),
                remitente == null ? null : remitente.getCorreo(), oficio.getAsunto(), oficio.getCuerpo(),
                oficio.getProcedimiento() == null ? null : ProcedureKey.fromCode(oficio.getProcedimiento().value()),
                oficio.getCategoriaServicio() == null ? null : ServiceCategory.valueOf(oficio.getCategoriaServicio().value()),
                attachments, userRequest(oficio.getSolicitudUsuario()));
    }

    private static UserRequest userRequest(SolicitudUsuario solicitud) {
        if (solicitud == null) {
            return null;
        }
        var empleado = solicitud.getEmpleado();
        return new UserRequest(solicitud.getMovimiento() == null ? null
                : As400Movement.valueOf(solicitud.getMovimiento().value()),
                empleado == null ? null : new UserRequest.Employee(empleado.getNombres(), empleado.getPrimerApellido(),
                        empleado.getSegundoApellido(), empleado.getNumeroEmpleado()),
                solicitud.getModulos());
    }

    public static AcuseRecibo acuse(OficioReceipt receipt) {
        AcuseRecibo acuse = new AcuseRecibo();
        acuse.setFolio(receipt.folio());
        acuse.setIdCeroPapel(receipt.ceroPapelId());
        acuse.setFechaRecepcion(calendar(receipt.receivedAt()));
        acuse.setEstado(receipt.duplicate() ? EstadoAcuse.DUPLICADO : EstadoAcuse.RECIBIDO);
        acuse.setMensaje(message(receipt));
        return acuse;
    }

    public static EstadoReporte estado(ReportView report, List<TimelineView> timeline) {
        EstadoReporte estado = new EstadoReporte();
        estado.setFolio(report.folio());
        estado.setProcedimiento(report.procedure() == null ? null : Procedimiento.fromValue(report.procedure().code()));
        estado.setAsunto(report.subject());
        estado.setEstatus(report.status().name());
        estado.setPasoActual(report.currentStep());
        estado.setActividad(report.stepActivity());
        estado.setRolResponsable(report.assignedRole() == null ? null : report.assignedRole().name());
        estado.setFechaApertura(calendar(report.createdAt()));
        estado.setFechaCierre(calendar(report.closedAt()));
        for (TimelineView entry : timeline) {
            EntradaBitacora entrada = new EntradaBitacora();
            entrada.setSecuencia(entry.sequence());
            entrada.setPaso(entry.step());
            entrada.setAccion(entry.action());
            entrada.setDecision(entry.decision());
            entrada.setRol(entry.actorRole() == null ? null : entry.actorRole().name());
            entrada.setFecha(calendar(entry.occurredAt()));
            entrada.setObservaciones(entry.observations());
            estado.getBitacora().add(entrada);
        }
        return estado;
    }

    // ---- REST (JSON) ----

    public static OficioReceived received(OficioJson.OficioEntrante oficio) {
        if (oficio == null) {
            throw new InvalidInputException("El cuerpo de la solicitud debe ser un oficio (OficioEntrante) en JSON.");
        }
        var dependencia = oficio.dependencia();
        var remitente = oficio.remitente();
        List<String> errors = new ArrayList<>();
        ProcedureKey procedure = null;
        if (oficio.procedimiento() != null) {
            try {
                procedure = ProcedureKey.fromCode(oficio.procedimiento());
            } catch (IllegalArgumentException unknown) {
                errors.add("El procedimiento «" + oficio.procedimiento() + "» no existe; use PR-DMIGA-01 a PR-DMIGA-11.");
            }
        }
        ServiceCategory category = null;
        if (oficio.categoriaServicio() != null) {
            try {
                category = ServiceCategory.valueOf(oficio.categoriaServicio());
            } catch (IllegalArgumentException unknown) {
                errors.add("La categoría de servicio «" + oficio.categoriaServicio() + "» no existe.");
            }
        }
        List<OficioReceived.Attachment> attachments = new ArrayList<>();
        if (oficio.anexos() != null) {
            for (OficioJson.Anexo anexo : oficio.anexos()) {
                byte[] content = null;
                if (anexo.contenido() != null) {
                    try {
                        content = Base64.getMimeDecoder().decode(anexo.contenido());
                    } catch (IllegalArgumentException notBase64) {
                        errors.add("El contenido del anexo «" + anexo.nombre() + "» no está codificado en base64.");
                    }
                }
                attachments.add(new OficioReceived.Attachment(anexo.nombre(), anexo.tipoMime(), content));
            }
        }
        UserRequest userRequest = null;
        OficioJson.SolicitudUsuario solicitud = oficio.solicitudUsuario();
        if (solicitud != null) {
            As400Movement movement = null;
            if (solicitud.movimiento() != null) {
                try {
                    movement = As400Movement.valueOf(solicitud.movimiento());
                } catch (IllegalArgumentException unknown) {
                    errors.add("El movimiento «" + solicitud.movimiento() + "» de la solicitud de usuario no existe; "
                            + "use ALTA o BAJA.");
                }
            }
            var empleado = solicitud.empleado();
            userRequest = new UserRequest(movement, empleado == null ? null : new UserRequest.Employee(
                    empleado.nombres(), empleado.primerApellido(), empleado.segundoApellido(),
                    empleado.numeroEmpleado()), solicitud.modulos());
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new OficioReceived(oficio.idCeroPapel(), oficio.numeroOficio(),
                oficio.fechaOficio() == null ? null : oficio.fechaOficio().toInstant(),
                dependencia == null ? null : dependencia.clave(), dependencia == null ? null : dependencia.nombre(),
                remitente == null ? null : remitente.nombre(), remitente == null ? null : remitente.cargo(),
                remitente == null ? null : remitente.correo(), oficio.asunto(), oficio.cuerpo(), procedure, category,
                attachments, userRequest);
    }

    public static OficioJson.AcuseRecibo acuseJson(OficioReceipt receipt) {
        return new OficioJson.AcuseRecibo(receipt.folio(), receipt.ceroPapelId(), offset(receipt.receivedAt()),
                receipt.duplicate() ? "DUPLICADO" : "RECIBIDO", message(receipt));
    }

    public static OficioJson.EstadoReporte estadoJson(ReportView report, List<TimelineView> timeline) {
        return new OficioJson.EstadoReporte(report.folio(),
                report.procedure() == null ? null : report.procedure().code(), report.subject(),
                report.status().name(), report.currentStep(), report.stepActivity(),
                report.assignedRole() == null ? null : report.assignedRole().name(), offset(report.createdAt()),
                offset(report.closedAt()),
                timeline.stream().map(entry -> new OficioJson.EntradaBitacora(entry.sequence(), entry.step(),
                        entry.action(), entry.decision(), entry.actorRole() == null ? null : entry.actorRole().name(),
                        offset(entry.occurredAt()), entry.observations())).toList());
    }

    // ---- shared ----

    private static String message(OficioReceipt receipt) {
        return receipt.duplicate()
                ? "El oficio " + receipt.ceroPapelId() + " ya se había recibido con el folio " + receipt.folio()
                        + "; no se registró de nuevo."
                : "Oficio recibido; se abrió el reporte con folio " + receipt.folio() + ".";
    }

    private static Instant instant(XMLGregorianCalendar calendar) {
        return calendar == null ? null : calendar.toGregorianCalendar().toInstant();
    }

    private static XMLGregorianCalendar calendar(Instant instant) {
        if (instant == null) {
            return null;
        }
        GregorianCalendar calendar = GregorianCalendar.from(instant.atZone(ZoneOffset.UTC));
        return DATATYPES.newXMLGregorianCalendar(calendar);
    }

    private static OffsetDateTime offset(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
