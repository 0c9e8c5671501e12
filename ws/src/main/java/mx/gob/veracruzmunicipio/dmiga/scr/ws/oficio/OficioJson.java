package mx.gob.veracruzmunicipio.dmiga.scr.ws.oficio;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The REST (JSON) form of OficioService's types: the same field names as the WSDL's XSD
 * (WEB-INF/wsdl/OficioService.xsd), so both protocols speak one contract.
 */
public final class OficioJson {

    private OficioJson() {
    }

    /** OficioEntrante. */
    public record OficioEntrante(String idCeroPapel, String numeroOficio, OffsetDateTime fechaOficio,
                                 Dependencia dependencia, Remitente remitente, String asunto, String cuerpo,
                                 String procedimiento, String categoriaServicio, List<Anexo> anexos,
                                 SolicitudUsuario solicitudUsuario) {
    }

    public record Dependencia(String clave, String nombre) {
    }

    public record Remitente(String nombre, String cargo, String correo) {
    }

    /** An attachment; {@code contenido} is the file in base64. */
    public record Anexo(String nombre, String tipoMime, String contenido) {
    }

    public record SolicitudUsuario(String movimiento, Empleado empleado, List<String> modulos) {
    }

    public record Empleado(String nombres, String primerApellido, String segundoApellido, String numeroEmpleado) {
    }

    /** AcuseRecibo; {@code estado} is RECIBIDO or DUPLICADO. */
    public record AcuseRecibo(String folio, String idCeroPapel, OffsetDateTime fechaRecepcion, String estado,
                              String mensaje) {
    }

    /** EstadoReporte. */
    public record EstadoReporte(String folio, String procedimiento, String asunto, String estatus, String pasoActual,
                                String actividad, String rolResponsable, OffsetDateTime fechaApertura,
                                OffsetDateTime fechaCierre, List<EntradaBitacora> bitacora) {
    }

    public record EntradaBitacora(int secuencia, String paso, String accion, String decision, String rol,
                                  OffsetDateTime fecha, String observaciones) {
    }

    /** FirmaCalificacion; {@code documento} is REPORTE_SERVICIO, DICTAMEN_TECNICO, ORDEN_PAGO or OFICIO. */
    public record FirmaCalificacion(String folio, String documento, Firmante firmante, OffsetDateTime fechaFirma,
                                    Integer calificacion, String comentario) {
    }

    public record Firmante(String nombre, String cargo, String dependencia) {
    }

    /** AcuseFirma; {@code estado} is RECIBIDO or DUPLICADO. */
    public record AcuseFirma(String folio, String documento, String firmante, OffsetDateTime fechaRegistro,
                             String estado, String estatus, String pasoActual, String mensaje) {
    }

    /** LoteOficiosSalientes. */
    public record LoteOficiosSalientes(List<OficioSaliente> oficios, String siguienteCursor) {
    }

    /** OficioSaliente; {@code anexos} holds the oficio printed as PDF. */
    public record OficioSaliente(long idOficioSaliente, String folio, String idCeroPapelOrigen,
                                 String dependenciaDestino, String asunto, String cuerpo, OffsetDateTime fecha,
                                 List<Anexo> anexos) {
    }

    /** The body of ConfirmarEntrega (the id goes in the path). */
    public record ConfirmacionEntrega(String numeroOficioCeroPapel, OffsetDateTime fechaEntrega) {
    }

    /** AcuseEntrega; {@code estado} is RECIBIDO or DUPLICADO. */
    public record AcuseEntrega(long idOficioSaliente, String folio, String numeroOficioCeroPapel,
                               OffsetDateTime fechaEntrega, String estado, String mensaje) {
    }
}
