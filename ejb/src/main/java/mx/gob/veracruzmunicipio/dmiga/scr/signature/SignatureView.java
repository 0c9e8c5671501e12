package mx.gob.veracruzmunicipio.dmiga.scr.signature;

import java.io.Serializable;
import java.time.Instant;

/** A registered signature, for callers outside the package (dictamen PDF, web services, tests). */
public record SignatureView(String folio, SignedDocument document, String signerName, String signerPosition,
                            String signerDepartment, Instant signedAt, Integer rating, String comment,
                            Instant registeredAt, String registeredBy) implements Serializable {

    static SignatureView of(Signature signature) {
        return new SignatureView(signature.getReport().getFolio(), signature.getDocument(),
                signature.getSignerName(), signature.getSignerPosition(), signature.getSignerDepartment(),
                signature.getSignedAt(), signature.getRating(), signature.getComment(),
                signature.getRegisteredAt(), signature.getRegisteredBy());
    }
}
