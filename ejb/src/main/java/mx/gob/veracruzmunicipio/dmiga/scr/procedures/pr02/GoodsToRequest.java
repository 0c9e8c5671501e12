package mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr02;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Label;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.OficioText;

/**
 * The material is not available (step 3): the affected area receives, by oficio, the list of goods
 * and supplies it must request from Adquisiciones. The oficio's text is built from the list.
 */
public record GoodsToRequest(
        @Label("Bienes e insumos por solicitar") @NotEmpty(message = "{pr02.bienes.requeridos}")
        @Size(max = 25, message = "{pr02.bienes.demasiados}")
        List<@NotBlank(message = "{pr02.bien.requerido}") @Size(max = 300, message = "{pr02.bien.largo}") String> goods,
        @Size(max = 4000, message = "{accion.observaciones.largas}") String observations) implements OficioText {

    @Override
    public String subject() {
        return "Bienes e insumos por solicitar a la Subdirección de Adquisiciones";
    }

    @Override
    public String body() {
        return "Para atender su reporte de mantenimiento de líneas telefónicas y de datos se requieren los "
                + "siguientes bienes e insumos, con los que no cuenta la Dirección. Le solicitamos tramitarlos ante "
                + "la Subdirección de Adquisiciones:\n"
                + (goods == null ? "" : goods.stream().map(g -> "- " + g).collect(Collectors.joining("\n")));
    }
}
