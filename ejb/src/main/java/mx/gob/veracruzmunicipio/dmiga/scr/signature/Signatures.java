package mx.gob.veracruzmunicipio.dmiga.scr.signature;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import mx.gob.veracruzmunicipio.dmiga.scr.platform.InputValidation;
import mx.gob.veracruzmunicipio.dmiga.scr.report.Report;
import mx.gob.veracruzmunicipio.dmiga.scr.report.Reports;

/**
 * The signatures of reports' documents. Registering is a procedure's effect: the procedure's step
 * (through the workflow engine) decides who may sign and when, so this bean checks only the data.
 * Reading goes through {@link Reports}, which limits a requesting area to its own reports.
 */
@Stateless
@PermitAll // writes come from procedure effects already authorized by the engine; reads via Reports
public class Signatures {

    @Resource
    SessionContext context;

    @PersistenceContext
    EntityManager em;

    @Inject
    InputValidation validation;

    @EJB
    Reports reports;

    /**
     * Registers a signature in the caller's transaction. The same signer on the same document of
     * the same report again gets the first signature back and nothing new is stored.
     */
    public SignatureView register(Report report, NewSignature signature) {
        validation.require(signature);
        String signer = signerName(signature.signerName());
        Optional<Signature> earlier = find(report, signature.document(), signer);
        if (earlier.isPresent()) {
            return SignatureView.of(earlier.get());
        }
        Signature created = new Signature(report, signature, signer, Instant.now().truncatedTo(ChronoUnit.MILLIS),
                context.getCallerPrincipal().getName());
        em.persist(created);
        return SignatureView.of(created);
    }

    /** The signature of that signer on that document of the report, if already registered. */
    public Optional<SignatureView> find(String folio, SignedDocument document, String signerName) {
        if (signerName == null || signerName.isBlank()) {
            return Optional.empty();
        }
        return find(reports.get(folio), document, signerName(signerName)).map(SignatureView::of);
    }

    /** The signatures of the report's documents, in the order they were signed. */
    public List<SignatureView> of(String folio) {
        return of(reports.get(folio));
    }

    /** The signatures of one document of the report, in the order they were signed. */
    public List<SignatureView> of(String folio, SignedDocument document) {
        return of(folio).stream().filter(s -> s.document() == document).toList();
    }

    /** The same for a report a procedure already holds (its own checks done). */
    public List<SignatureView> of(Report report) {
        return em.createNamedQuery(Signature.OF_REPORT, Signature.class).setParameter("report", report)
                .getResultStream().map(SignatureView::of).toList();
    }

    private Optional<Signature> find(Report report, SignedDocument document, String signerName) {
        return em.createNamedQuery(Signature.BY_SIGNER, Signature.class)
                .setParameter("report", report)
                .setParameter("document", document)
                .setParameter("signerName", signerName)
                .getResultStream().findFirst();
    }

    /** Stored as written but without stray blanks, so a retry with extra spaces is the same signer. */
    static String signerName(String name) {
        return name.strip().replaceAll("\\s+", " ");
    }
}
