package mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr07;

import java.util.List;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ActionData;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Label;

/**
 * Step 2: the account the oficio asks for, as the SECRETARIA records it with the report (the same
 * fields as the contract's {@code solicitudUsuario}). Module codes are checked against the
 * AS/400 module catalog when the step is taken.
 */
public record AccountRequest(
        @Label("Movimiento") @NotNull(message = "{as400.movimiento.requerido}") As400Movement movement,
        @Label("Nombre(s) del empleado") @NotBlank(message = "{as400.empleado.nombres.requeridos}")
        @Size(max = 100, message = "{as400.empleado.nombres.largos}") String givenNames,
        @Label("Primer apellido") @NotBlank(message = "{as400.empleado.primerApellido.requerido}")
        @Size(max = 100, message = "{as400.empleado.primerApellido.largo}") String firstSurname,
        @Label("Segundo apellido")
        @Size(max = 100, message = "{as400.empleado.segundoApellido.largo}") String secondSurname,
        @Label("Número de empleado") @NotBlank(message = "{as400.empleado.numero.requerido}")
        @Size(max = 20, message = "{as400.empleado.numero.largo}") String employeeNumber,
        @Label("Módulos solicitados")
        @Size(max = 50, message = "{as400.modulos.demasiados}") List<String> modules,
        @Size(max = 4000, message = "{accion.observaciones.largas}") String observations) implements ActionData {

    public AccountRequest {
        modules = modules == null ? List.of() : List.copyOf(modules);
    }

    /** An alta gives access to something: at least one module of the financial system. */
    @AssertTrue(message = "{as400.modulos.requeridos}")
    boolean isModuleRequestedForAlta() {
        return movement != As400Movement.ALTA || modules.stream().anyMatch(m -> m != null && !m.isBlank());
    }
}
