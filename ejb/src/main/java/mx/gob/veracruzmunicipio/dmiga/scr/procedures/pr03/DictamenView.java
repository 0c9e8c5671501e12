package mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr03;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import mx.gob.veracruzmunicipio.dmiga.scr.signature.SignatureView;

/**
 * The Dictamen Técnico of a PR-DMIGA-03 report as its PDF shows it: folio, date, legal basis,
 * the items with their findings and verdict, and the signature blocks (signed and still missing).
 * {@code issuedAt} and {@code date} are null until MANTENIMIENTO issues the dictamen.
 */
public record DictamenView(String folio, String requestingDepartment, LocalDate date, Instant issuedAt,
                           String issuedBy, String legalBasis, List<Item> items, List<SignatureView> signatures,
                           List<String> missingSignatures) implements Serializable {

    public static final String LEGAL_BASIS = "Artículos 95 y 107 de la Ley de Adquisiciones, Arrendamientos, "
            + "Administración y Enajenación de Bienes Muebles del Estado de Veracruz de Ignacio de la Llave.";

    /** One item: what it is, the parts found damaged or obsolete, and the verdict. */
    public record Item(int number, String inventoryNumber, String type, String brand, String model,
                       String serialNumber, List<Finding> findings, Verdict verdict, String requirements)
            implements Serializable {
    }

    public List<Item> itemsFor(Verdict verdict) {
        return items.stream().filter(i -> i.verdict() == verdict).toList();
    }

    public boolean fullySigned() {
        return missingSignatures.isEmpty();
    }
}
