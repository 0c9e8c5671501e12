package mx.gob.veracruzmunicipio.dmiga.scr.ws.provisioning;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The REST (JSON) form of ProvisioningService's types: the same field names as the WSDL's XSD
 * (WEB-INF/wsdl/ProvisioningService.xsd).
 */
public final class ProvisioningJson {

    private ProvisioningJson() {
    }

    /** SolicitudAprovisionamiento: a claimed request; {@code passwordTemporal} only for an ALTA. */
    public record SolicitudAprovisionamiento(long id, String folio, String movimiento, String perfil,
                                             Empleado empleado, Dependencia dependencia, List<String> modulos,
                                             String passwordTemporal, String tokenReclamo) {
    }

    public record Empleado(String nombres, String primerApellido, String segundoApellido, String numeroEmpleado) {
    }

    public record Dependencia(String clave, String nombre) {
    }

    /** The body of InformarResultado; the request's id and system are in the path. */
    public record Resultado(String tokenReclamo, String resultado, String perfil, String mensaje) {
    }

    /** EstadoSolicitudAprovisionamiento. */
    public record EstadoSolicitudAprovisionamiento(long id, String folio, String sistema, String movimiento,
                                                   String estado, String resultado, String perfil, String mensaje,
                                                   OffsetDateTime reclamadaHasta, OffsetDateTime fechaResultado) {
    }
}
