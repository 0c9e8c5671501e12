package mx.gob.veracruzmunicipio.dmiga.scr.ws.provisioning;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.GregorianCalendar;
import java.util.Locale;

import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;

import mx.gob.veracruzmunicipio.dmiga.scr.platform.InvalidInputException;
import mx.gob.veracruzmunicipio.dmiga.scr.platform.NotFoundException;
import mx.gob.veracruzmunicipio.dmiga.scr.provisioning.ProvisioningClaim;
import mx.gob.veracruzmunicipio.dmiga.scr.provisioning.ProvisioningOutcome;
import mx.gob.veracruzmunicipio.dmiga.scr.provisioning.ProvisioningResult;
import mx.gob.veracruzmunicipio.dmiga.scr.provisioning.ProvisioningStatus;
import mx.gob.veracruzmunicipio.dmiga.scr.provisioning.ProvisioningSystem;
import mx.gob.veracruzmunicipio.dmiga.scr.ws.v1.provisioning.Dependencia;
import mx.gob.veracruzmunicipio.dmiga.scr.ws.v1.provisioning.Empleado;
import mx.gob.veracruzmunicipio.dmiga.scr.ws.v1.provisioning.EstadoSolicitudAprovisionamiento;
import mx.gob.veracruzmunicipio.dmiga.scr.ws.v1.provisioning.InformarResultado;
import mx.gob.veracruzmunicipio.dmiga.scr.ws.v1.provisioning.Movimiento;
import mx.gob.veracruzmunicipio.dmiga.scr.ws.v1.provisioning.ResultadoAprovisionamiento;
import mx.gob.veracruzmunicipio.dmiga.scr.ws.v1.provisioning.Sistema;
import mx.gob.veracruzmunicipio.dmiga.scr.ws.v1.provisioning.SolicitudAprovisionamiento;

/**
 * The one translation between ProvisioningService's contract (SOAP types generated from the WSDL,
 * and their JSON twins in {@link ProvisioningJson}) and the {@code Provisioning} bean. No rule lives
 * here: the bean validates and decides.
 */
public final class ProvisioningMapping {

    /** How many requests a claim takes when the client does not say. */
    static final int DEFAULT_MAXIMUM = 10;

    private static final DatatypeFactory DATATYPES = DatatypeFactory.newDefaultInstance();

    private ProvisioningMapping() {
    }

    // ---- SOAP ----

    public static ProvisioningSystem system(Sistema sistema) {
        return sistema == null ? null : ProvisioningSystem.valueOf(sistema.value());
    }

    public static ProvisioningResult result(InformarResultado informe) {
        return new ProvisioningResult(informe.getTokenReclamo(),
                informe.getResultado() == null ? null : ProvisioningOutcome.valueOf(informe.getResultado().value()),
                informe.getPerfil(), informe.getMensaje());
    }

    public static SolicitudAprovisionamiento solicitud(ProvisioningClaim claim) {
        SolicitudAprovisionamiento solicitud = new SolicitudAprovisionamiento();
        solicitud.setId(claim.id());
        solicitud.setFolio(claim.folio());
        solicitud.setMovimiento(Movimiento.fromValue(claim.movement()));
        solicitud.setPerfil(claim.profile());
        Empleado empleado = new Empleado();
        empleado.setNombres(claim.givenNames());
        empleado.setPrimerApellido(claim.firstSurname());
        empleado.setSegundoApellido(claim.secondSurname());
        empleado.setNumeroEmpleado(claim.employeeNumber());
        solicitud.setEmpleado(empleado);
        Dependencia dependencia = new Dependencia();
        dependencia.setClave(claim.departmentCode());
        dependencia.setNombre(claim.departmentName());
        solicitud.setDependencia(dependencia);
        solicitud.getModulos().addAll(claim.modules());
        solicitud.setPasswordTemporal(claim.temporaryPassword());
        solicitud.setTokenReclamo(claim.claimToken());
        return solicitud;
    }

