package mx.gob.veracruzmunicipio.dmiga.scr.it;

import static mx.gob.veracruzmunicipio.dmiga.scr.it.SignedIn.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;

import javax.naming.InitialContext;
import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import mx.gob.veracruzmunicipio.dmiga.scr.intake.ReportIntake;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.Authorization;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr06.ApplicationChangeProcedure;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ProcedureKey;
import mx.gob.veracruzmunicipio.dmiga.scr.report.Reports;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ServiceCategory;
import mx.gob.veracruzmunicipio.dmiga.scr.report.TimelineCheck;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ActionData.Note;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ReportView;

/** A timeline row changed or removed directly in the database is caught by the verification. */
@ExtendWith(ArquillianExtension.class)
class TimelineIntegrityIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return ScrDeployment.earWith(TimelineIntegrityIT.class, TestOficios.class);
    }

    @Inject
    ReportIntake intake;

    @Inject
    ApplicationChangeProcedure procedure;

    @Inject
    Reports reports;

    @Test
    void anEditedRowIsReportedAsTheFirstEntryThatNoLongerMatches() throws Exception {
        String folio = reportWithThreeEntries();
        assertTrue(as("contraloria", "demo", () -> reports.verifyTimeline(folio)).intact());

        sql("UPDATE timeline_entry SET observations = 'Autorizado sin revisar' WHERE sequence_number = 3 "
                + "AND report_id = (SELECT id FROM report WHERE folio = ?)", folio);
        TimelineCheck check = as("contraloria", "demo", () -> reports.verifyTimeline(folio));

        assertFalse(check.intact());
        assertEquals(3, check.firstBrokenEntry());
        assertEquals("La entrada 3 no coincide: el contenido de la entrada fue modificado.", check.explanation());
    }

    @Test
    void aDeletedLastRowIsCaughtByTheReportsHead() throws Exception {
        String folio = reportWithThreeEntries();

        sql("DELETE FROM timeline_entry WHERE sequence_number = 3 AND report_id = (SELECT id FROM report WHERE folio = ?)",
                folio);
        TimelineCheck check = as("contraloria", "demo", () -> reports.verifyTimeline(folio));

        assertFalse(check.intact());
        assertEquals(3, check.firstBrokenEntry());
        assertEquals("La entrada 3 no coincide: faltan entradas al final de la bitácora.", check.explanation());
    }

    private String reportWithThreeEntries() throws Exception {
        String folio = as("ceropapel", "demo", () -> intake.receiveOficio(TestOficios.asking(ProcedureKey.PR_DMIGA_06,
                ServiceCategory.SISTEMAS_INFORMACION, "Bitácora a prueba de cambios"))).folio();
        ReportView at2 = as("director", "demo", () -> reports.view(folio));
        ReportView at3 = as("secretaria", "demo", () -> procedure.generateReport(at2.ref(), new Note("Completo")));
        ReportView at4 = as("director", "demo", () -> procedure.authorize(at3.ref(), new Authorization("Proceder", null)));
        assertEquals("4", at4.currentStep());
        return folio;
    }

    private static void sql(String statement, String folio) throws Exception {
        DataSource dataSource = (DataSource) new InitialContext().lookup("java:jboss/datasources/ScrDS");
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(statement)) {
            update.setString(1, folio);
            assertEquals(1, update.executeUpdate());
        }
    }
}
