package mx.gob.veracruzmunicipio.dmiga.scr.procedures;

import java.io.Serializable;
import java.time.Instant;

/** A line of material a report consumed from stock, as callers read it. */
public record MaterialUsed(String materialCode, String materialName, int quantity, String unitOfMeasure,
                           String step, String recordedBy, Instant recordedAt) implements Serializable {
}
