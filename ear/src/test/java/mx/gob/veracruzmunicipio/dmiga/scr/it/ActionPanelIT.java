package mx.gob.veracruzmunicipio.dmiga.scr.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Browser: the report page's action panel. A phone report of PR-DMIGA-01 from its capture to its
 * closing, each role acting in the browser; what a role that may not act sees and what its forged
 * post gets; a Spanish validation message; the conflict message when someone acted first.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ActionPanelIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ScrDeployment.earWith(ActionTestData.class, TestOficios.class);
    }

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void mantenimientoAttendsAPhoneReportWithMaterialAndTheSecretariaClosesIt() throws Exception {
        String material = ActionTestData.call(Map.of("que", "material", "cantidad", "40"));
        ReportPage page = new ReportPage(browser);

        page.signInAs("secretaria");
        browser.find("menu-captura").click();
        browser.choose("captura:procedimiento", "PR-DMIGA-01 · Recepción y seguimiento de reportes");
        browser.choose("captura:dependencia", "Tesorería Municipal");
        browser.choose("captura:categoria", "Asistencia técnica a usuarios");
        browser.choose("captura:prioridad", "Alta");
        browser.type("captura:solicitante", "Jefe de cajas");
        browser.type("captura:asunto", "Sin red en cajas 3 y 4");
        browser.find("captura:registrar").click();
        String folio = browser.text("captura:folio");
        browser.find("captura:folio").click();
        assertEquals(folio, browser.text("folio"));
        assertEquals(List.of(), page.actions(), "step 3 is Mantenimiento's");
        assertEquals("3 · Levantar el reporte de servicio", page.text("paso"));

        page.signInAs("mantenimiento");
        page.open(folio);
        assertEquals(List.of("Levantar reporte"), page.actions());
        assertTrue(page.hasForm(), "the only action's form is open");
        browser.screenshot("acciones-pr01-levantar");
        page.type("diagnosis", "Switch de cajas sin energía").no("materialMissing");
        assertTrue(page.submit().contains("Se registró «Levantar reporte»"));
        assertEquals("4 · Atender el evento", page.text("paso"));

        assertEquals(List.of("Registrar la atención"), page.actions());
        page.type("work", "Se cambió la fuente del switch y se rehízo el cableado de dos nodos")
                .rowSelect("materials", 0, "materialCode", material).rowType("materials", 0, "quantity", "12")
                .addRow("materials")
                .rowSelect("materials", 1, "materialCode", "RJ45-CAT6").rowType("materials", 1, "quantity", "4");
        browser.screenshot("acciones-pr01-atender");
        assertTrue(page.submit().contains("Se registró «Registrar la atención»"));
        assertEquals("5 · Firmar y calificar el servicio en Cero Papel", page.text("paso"));
        assertEquals("28", ActionTestData.call(Map.of("que", "existencia", "codigo", material)));
        assertFalse(page.hasForm(), "signing is the area's");

        page.signInAs("solicitante");
        page.open(folio);
        assertEquals(List.of("Firmar y calificar"), page.actions());
        page.type("signedBy", "Jefe de cajas").type("rating", "5").type("comment", "Rápido y limpio");
        assertTrue(page.submit().contains("Se registró «Firmar y calificar»"));

        page.signInAs("secretaria");
        page.open(folio);
        assertEquals(List.of("Cerrar reporte"), page.actions());
        page.type("observations", "Servicio firmado y calificado por el área");
        assertTrue(page.submit().contains("Se registró «Cerrar reporte»"));
        assertTrue(page.text("estado").contains("Cerrado"), page.text("estado"));
        assertEquals(List.of(), page.actions());
        String timeline = page.text("bitacora");
        for (String label : List.of("Recibir solicitud", "Levantar reporte", "Registrar la atención",
                "Firmar y calificar", "Cerrar reporte")) {
            assertTrue(timeline.contains(label), label + " in " + timeline);
        }
        assertTrue(timeline.contains(material + " × 12"), timeline);
        assertFalse(timeline.contains("ATENDER"), timeline);
    }

    @Test
    void aRoleThatMayNotActSeesNoActionAndItsForgedPostIsRefused() throws Exception {
        String folio = ActionTestData.call(Map.of("que", "telefono", "asunto", "Impresora sin red"));
        String before = state(folio);
        ReportPage page = new ReportPage(browser);
        page.signInAs("secretaria").open(folio);
        assertEquals(List.of(), page.actions());

        // The SECRETARIA asks for Mantenimiento's action by its address: the page does not offer it.
        browser.open("/reporte.xhtml?folio=" + folio + "&accion=LEVANTAR_REPORTE");
        assertTrue(page.text("avisos").contains("no está disponible para su usuario"), page.text("avisos"));
        assertFalse(page.hasForm());

        // She forges the form's post with her own session: the engine refuses it, in Spanish.
        ((JavascriptExecutor) browser.driver()).executeScript("""
                const form = document.createElement('form');
                form.method = 'post';
                form.action = location.href;
                const fields = {
                  'acciones': 'acciones',
                  'acciones:campos:0:parrafo': 'Diagnóstico inventado',
                  'acciones:campos:1:siNo': 'false',
                  'acciones:registrar': 'acciones:registrar',
                  'jakarta.faces.ViewState': document.querySelector("input[name='jakarta.faces.ViewState']").value
                };
                for (const [name, value] of Object.entries(fields)) {
                  const input = document.createElement('input');
                  input.type = 'hidden'; input.name = name; input.value = value;
                  form.appendChild(input);
                }
                document.body.appendChild(form);
                form.submit();
                """);
        String refusal = page.formMessages();
        assertTrue(refusal.contains("Su usuario no puede actuar en el paso 3"), refusal);
        assertTrue(refusal.contains("se requiere el rol Departamento de Mantenimiento y Atención a Usuarios"), refusal);
        browser.screenshot("acciones-post-falsificado");
        assertEquals(before, state(folio), "nothing changed");
    }

    @Test
    void anEmptyRequiredFieldIsRefusedInSpanishAndNothingIsStored() throws Exception {
        String folio = ActionTestData.call(Map.of("que", "telefono", "asunto", "Teléfono sin tono"));
        String before = state(folio);
        ReportPage page = new ReportPage(browser);
        page.signInAs("mantenimiento").open(folio);

        page.no("materialMissing");
        assertEquals("El diagnóstico del reporte de servicio es obligatorio.", page.submit());
        assertEquals("false", page.fieldValue("materialMissing"), "what was entered stays");
        browser.screenshot("acciones-validacion");
        assertEquals(before, state(folio));
    }

    @Test
    void someoneActingFirstGivesTheConflictMessage() throws Exception {
        String folio = ActionTestData.call(Map.of("que", "telefono", "asunto", "Nodo dañado en caja 2"));
        ReportPage page = new ReportPage(browser);
        page.signInAs("mantenimiento").open(folio);
        page.type("diagnosis", "Nodo con el jack roto").no("materialMissing");

        ActionTestData.call(Map.of("que", "reasignar", "folio", folio));
        String afterDirector = state(folio);

        String conflict = page.submit();
        assertTrue(conflict.matches("El reporte " + folio + " fue modificado por Ricardo Solís Aguirre \\(director\\) el "
                + "\\d{1,2} de \\p{L}+ de \\d{4} a las \\d{2}:\\d{2}\\. Consulte su estado actual antes de continuar\\."), conflict);
        assertEquals(afterDirector, state(folio), "the late action stored nothing");
    }

    /** Step, status, version and timeline length of a report, read on the server. */
    private static String state(String folio) throws Exception {
        return ActionTestData.call(Map.of("que", "estado", "folio", folio));
    }
}
