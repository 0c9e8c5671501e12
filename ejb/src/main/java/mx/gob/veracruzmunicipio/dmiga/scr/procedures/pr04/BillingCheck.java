package mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr04;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ActionData;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Label;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Upload;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.UploadOf;

/**
 * Step 1A: the provider's CFDI (XML and its PDF) and the coordinator's verdict on it. Nothing of the
 * invoice is retyped: the billing data is read from the XML ({@code invoice.CfdiParser}) and checked
 * when the data is declared correct. When it is wrong, only the description of what is wrong is
 * required, since the provider will send another invoice anyway.
 */
public record BillingCheck(
        @Label("Factura XML (CFDI)") @NotNull(message = "{factura.xml.requerido}")
        @UploadOf(extensions = "xml", maxBytes = BillingCheck.MAX_XML_BYTES, label = "Factura XML (CFDI)") Upload invoiceXml,
        @Label("Factura PDF") @NotNull(message = "{factura.pdf.requerido}")
        @UploadOf(extensions = "pdf", maxBytes = BillingCheck.MAX_PDF_BYTES, label = "Factura PDF") Upload invoicePdf,
        @Label("Datos correctos") @NotNull(message = "{factura.veredicto.requerido}") Boolean dataCorrect,
        @Label("Datos incorrectos") @Size(max = 2000, message = "{factura.problemas.largos}") String problems,
        @Size(max = 4000, message = "{accion.observaciones.largas}") String observations) implements ActionData {

    /** A CFDI is a few kilobytes; a megabyte leaves room for many concepts and addenda. */
    public static final long MAX_XML_BYTES = 1_000_000;
    public static final long MAX_PDF_BYTES = 5_000_000;

    /** What the provider must fix is what the returned invoice is about. */
    @AssertTrue(message = "{factura.problemas.requeridos}")
    boolean isProblemDescribed() {
        return dataCorrect == null || dataCorrect || (problems != null && !problems.isBlank());
    }
}
