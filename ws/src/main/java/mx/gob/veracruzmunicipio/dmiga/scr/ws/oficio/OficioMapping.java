package mx.gob.veracruzmunicipio.dmiga.scr.ws.oficio;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;

import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;

import mx.gob.veracruzmunicipio.dmiga.scr.intake.OficioReceipt;
import mx.gob.veracruzmunicipio.dmiga.scr.intake.OficioReceived;
import mx.gob.veracruzmunicipio.dmiga.scr.intake.UserRequest;
import mx.gob.veracruzmunicipio.dmiga.scr.oficio.DeliveryConfirmation;
import mx.gob.veracruzmunicipio.dmiga.scr.oficio.DeliveryReceipt;
import mx.gob.veracruzmunicipio.dmiga.scr.oficio.OutgoingBatch;
import mx.gob.veracruzmunicipio.dmiga.scr.oficio.OutgoingOficioView;
import mx.gob.veracruzmunicipio.dmiga.scr.platform.InvalidInputException;
import mx.gob.veracruzmunicipio.dmiga.scr.platform.NotFoundException;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr07.As400Movement;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ProcedureKey;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ServiceCategory;
import mx.gob.veracruzmunicipio.dmiga.scr.report.TimelineView;
import mx.gob.veracruzmunicipio.dmiga.scr.signature.NewSignature;
import mx.gob.veracruzmunicipio.dmiga.scr.signature.SignatureReceipt;
import mx.gob.veracruzmunicipio.dmiga.scr.signature.SignedDocument;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ReportView;
import mx.gob.veracruzmunicipio.dmiga.scr.ws.v1.AcuseEntrega;
import mx.gob.veracruzmunicipio.dmiga.scr.ws.v1.AcuseFirma;
import mx.gob.veracruzmunicipio.dmiga.scr.ws.v1.AcuseRecibo;
import mx.gob.veracruzmunicipio.dmiga.scr.ws.v1.Anexo;
import mx.gob.veracruzmunicipio.dmiga.scr.ws.v1.DocumentoFirmado;
import mx.gob.veracruzmunicipio.dmiga.scr.ws.v1.EntradaBitacora;
import mx.gob.veracruzmunicipio.dmiga.scr.ws.v1.EstadoAcuse;
import mx.gob.veracruzmunicipio.dmiga.scr.ws.v1.EstadoReporte;
import mx.gob.veracruzmunicipio.dmiga.scr.ws.v1.FirmaCalificacion;
import mx.gob.veracruzmunicipio.dmiga.scr.ws.v1.Firmante;
import mx.gob.veracruzmunicipio.dmiga.scr.ws.v1.LoteOficiosSalientes;
import mx.gob.veracruzmunicipio.dmiga.scr.ws.v1.OficioEntrante;
import mx.gob.veracruzmunicipio.dmiga.scr.ws.v1.OficioSaliente;
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

    public static NewSignature signature(FirmaCalificacion firma) {
        Firmante firmante = firma.getFirmante();
        return new NewSignature(firma.getDocumento() == null ? null : SignedDocument.valueOf(firma.getDocumento().value()),
                firmante == null ? null : firmante.getNombre(), firmante == null ? null : firmante.getCargo(),
                firmante == null ? null : firmante.getDependencia(), instant(firma.getFechaFirma()),
                firma.getCalificacion(), firma.getComentario());
    }

    public static AcuseFirma acuseFirma(SignatureReceipt receipt) {
        AcuseFirma acuse = new AcuseFirma();
        acuse.setFolio(receipt.folio());
        acuse.setDocumento(DocumentoFirmado.fromValue(receipt.document().name()));
        acuse.setFirmante(receipt.signerName());
        acuse.setFechaRegistro(calendar(receipt.registeredAt()));
        acuse.setEstado(receipt.duplicate() ? EstadoAcuse.DUPLICADO : EstadoAcuse.RECIBIDO);
        acuse.setEstatus(receipt.status().name());
        acuse.setPasoActual(receipt.currentStep());
        acuse.setMensaje(message(receipt));
        return acuse;
    }

    public static LoteOficiosSalientes lote(OutgoingBatch batch) {
        LoteOficiosSalientes lote = new LoteOficiosSalientes();
        for (OutgoingOficioView oficio : batch.oficios()) {
            OficioSaliente saliente = new OficioSaliente();
            saliente.setIdOficioSaliente(oficio.id());
            saliente.setFolio(oficio.folio());
            saliente.setIdCeroPapelOrigen(oficio.originCeroPapelId());
            saliente.setDependenciaDestino(oficio.recipient());
            saliente.setAsunto(oficio.subject());
            saliente.setCuerpo(oficio.body());
            saliente.setFecha(calendar(oficio.createdAt()));
            for (OutgoingOficioView.Attachment attachment : oficio.attachments()) {
                Anexo anexo = new Anexo();
                anexo.setNombre(attachment.fileName());
                anexo.setTipoMime(attachment.mimeType());
                anexo.setContenido(attachment.content());
                saliente.getAnexos().add(anexo);
            }
            lote.getOficios().add(saliente);
        }
        lote.setSiguienteCursor(batch.nextCursor());
        return lote;
    }

    public static DeliveryConfirmation confirmation(long id, String number, XMLGregorianCalendar deliveredAt) {
        return new DeliveryConfirmation(id, number, instant(deliveredAt));
    }

    public static AcuseEntrega acuseEntrega(DeliveryReceipt receipt) {
        AcuseEntrega acuse = new AcuseEntrega();
        acuse.setIdOficioSaliente(receipt.id());
        acuse.setFolio(receipt.folio());
        acuse.setNumeroOficioCeroPapel(receipt.ceroPapelNumber());
        acuse.setFechaEntrega(calendar(receipt.deliveredAt()));
        acuse.setEstado(receipt.duplicate() ? EstadoAcuse.DUPLICADO : EstadoAcuse.RECIBIDO);
        acuse.setMensaje(message(receipt));
        return acuse;
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

    public static NewSignature signature(String folio, OficioJson.FirmaCalificacion firma) {
        if (firma == null) {
            throw new InvalidInputException("El cuerpo de la solicitud debe ser una firma (FirmaCalificacion) en JSON.");
        }
        if (firma.folio() != null && !firma.folio().strip().equals(folio)) {
            throw new InvalidInputException("El folio de la firma (" + firma.folio() + ") no coincide con el de la ruta ("
                    + folio + ").");
        }
        SignedDocument document = null;
        if (firma.documento() != null) {
            try {
                document = SignedDocument.valueOf(firma.documento());
            } catch (IllegalArgumentException unknown) {
                throw new InvalidInputException("El documento «" + firma.documento() + "» no existe; use REPORTE_SERVICIO,"
                        + " DICTAMEN_TECNICO, ORDEN_PAGO u OFICIO.");
            }
        }
        var firmante = firma.firmante();
        return new NewSignature(document, firmante == null ? null : firmante.nombre(),
                firmante == null ? null : firmante.cargo(), firmante == null ? null : firmante.dependencia(),
                firma.fechaFirma() == null ? null : firma.fechaFirma().toInstant(), firma.calificacion(),
                firma.comentario());
    }

    public static OficioJson.AcuseFirma acuseFirmaJson(SignatureReceipt receipt) {
        return new OficioJson.AcuseFirma(receipt.folio(), receipt.document().name(), receipt.signerName(),
                offset(receipt.registeredAt()), receipt.duplicate() ? "DUPLICADO" : "RECIBIDO", receipt.status().name(),
                receipt.currentStep(), message(receipt));
    }

    /** {@code maximo} as the query string has it: absent, or a whole number. */
    public static Integer maximum(String maximo) {
        if (maximo == null || maximo.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(maximo.strip());
        } catch (NumberFormatException notANumber) {
            throw new InvalidInputException("El máximo de oficios por lote (maximo) debe ser un número entero; se recibió «"
                    + maximo + "».");
        }
    }

    public static OficioJson.LoteOficiosSalientes loteJson(OutgoingBatch batch) {
        return new OficioJson.LoteOficiosSalientes(batch.oficios().stream()
                .map(o -> new OficioJson.OficioSaliente(o.id(), o.folio(), o.originCeroPapelId(), o.recipient(),
                        o.subject(), o.body(), offset(o.createdAt()), o.attachments().stream()
                                .map(a -> new OficioJson.Anexo(a.fileName(), a.mimeType(),
                                        Base64.getEncoder().encodeToString(a.content())))
                                .toList()))
                .toList(), batch.nextCursor());
    }

    public static DeliveryConfirmation confirmation(String id, OficioJson.ConfirmacionEntrega body) {
        long outgoingId;
        try {
            outgoingId = Long.parseLong(id.strip());
        } catch (NumberFormatException notANumber) {
            throw new NotFoundException("No existe el oficio saliente «" + id + "».");
        }
        if (body == null) {
            throw new InvalidInputException("El cuerpo de la solicitud debe ser la confirmación de entrega"
                    + " (numeroOficioCeroPapel y fechaEntrega) en JSON.");
        }
        return new DeliveryConfirmation(outgoingId, body.numeroOficioCeroPapel(),
                body.fechaEntrega() == null ? null : body.fechaEntrega().toInstant());
    }

    public static OficioJson.AcuseEntrega acuseEntregaJson(DeliveryReceipt receipt) {
        return new OficioJson.AcuseEntrega(receipt.id(), receipt.folio(), receipt.ceroPapelNumber(),
                offset(receipt.deliveredAt()), receipt.duplicate() ? "DUPLICADO" : "RECIBIDO", message(receipt));
    }

    // ---- shared ----

    private static String message(OficioReceipt receipt) {
        return receipt.duplicate()
                ? "El oficio " + receipt.ceroPapelId() + " ya se había recibido con el folio " + receipt.folio()
                        + "; no se registró de nuevo."
                : "Oficio recibido; se abrió el reporte con folio " + receipt.folio() + ".";
    }

    private static String message(SignatureReceipt receipt) {
        String document = receipt.document().label().toLowerCase(Locale.ROOT);
        return receipt.duplicate()
                ? "La firma de " + receipt.signerName() + " en el " + document + " del reporte " + receipt.folio()
                        + " ya se había registrado; no se registró de nuevo."
                : "Firma de " + receipt.signerName() + " en el " + document + " del reporte " + receipt.folio()
                        + " registrada.";
    }

    private static String message(DeliveryReceipt receipt) {
        return receipt.duplicate()
                ? "La entrega del oficio saliente " + receipt.id() + " ya se había confirmado como el oficio "
                        + receipt.ceroPapelNumber() + "; no se registró de nuevo."
                : "Entrega del oficio saliente " + receipt.id() + " registrada como el oficio "
                        + receipt.ceroPapelNumber() + " de Cero Papel.";
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
