package mx.gob.veracruzmunicipio.dmiga.scr.signature;

import java.io.Serializable;
import java.time.Instant;

import mx.gob.veracruzmunicipio.dmiga.scr.report.ReportStatus;

/**
 * The acknowledgement of a signature Cero Papel sent (contract: AcuseFirma): the signature as
 * registered, duplicate when the same signer had signed that document of the report before, and
 * where the report stands now.
 */
public record SignatureReceipt(String folio, SignedDocument document, String signerName, Instant registeredAt,
                               boolean duplicate, ReportStatus status, String currentStep) implements Serializable {
}
