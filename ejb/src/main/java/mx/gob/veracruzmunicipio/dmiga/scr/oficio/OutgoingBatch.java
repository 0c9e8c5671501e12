package mx.gob.veracruzmunicipio.dmiga.scr.oficio;

import java.io.Serializable;
import java.util.List;

/** One batch of undelivered reply oficios, and the cursor to ask for the next (contract: LoteOficiosSalientes). */
public record OutgoingBatch(List<OutgoingOficioView> oficios, String nextCursor) implements Serializable {
}