    public static EstadoSolicitudAprovisionamiento estado(ProvisioningStatus status) {
        EstadoSolicitudAprovisionamiento estado = new EstadoSolicitudAprovisionamiento();
        estado.setId(status.id());
        estado.setFolio(status.folio());
        estado.setSistema(Sistema.fromValue(status.system().name()));
        estado.setMovimiento(Movimiento.fromValue(status.movement()));
        estado.setEstado(status.status());
        estado.setResultado(status.outcome() == null ? null : ResultadoAprovisionamiento.fromValue(status.outcome()));
        estado.setPerfil(status.profile());
        estado.setMensaje(status.message());
        estado.setReclamadaHasta(calendar(status.leaseExpiresAt()));
        estado.setFechaResultado(calendar(status.resultAt()));
        return estado;
    }

    // ---- REST (JSON) ----

    /** The path's {@code sistema}; an unknown one names nothing SCR has. */
    public static ProvisioningSystem system(String sistema) {
        try {
            return ProvisioningSystem.valueOf(sistema.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new NotFoundException("El sistema «" + sistema + "» no existe; use AS400 o CERO_PAPEL.");
        }
    }

    public static int maximum(String maximo) {
        if (maximo == null || maximo.isBlank()) {
            return DEFAULT_MAXIMUM;
        }
        try {
            return Integer.parseInt(maximo.strip());
        } catch (NumberFormatException notANumber) {
            throw new InvalidInputException("El parámetro maximo debe ser un número entero; se recibió «" + maximo
                    + "».");
        }
    }

    public static long id(String id) {
        try {
            return Long.parseLong(id.strip());
        } catch (NumberFormatException notANumber) {
            throw new NotFoundException("No existe la solicitud «" + id + "».");
        }
    }

    public static ProvisioningResult result(ProvisioningJson.Resultado resultado) {
        if (resultado == null) {
            throw new InvalidInputException("El cuerpo de la solicitud debe ser el resultado (tokenReclamo, "
                    + "resultado, perfil, mensaje) en JSON.");
        }
        ProvisioningOutcome outcome = null;
        if (resultado.resultado() != null) {
            try {
                outcome = ProvisioningOutcome.valueOf(resultado.resultado());
            } catch (IllegalArgumentException unknown) {
                throw new InvalidInputException("El resultado «" + resultado.resultado()
                        + "» no existe; use CREADO, ELIMINADO o ERROR.");
            }
        }
        return new ProvisioningResult(resultado.tokenReclamo(), outcome, resultado.perfil(), resultado.mensaje());
    }

    public static ProvisioningJson.SolicitudAprovisionamiento solicitudJson(ProvisioningClaim claim) {
        return new ProvisioningJson.SolicitudAprovisionamiento(claim.id(), claim.folio(), claim.movement(),
                claim.profile(), new ProvisioningJson.Empleado(claim.givenNames(), claim.firstSurname(),
                        claim.secondSurname(), claim.employeeNumber()),
                new ProvisioningJson.Dependencia(claim.departmentCode(), claim.departmentName()), claim.modules(),
                claim.temporaryPassword(), claim.claimToken());
    }

    public static ProvisioningJson.EstadoSolicitudAprovisionamiento estadoJson(ProvisioningStatus status) {
        return new ProvisioningJson.EstadoSolicitudAprovisionamiento(status.id(), status.folio(),
                status.system().name(), status.movement(), status.status(), status.outcome(), status.profile(),
                status.message(), offset(status.leaseExpiresAt()), offset(status.resultAt()));
    }

    // ---- shared ----

    private static XMLGregorianCalendar calendar(Instant instant) {
        return instant == null ? null
                : DATATYPES.newXMLGregorianCalendar(GregorianCalendar.from(instant.atZone(ZoneOffset.UTC)));
    }

    private static OffsetDateTime offset(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
