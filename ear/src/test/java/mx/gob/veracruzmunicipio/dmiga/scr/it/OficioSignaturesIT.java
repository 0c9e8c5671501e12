package mx.gob.veracruzmunicipio.dmiga.scr.it;

import static mx.gob.veracruzmunicipio.dmiga.scr.it.SignedIn.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.xml.soap.SOAPMessage;
import jakarta.xml.ws.soap.SOAPFaultException;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import mx.gob.veracruzmunicipio.dmiga.scr.intake.ReportIntake;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr01.EventAttention;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr01.RaisedReport;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr01.ServiceReportProcedure;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr03.EquipmentDictamenProcedure;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr03.EquipmentReception;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr03.Finding;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr03.ItemVerification;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr03.PartCondition;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr03.ReceivedItem;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr03.Verdict;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ProcedureKey;
import mx.gob.veracruzmunicipio.dmiga.scr.report.Reports;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ServiceCategory;
import mx.gob.veracruzmunicipio.dmiga.scr.report.TimelineView;
import mx.gob.veracruzmunicipio.dmiga.scr.signature.SignatureView;
import mx.gob.veracruzmunicipio.dmiga.scr.signature.SignedDocument;
import mx.gob.veracruzmunicipio.dmiga.scr.signature.Signatures;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ActionData.Note;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ReportView;

/**
 * RegistrarFirma as Cero Papel calls it, over SOAP (client built from the served WSDL) and REST:
 * the signed and rated service report of PR-DMIGA-01 and the dictamen signatures of PR-DMIGA-03
 * move their reports on, once; wrong documents, steps and data are refused and store nothing.
 * The reports are brought to the signing step through the procedure beans, as the staff would.
 */
@ExtendWith(ArquillianExtension.class)
class OficioSignaturesIT {

    private static final String V1 = Http.SERVER + "/scr/api/v1";
    private static final String JSON = "application/json";

    @Deployment
    static EnterpriseArchive deployment() {
        return ScrDeployment.earWith(OficioSignaturesIT.class, TestOficios.class, OficioSoap.class, Http.class);
    }

    @Inject
    ReportIntake intake;

    @Inject
    ServiceReportProcedure serviceReports;

    @Inject
    EquipmentDictamenProcedure dictamens;

    @Inject
    Reports reports;

    @Inject
    Signatures signatures;

    @Test
    void aServiceReportSignedAndRatedOverSoapMovesToClosingOnceHoweverOftenItIsSent() throws Exception {
        ReportView at5 = serviceReportAtStep5();
        OficioSoap soap = new OficioSoap("ceropapel", "demo");

        SOAPMessage first = soap.call(firma(at5.folio(), "REPORTE_SERVICIO", "Jefe de cajas", "<scr:calificacion>4</scr:calificacion>"
                + "<scr:comentario>Atención rápida</scr:comentario>"));
        assertEquals("RECIBIDO", OficioSoap.text(first, "estado"));
        assertEquals(at5.folio(), OficioSoap.text(first, "folio"));
        assertEquals("6", OficioSoap.text(first, "pasoActual"));
        assertEquals("EN_TRAMITE", OficioSoap.text(first, "estatus"));

        SOAPMessage again = soap.call(firma(at5.folio(), "REPORTE_SERVICIO", " Jefe  de cajas ",
                "<scr:calificacion>2</scr:calificacion>"));
        assertEquals("DUPLICADO", OficioSoap.text(again, "estado"));
        assertEquals(OficioSoap.text(first, "fechaRegistro"), OficioSoap.text(again, "fechaRegistro"));

        List<SignatureView> signed = as("director", "demo", () -> signatures.of(at5.folio()));
        assertEquals(1, signed.size());
        assertEquals(4, signed.get(0).rating());
        assertEquals("Tesorería Municipal", signed.get(0).signerDepartment());
        List<TimelineView> timeline = as("director", "demo", () -> reports.timeline(at5.folio()));
        assertEquals(1, timeline.stream().filter(e -> e.action().equals("FIRMAR_Y_CALIFICAR")).count());
        assertTrue(timeline.get(timeline.size() - 1).details().contains("Calificación: 4"), timeline.toString());
    }

