package mx.gob.veracruzmunicipio.dmiga.scr.intake;

import java.io.Serializable;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr07.As400Movement;

/**
 * The user account an oficio of PR-DMIGA-07 (AS/400) or PR-DMIGA-09 (Cero Papel) asks for
 * (contract {@code solicitudUsuario}): the movement, the employee and the modules.
 */
public record UserRequest(
        @NotNull(message = "{as400.movimiento.requerido}") As400Movement movement,
        @NotNull(message = "{solicitudUsuario.empleado.requerido}") @Valid Employee employee,
        @Size(max = 50, message = "{as400.modulos.demasiados}")
        List<@NotBlank(message = "{solicitudUsuario.modulo.requerido}")
                @Size(max = 50, message = "{solicitudUsuario.modulo.largo}") String> modules) implements Serializable {

    public UserRequest {
        modules = modules == null ? List.of() : modules.stream().map(m -> m == null ? null : m.strip()).toList();
    }

    /** The employee the account is for (contract {@code empleado}). */
    public record Employee(
            @NotBlank(message = "{as400.empleado.nombres.requeridos}")
            @Size(max = 100, message = "{as400.empleado.nombres.largos}") String givenNames,
            @NotBlank(message = "{as400.empleado.primerApellido.requerido}")
            @Size(max = 100, message = "{as400.empleado.primerApellido.largo}") String firstSurname,
            @Size(max = 100, message = "{as400.empleado.segundoApellido.largo}") String secondSurname,
            @NotBlank(message = "{as400.empleado.numero.requerido}")
            @Size(max = 20, message = "{as400.empleado.numero.largo}") String employeeNumber) implements Serializable {
    }
}
