package mx.gob.veracruzmunicipio.dmiga.scr.document;

import static mx.gob.veracruzmunicipio.dmiga.scr.document.PdfLayout.BODY;
import static mx.gob.veracruzmunicipio.dmiga.scr.document.PdfLayout.BOLD;

import java.util.List;

import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;

import mx.gob.veracruzmunicipio.dmiga.scr.document.PdfLayout.SignatureBlock;
import mx.gob.veracruzmunicipio.dmiga.scr.oficio.OutgoingOficio;

/**
 * A reply oficio as Cero Papel delivers it: number and date, subject and the report it answers,
 * the addressee department, the body, and the Director's signature block.
 */
final class ReplyOficioDocument {

    private ReplyOficioDocument() {
    }

    /** {@code directorName} is null when no active account holds the Director's role: the line stays blank. */
    static byte[] render(OutgoingOficio oficio, String directorName) {
        String folio = oficio.getReport().getFolio();
        return PdfLayout.render(DocumentKind.OFICIO_RESPUESTA.label(), folio, document -> {
            document.add(right("Oficio núm. " + oficio.number(), BOLD));
            document.add(right("Veracruz, Ver., a " + PdfLayout.longDate(oficio.getCreatedAt()), BODY));
            document.add(right("Asunto: " + oficio.getSubject(), BOLD));
            Paragraph reference = right("Referencia: reporte " + folio, BODY);
            reference.setSpacingAfter(18);
            document.add(reference);

            document.add(new Paragraph("C. Titular de " + oficio.getRecipient(), BOLD));
            document.add(new Paragraph(PdfLayout.CITY_HALL, BODY));
            Paragraph present = new Paragraph("PRESENTE", BOLD);
            present.setSpacingAfter(14);
            document.add(present);

            for (String paragraph : oficio.getBody().strip().split("\\R\\s*\\R|\\R")) {
                if (!paragraph.isBlank()) {
                    document.add(PdfLayout.text(paragraph.strip()));
                }
            }
            Paragraph regards = new Paragraph("Sin otro particular, reciba un cordial saludo.", BODY);
            regards.setSpacingBefore(8);
            document.add(regards);
            Paragraph attentively = new Paragraph("ATENTAMENTE", BOLD);
            attentively.setAlignment(Element.ALIGN_CENTER);
            attentively.setSpacingBefore(18);
            document.add(attentively);
            document.add(PdfLayout.signatures(List.of(new SignatureBlock("", directorName,
                    PdfLayout.DIRECTOR_POSITION, PdfLayout.CITY_HALL))));
        });
    }

    private static Paragraph right(String text, com.lowagie.text.Font font) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setAlignment(Element.ALIGN_RIGHT);
        return paragraph;
    }
}
