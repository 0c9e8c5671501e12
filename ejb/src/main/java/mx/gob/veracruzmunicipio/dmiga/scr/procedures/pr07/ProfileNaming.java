package mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr07;

import jakarta.validation.constraints.Size;

import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ActionData;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Label;

/**
 * Step 6: the AS/400 profile the programmer forms. For an alta, left empty it takes the suggested
 * name ({@link As400UserProcedure#suggestedProfile}); typed, it overrides the suggestion and must
 * satisfy the AS/400 rules and be free. For a baja it names the existing profile to remove.
 */
public record ProfileNaming(
        @Label("Nombre de perfil") @Size(max = 40, message = "{as400.perfil.largo}") String profile,
        @Size(max = 4000, message = "{accion.observaciones.largas}") String observations) implements ActionData {
}
