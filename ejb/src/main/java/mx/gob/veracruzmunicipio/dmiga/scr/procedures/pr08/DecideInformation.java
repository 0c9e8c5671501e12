package mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr08;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ActionData;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Label;

/**
 * Step 4 of PR-DMIGA-08: the consultation's information is integrated on the portal, which gives
 * the process its address (or its ID there).
 */
public record DecideInformation(
        @Label("Título del proceso") @NotBlank(message = "{decide.titulo.requerido}")
        @Size(max = 300, message = "{decide.titulo.largo}") String title,
        @Label("URL o ID en Decide Veracruz") @NotBlank(message = "{decide.referencia.requerida}")
        @Size(max = 300, message = "{decide.referencia.larga}")
        // The portal's own address, so a typo pointing elsewhere is caught; or the bare ID there.
        @Pattern(regexp = "https://decide\\.veracruzmunicipio\\.gob\\.mx(/\\S*)?|[A-Za-z0-9][A-Za-z0-9_-]*",
                message = "{decide.referencia.formato}") String portalReference,
        @Size(max = 4000, message = "{accion.observaciones.largas}") String observations) implements ActionData {
}