    @Test
    void aSignatureTheReportDoesNotAwaitIsRefusedAndNothingIsStored() throws Exception {
        ReportView at4 = serviceReportAtStep4();
        Http http = new Http();

        HttpResponse<String> early = http.post(V1 + "/reportes/" + at4.folio() + "/firmas", JSON,
                firmaJson("REPORTE_SERVICIO", "\"calificacion\": 5"), "ceropapel", "demo");
        assertEquals(409, early.statusCode(), early.body());
        assertEquals("application/problem+json", early.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(early.body().contains("está en el paso 4") && early.body().contains("paso 5"), early.body());

        HttpResponse<String> dictamen = http.post(V1 + "/reportes/" + at4.folio() + "/firmas", JSON,
                firmaJson("DICTAMEN_TECNICO", "\"calificacion\": null"), "ceropapel", "demo");
        assertEquals(400, dictamen.statusCode(), dictamen.body());
        assertTrue(dictamen.body().contains("solo corresponde a PR-DMIGA-03"), dictamen.body());

        HttpResponse<String> order = http.post(V1 + "/reportes/" + at4.folio() + "/firmas", JSON,
                firmaJson("ORDEN_PAGO", "\"calificacion\": null"), "ceropapel", "demo");
        assertEquals(400, order.statusCode(), order.body());
        assertTrue(order.body().contains("no recibe firmas de Cero Papel"), order.body());

        HttpResponse<String> unknownDocument = http.post(V1 + "/reportes/" + at4.folio() + "/firmas", JSON,
                firmaJson("ACTA", "\"calificacion\": 5"), "ceropapel", "demo");
        assertEquals(400, unknownDocument.statusCode());
        assertTrue(unknownDocument.body().contains("El documento «ACTA» no existe"), unknownDocument.body());

        HttpResponse<String> wrongType = http.post(V1 + "/reportes/" + at4.folio() + "/firmas", JSON,
                firmaJson("REPORTE_SERVICIO", "\"calificacion\": \"excelente\""), "ceropapel", "demo");
        assertEquals(400, wrongType.statusCode());
        assertTrue(wrongType.body().contains("«calificacion»"), wrongType.body());

        HttpResponse<String> otherFolio = http.post(V1 + "/reportes/" + at4.folio() + "/firmas", JSON,
                "{\"folio\": \"DMIGA-2000-000001\", " + firmaJson("REPORTE_SERVICIO", "\"calificacion\": 5").substring(1),
                "ceropapel", "demo");
        assertEquals(400, otherFolio.statusCode());
        assertTrue(otherFolio.body().contains("no coincide"), otherFolio.body());

        HttpResponse<String> noReport = http.post(V1 + "/reportes/DMIGA-2000-999999/firmas", JSON,
                firmaJson("REPORTE_SERVICIO", "\"calificacion\": 5"), "ceropapel", "demo");
        assertEquals(404, noReport.statusCode());

        assertEquals(403, http.post(V1 + "/reportes/" + at4.folio() + "/firmas", JSON,
                firmaJson("REPORTE_SERVICIO", "\"calificacion\": 5"), "as400", "demo").statusCode());

        ReportView at5 = as("mantenimiento", "demo", () -> serviceReports.attend(at4.ref(),
                new EventAttention("Se configuró la impresora de red", List.of(), null)));
        HttpResponse<String> unrated = http.post(V1 + "/reportes/" + at5.folio() + "/firmas", JSON,
                firmaJson("REPORTE_SERVICIO", "\"calificacion\": null"), "ceropapel", "demo");
        assertEquals(400, unrated.statusCode());
        assertTrue(unrated.body().contains(
                "La calificación del servicio (1 a 5) es obligatoria al firmar un reporte de servicio."), unrated.body());

        OficioSoap soap = new OficioSoap("ceropapel", "demo");
        SOAPFaultException outOfRange = assertThrows(SOAPFaultException.class, () -> soap.call(
                firma(at5.folio(), "REPORTE_SERVICIO", "Jefe de cajas", "<scr:calificacion>7</scr:calificacion>")));
        assertEquals(List.of("El valor «7» no es válido para calificacion: debe ser como máximo 5."),
                OficioSoap.errors(outOfRange));
        SOAPFaultException noSigner = assertThrows(SOAPFaultException.class, () -> soap.call(
                firma(at5.folio(), "REPORTE_SERVICIO", "Jefe de cajas", "<scr:calificacion>5</scr:calificacion>")
                        .replaceAll("<scr:firmante>.*</scr:firmante>", "")));
        assertTrue(OficioSoap.errors(noSigner).get(0).contains("firmante"), OficioSoap.errors(noSigner).toString());

        ReportView after = as("director", "demo", () -> reports.view(at5.folio()));
        assertEquals(at5.version(), after.version());
        assertEquals("5", after.currentStep());
        assertEquals(List.of(), as("director", "demo", () -> signatures.of(at5.folio())));
    }

    @Test
    void theDictamenIsSignedOverRestByTheAreaAndTheDirectorAndThenGoesToClosing() throws Exception {
        ReportView at5 = dictamenAtStep5();
        Http http = new Http();
        String url = V1 + "/reportes/" + at5.folio() + "/firmas";
        String area = "{\"documento\": \"DICTAMEN_TECNICO\", \"firmante\": {\"nombre\": \"Laura Pérez Gómez\","
                + " \"cargo\": \"Jefa de oficina\", \"dependencia\": \"Tesorería Municipal\"},"
                + " \"fechaFirma\": \"2026-11-25T11:00:00-06:00\"}";

        HttpResponse<String> first = http.post(url, JSON, area, "ceropapel", "demo");
        assertEquals(201, first.statusCode(), first.body());
        assertTrue(first.body().contains("\"estado\":\"RECIBIDO\"") && first.body().contains("\"pasoActual\":\"5\""),
                first.body());
        HttpResponse<String> again = http.post(url, JSON, area, "ceropapel", "demo");
        assertEquals(200, again.statusCode());
        assertTrue(again.body().contains("\"estado\":\"DUPLICADO\""), again.body());

        String other = area.replace("Laura", "Otra");
        String rating = other.substring(0, other.length() - 1) + ", \"calificacion\": 3}";
        HttpResponse<String> rated = http.post(url, JSON, rating, "ceropapel", "demo");
        assertEquals(400, rated.statusCode(), rated.body());
        assertTrue(rated.body().contains("el dictamen técnico no se califica"), rated.body());

        HttpResponse<String> director = http.post(url, JSON, "{\"documento\": \"DICTAMEN_TECNICO\", \"firmante\":"
                + " {\"nombre\": \"Mtro. Jorge Ruiz\", \"cargo\": \"Director\", \"dependencia\": \"DMIGA\"},"
                + " \"fechaFirma\": \"2026-11-25T12:00:00-06:00\"}", "ceropapel", "demo");
        assertEquals(201, director.statusCode(), director.body());
        assertTrue(director.body().contains("\"pasoActual\":\"6\""), director.body());
        assertEquals(2, as("director", "demo", () -> signatures.of(at5.folio(), SignedDocument.DICTAMEN_TECNICO)).size());
    }

    private ReportView serviceReportAtStep4() throws Exception {
        String folio = as("ceropapel", "demo", () -> intake.receiveOficio(TestOficios.asking(ProcedureKey.PR_DMIGA_01,
                ServiceCategory.MANTENIMIENTO_EQUIPO, "Mantenimiento a la impresora de red"))).folio();
        ReportView at2 = as("director", "demo", () -> reports.view(folio));
        ReportView at3 = as("mantenimiento", "demo", () -> serviceReports.noMaterialNeeded(at2.ref(), new Note(null)));
        return as("mantenimiento", "demo", () -> serviceReports.raiseReport(at3.ref(),
                new RaisedReport("La impresora no imprime en red", false, null)));
    }

    private ReportView serviceReportAtStep5() throws Exception {
        ReportView at4 = serviceReportAtStep4();
        return as("mantenimiento", "demo", () -> serviceReports.attend(at4.ref(),
                new EventAttention("Se configuró la impresora de red", List.of(), null)));
    }

    private ReportView dictamenAtStep5() throws Exception {
        String folio = as("ceropapel", "demo", () -> intake.receiveOficio(TestOficios.asking(ProcedureKey.PR_DMIGA_03,
                ServiceCategory.MANTENIMIENTO_EQUIPO, "Dictamen técnico para baja de equipo de cómputo"))).folio();
        ReportView at1a = as("director", "demo", () -> reports.view(folio));
        ReportView at2 = as("secretaria", "demo", () -> dictamens.captureReport(at1a.ref(), new Note(null)));
        ReportView at3 = as("mantenimiento", "demo", () -> dictamens.receiveEquipment(at2.ref(), new EquipmentReception(
                List.of(new ReceivedItem("TES-0201", "Computadora de escritorio", "Dell", "OptiPlex 3020", "5XK2Q99")),
                "Se recibe con etiqueta de inventario")));
        ReportView verified = as("mantenimiento", "demo", () -> dictamens.verifyItem(at3.ref(), new ItemVerification(
                "TES-0201", List.of(new Finding("Fuente de poder", PartCondition.DANADA, null)), Verdict.BAJA, null, null)));
        return as("mantenimiento", "demo", () -> dictamens.issueDictamen(verified.ref(), new Note(null)));
    }

    private static String firma(String folio, String documento, String firmante, String rest) {
        return "<scr:RegistrarFirma><scr:firma><scr:folio>" + folio + "</scr:folio>"
                + "<scr:documento>" + documento + "</scr:documento>"
                + "<scr:firmante><scr:nombre>" + firmante + "</scr:nombre><scr:cargo>Jefe de departamento</scr:cargo>"
                + "<scr:dependencia>Tesorería Municipal</scr:dependencia></scr:firmante>"
                + "<scr:fechaFirma>2026-11-25T10:00:00-06:00</scr:fechaFirma>" + rest + "</scr:firma></scr:RegistrarFirma>";
    }

    private static String firmaJson(String documento, String rating) {
        return "{\"documento\": \"" + documento + "\", \"firmante\": {\"nombre\": \"Jefe de cajas\", \"cargo\":"
                + " \"Jefe de departamento\", \"dependencia\": \"Tesorería Municipal\"},"
                + " \"fechaFirma\": \"2026-11-25T10:00:00-06:00\", " + rating + "}";
    }
}
