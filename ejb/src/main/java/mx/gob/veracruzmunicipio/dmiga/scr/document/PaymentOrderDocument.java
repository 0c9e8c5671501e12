package mx.gob.veracruzmunicipio.dmiga.scr.document;

import static mx.gob.veracruzmunicipio.dmiga.scr.document.PdfLayout.dateTime;
import static mx.gob.veracruzmunicipio.dmiga.scr.document.PdfLayout.facts;
import static mx.gob.veracruzmunicipio.dmiga.scr.document.PdfLayout.money;
import static mx.gob.veracruzmunicipio.dmiga.scr.document.PdfLayout.section;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import mx.gob.veracruzmunicipio.dmiga.scr.account.Role;
import mx.gob.veracruzmunicipio.dmiga.scr.document.PdfLayout.SignatureBlock;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr04.PaymentOrderView;

/**
 * The payment order of PR-DMIGA-04: the verified invoice, the provider, amount, partida and
 * concept, and the chain's signature blocks (who signed, as what, when; pending ones blank), for
 * the order as last drafted.
 */
final class PaymentOrderDocument {

    /** The signers of the chain, in the order the manual has the order go (steps 3A, 4, 7, 10, 11). */
    private static final List<Role> CHAIN = List.of(Role.DIRECTOR, Role.ADQUISICIONES, Role.CONTRALORIA,
            Role.PRESUPUESTOS, Role.COMISION_HACIENDA);

    private PaymentOrderDocument() {
    }

    static byte[] render(PaymentOrderView order, Map<String, String> names) {
        DocumentKind kind = DocumentKind.ORDEN_PAGO;
        PaymentOrderView.Invoice invoice = order.invoice();
        return PdfLayout.render(kind.label(), order.folio(), document -> {
            PdfLayout.title(document, kind.label(), order.folio());
            document.add(section("Proveedor y pago"));
            document.add(facts(
                    "Proveedor", order.providerName() == null ? null : order.providerName() + " (RFC " + order.providerRfc() + ")",
                    "Importe", money(order.amount()),
                    "Partida presupuestal", order.budgetItemCode(),
                    "Concepto", order.concept(),
                    "Elaboró", order.draftedBy() == null ? null
                            : names.getOrDefault(order.draftedBy(), order.draftedBy()) + ", "
                                    + Role.COORD_SEGUIMIENTO.label() + ", el " + dateTime(order.draftedAt())
                                    + (order.draftRound() > 1 ? " (corrección " + (order.draftRound() - 1) + ")" : ""),
                    "Transferencia", order.transfer() == null ? "Pendiente"
                            : order.transfer().paymentReference() + " del " + PdfLayout.longDate(order.transfer().transferDate())));
            document.add(section("Factura (CFDI)"));
            document.add(facts(
                    "Folio fiscal (UUID)", invoice.uuid(),
                    "Serie y folio", invoice.folio(),
                    "RFC emisor", invoice.issuerRfc(),
                    "RFC receptor", invoice.receiverRfc(),
                    "Fecha de emisión", PdfLayout.longDate(invoice.issuedOn()),
                    "Subtotal", money(invoice.subtotal()),
                    "Impuestos trasladados", money(invoice.transferredTaxes()),
                    "Impuestos retenidos", money(invoice.withheldTaxes()),
                    "Total", money(invoice.total()),
                    "Concepto facturado", invoice.concept(),
                    "Estado en el SAT", invoice.satStatus() == null ? "Sin consultar"
                            : invoice.satStatus().label() + " (consultado el " + dateTime(invoice.satCheckedAt()) + ")"));

            List<PaymentOrderView.Signature> signed = order.currentSignatures();
            List<SignatureBlock> blocks = new ArrayList<>();
            for (Role role : CHAIN) {
                blocks.add(signed.stream().filter(s -> s.role() == role).reduce((first, last) -> last)
                        .map(s -> new SignatureBlock(role == Role.DIRECTOR ? "Autorizó" : "Validó", s.name(),
                                role.label(), "Firmó el " + dateTime(s.at())))
                        .orElse(new SignatureBlock(role == Role.DIRECTOR ? "Autorizó" : "Validó", null, role.label(),
                                "Pendiente de firma")));
            }
            document.add(PdfLayout.signatures(blocks));
        });
    }
}
