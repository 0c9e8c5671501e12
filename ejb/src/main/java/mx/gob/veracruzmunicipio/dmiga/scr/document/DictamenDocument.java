package mx.gob.veracruzmunicipio.dmiga.scr.document;

import static mx.gob.veracruzmunicipio.dmiga.scr.document.PdfLayout.cell;
import static mx.gob.veracruzmunicipio.dmiga.scr.document.PdfLayout.dateTime;
import static mx.gob.veracruzmunicipio.dmiga.scr.document.PdfLayout.facts;
import static mx.gob.veracruzmunicipio.dmiga.scr.document.PdfLayout.section;
import static mx.gob.veracruzmunicipio.dmiga.scr.document.PdfLayout.text;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import com.lowagie.text.pdf.PdfPTable;

import mx.gob.veracruzmunicipio.dmiga.scr.account.Role;
import mx.gob.veracruzmunicipio.dmiga.scr.document.PdfLayout.SignatureBlock;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr03.DictamenView;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr03.Verdict;
import mx.gob.veracruzmunicipio.dmiga.scr.signature.SignatureView;

/**
 * The Dictamen Técnico of PR-DMIGA-03: legal basis, every item with its findings and verdict
 * (Baja, or Reparable with its technical requirements), and the signature blocks: who issued it,
 * then every signature registered through Cero Papel and a blank line for each still missing.
 */
final class DictamenDocument {

    private DictamenDocument() {
    }

    static byte[] render(DictamenView dictamen, String issuedByName) {
        DocumentKind kind = DocumentKind.DICTAMEN_TECNICO;
        return PdfLayout.render(kind.label(), dictamen.folio(), document -> {
            PdfLayout.title(document, kind.label(), dictamen.folio());
            document.add(facts(
                    "Área solicitante", dictamen.requestingDepartment(),
                    "Fecha del dictamen", dictamen.date() == null ? "En elaboración" : PdfLayout.longDate(dictamen.date()),
                    "Bienes", dictamen.items().size() + " (baja: " + dictamen.itemsFor(Verdict.BAJA).size()
                            + "; reparables: " + dictamen.itemsFor(Verdict.REPARABLE).size() + ")"));
            document.add(section("Fundamento legal"));
            document.add(text(dictamen.legalBasis()));

            document.add(section("Bienes revisados"));
            PdfPTable items = PdfLayout.table(new float[] {0.5f, 1.2f, 2.4f, 1.3f, 2.9f, 1.8f},
                    "No.", "Inventario", "Bien", "Serie", "Hallazgos", "Dictamen");
            for (DictamenView.Item item : dictamen.items()) {
                cell(items, String.valueOf(item.number()));
                cell(items, item.inventoryNumber());
                cell(items, item.type() + "\n" + item.brand() + " " + item.model());
                cell(items, item.serialNumber());
                cell(items, item.findings().stream().map(f -> "• " + f).collect(Collectors.joining("\n")));
                cell(items, item.verdict() == null ? "Sin dictamen"
                        : item.verdict().label() + (item.verdict() == Verdict.REPARABLE && item.requirements() != null
                                ? "\nRequiere: " + item.requirements() : ""));
            }
            document.add(items);

            List<SignatureBlock> blocks = new ArrayList<>();
            blocks.add(new SignatureBlock("Elaboró", issuedByName, Role.MANTENIMIENTO.label(),
                    dictamen.issuedAt() == null ? "En elaboración" : "Emitido el " + dateTime(dictamen.issuedAt())));
            for (SignatureView signature : dictamen.signatures()) {
                blocks.add(new SignatureBlock("Firmó", signature.signerName(),
                        signature.signerPosition() + ", " + signature.signerDepartment(),
                        "Firmó el " + dateTime(signature.signedAt())));
            }
            for (String missing : dictamen.missingSignatures()) {
                blocks.add(new SignatureBlock("Por firmar", null, missing, "Pendiente de firma"));
            }
            document.add(PdfLayout.signatures(blocks));
        });
    }
}
