package mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr04;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import mx.gob.veracruzmunicipio.dmiga.scr.account.Role;

/**
 * The payment order of a report as the intranet, the web services and the order's PDF read it.
 * Order fields are null until step 3 drafts it; commitment is the money currently held on the
 * partida (null when none); transfer is null until Egresos pays; satQueries are step 2's questions
 * to SAT, oldest first.
 */
public record PaymentOrderView(String folio, Invoice invoice, String providerRfc, String providerName,
                               BigDecimal amount, String budgetItemCode, String concept, int draftRound,
                               String draftedBy, Instant draftedAt, List<Signature> signatures,
                               Commitment commitment, List<Commitment> commitmentHistory,
                               TransferMade transfer, List<SatQuery> satQueries) implements Serializable {

    public record Invoice(String uuid, String folio, String issuerRfc, String receiverRfc, LocalDate issuedOn,
                          BigDecimal subtotal, BigDecimal transferredTaxes, BigDecimal withheldTaxes,
                          BigDecimal total, String concept, String verifiedBy, Instant verifiedAt,
                          SatStatus satStatus, String satStatusCode, String satCheckedBy, Instant satCheckedAt,
                          String issuerName, String receiverName, String currency, BigDecimal discount,
                          LocalDateTime stampedAt, String sealTail, List<String> warnings)
            implements Serializable {
    }

    public record Signature(int draftRound, String step, Role role, String username, String name, Instant at,
                            boolean approved, String reason) implements Serializable {
    }

    public record Commitment(String budgetItemCode, BigDecimal amount, String committedBy, Instant committedAt,
                             String releasedBy, Instant releasedAt, String releaseReason) implements Serializable {
    }

    /** A question to SAT's CFDI verification and its answer (or why there was none). */
    public record SatQuery(String expression, SatStatus outcome, String statusCode, String state,
                           String cancellable, String cancellationStatus, String efosValidation, String failure,
                           Instant askedAt, String askedBy) implements Serializable {
    }

    public record TransferMade(String paymentReference, LocalDate transferDate, String paidBy, Instant paidAt)
            implements Serializable {
    }

    /** The approvals of the order as last drafted: what its PDF prints. */
    public List<Signature> currentSignatures() {
        return signatures.stream().filter(s -> s.draftRound() == draftRound && s.approved()).toList();
    }

    static PaymentOrderView of(PaymentOrder order) {
        Invoice invoice = new Invoice(order.getInvoiceUuid(), order.getInvoiceFolio(), order.getIssuerRfc(),
                order.getReceiverRfc(), order.getInvoiceIssuedOn(), order.getInvoiceSubtotal(),
                order.getTransferredTaxes(), order.getWithheldTaxes(), order.getInvoiceTotal(),
                order.getInvoiceConcept(), order.getBillingVerifiedBy(), order.getBillingVerifiedAt(),
                order.getSatStatus(), order.getSatStatusCode(), order.getSatCheckedBy(), order.getSatCheckedAt(),
                order.getIssuerName(), order.getReceiverName(), order.getInvoiceCurrency(), order.getInvoiceDiscount(),
                order.getInvoiceStampedAt(), order.getInvoiceSealTail(),
                order.getBillingWarnings() == null ? List.of() : List.of(order.getBillingWarnings().split("\n")));
        List<Signature> signatures = order.getSignatures().stream()
                .map(s -> new Signature(s.getDraftRound(), s.getStep(), s.getSignerRole(), s.getSignerUsername(),
                        s.getSignerName(), s.getSignedAt(), s.isApproved(), s.getReason()))
                .toList();
        List<Commitment> commitments = order.getCommitments().stream()
                .map(c -> new Commitment(c.getBudgetItemCode(), c.getAmount(), c.getCommittedBy(), c.getCommittedAt(),
                        c.getReleasedBy(), c.getReleasedAt(), c.getReleaseReason()))
                .toList();
        Commitment active = commitments.stream().filter(c -> c.releasedAt() == null).findFirst().orElse(null);
        TransferMade transfer = order.getTransferReference() == null ? null : new TransferMade(
                order.getTransferReference(), order.getTransferDate(), order.getPaidBy(), order.getPaidAt());
        return new PaymentOrderView(order.getReport().getFolio(), invoice,
                order.getProvider() == null ? null : order.getProvider().getRfc(),
                order.getProvider() == null ? null : order.getProvider().getName(),
                order.getAmount(), order.getBudgetItemCode(), order.getConcept(), order.getDraftRound(),
                order.getDraftedBy(), order.getDraftedAt(), signatures, active, commitments, transfer,
                order.getSatQueries().stream().map(q -> new SatQuery(q.getExpression(), q.getOutcome(),
                        q.getStatusCode(), q.getState(), q.getCancellable(), q.getCancellationStatus(),
                        q.getEfosValidation(), q.getFailure(), q.getAskedAt(), q.getAskedBy())).toList());
    }
}
