package mx.gob.veracruzmunicipio.dmiga.scr.it;

import static mx.gob.veracruzmunicipio.dmiga.scr.it.SignedIn.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import mx.gob.veracruzmunicipio.dmiga.scr.intake.ReportIntake;
import mx.gob.veracruzmunicipio.dmiga.scr.platform.InvalidInputException;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ProcedureKey;
import mx.gob.veracruzmunicipio.dmiga.scr.report.Report;
import mx.gob.veracruzmunicipio.dmiga.scr.report.Reports;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ServiceCategory;
import mx.gob.veracruzmunicipio.dmiga.scr.signature.NewSignature;
import mx.gob.veracruzmunicipio.dmiga.scr.signature.SignatureView;
import mx.gob.veracruzmunicipio.dmiga.scr.signature.SignedDocument;
import mx.gob.veracruzmunicipio.dmiga.scr.signature.Signatures;

/** Signatures of reports' documents: idempotent per signer and document, rated on a service report. */
@ExtendWith(ArquillianExtension.class)
class SignaturesIT {

    private static final Instant SIGNED = Instant.parse("2026-11-26T18:30:00Z");

    @Deployment
    static EnterpriseArchive deployment() {
        return ScrDeployment.earWith(SignaturesIT.class, TestOficios.class);
    }

    @Inject
    ReportIntake intake;

    @Inject
    Reports reports;

    @Inject
    Signatures signatures;

    @Test
    void theSameSignerOnTheSameDocumentAgainGetsTheFirstSignatureBack() throws Exception {
        String folio = newReport();
        SignatureView first = register(folio, new NewSignature(SignedDocument.REPORTE_SERVICIO, "Rosa Aguilar Vega",
                "Jefa de departamento", "Tesorería Municipal", SIGNED, 5, "Atención rápida"));

        SignatureView again = register(folio, new NewSignature(SignedDocument.REPORTE_SERVICIO, "  Rosa  Aguilar Vega ",
                "Jefa de departamento", "Tesorería Municipal", SIGNED.plusSeconds(60), 3, "Reintento"));

        assertEquals(first, again);
        assertEquals(5, again.rating());
        assertEquals("ceropapel", again.registeredBy());
        List<SignatureView> stored = as("director", "demo", () -> signatures.of(folio));
        assertEquals(List.of(first), stored);
        assertEquals(first, as("director", "demo", () -> signatures.find(folio, SignedDocument.REPORTE_SERVICIO,
                "Rosa Aguilar Vega")).orElseThrow());
    }

    @Test
    void theSameSignerOnAnotherDocumentIsAnotherSignature() throws Exception {
        String folio = newReport();
        register(folio, new NewSignature(SignedDocument.REPORTE_SERVICIO, "Rosa Aguilar Vega", "Jefa de departamento",
                "Tesorería Municipal", SIGNED, 4, null));
        register(folio, new NewSignature(SignedDocument.OFICIO, "Rosa Aguilar Vega", "Jefa de departamento",
                "Tesorería Municipal", SIGNED, null, null));

        assertEquals(2, as("director", "demo", () -> signatures.of(folio)).size());
        assertEquals(1, as("director", "demo", () -> signatures.of(folio, SignedDocument.OFICIO)).size());
        assertTrue(as("director", "demo", () -> signatures.of(folio, SignedDocument.ORDEN_PAGO)).isEmpty());
    }

    @Test
    void aServiceReportIsSignedWithItsRatingFromOneToFiveAndNothingIsStoredOtherwise() throws Exception {
        String folio = newReport();

        InvalidInputException unrated = assertThrows(InvalidInputException.class, () -> register(folio,
                new NewSignature(SignedDocument.REPORTE_SERVICIO, "Rosa Aguilar Vega", "Jefa de departamento",
                        "Tesorería Municipal", SIGNED, null, null)));
        InvalidInputException outOfRange = assertThrows(InvalidInputException.class, () -> register(folio,
                new NewSignature(SignedDocument.REPORTE_SERVICIO, "Rosa Aguilar Vega", "Jefa de departamento",
                        "Tesorería Municipal", SIGNED, 6, null)));
        InvalidInputException incomplete = assertThrows(InvalidInputException.class, () -> register(folio,
                new NewSignature(SignedDocument.DICTAMEN_TECNICO, " ", null, "Tesorería Municipal", null, null, null)));

        assertEquals(List.of("La calificación del servicio (1 a 5) es obligatoria al firmar un reporte de servicio."),
                unrated.messages());
        assertEquals(List.of("La calificación del servicio debe estar entre 1 y 5."), outOfRange.messages());
        assertEquals(List.of("La fecha de la firma es obligatoria.", "El nombre de quien firma es obligatorio.",
                "El cargo de quien firma es obligatorio."), incomplete.messages());
        assertTrue(as("director", "demo", () -> signatures.of(folio)).isEmpty());
    }

    private SignatureView register(String folio, NewSignature signature) throws Exception {
        return as("ceropapel", "demo", () -> {
            Report report = reports.get(folio);
            return signatures.register(report, signature);
        });
    }

    private String newReport() throws Exception {
        return as("ceropapel", "demo", () -> intake.receiveOficio(TestOficios.asking(ProcedureKey.PR_DMIGA_06,
                ServiceCategory.SISTEMAS_INFORMACION, "Firma de prueba"))).folio();
    }
}
