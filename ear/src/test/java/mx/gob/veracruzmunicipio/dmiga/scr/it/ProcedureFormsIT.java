package mx.gob.veracruzmunicipio.dmiga.scr.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Browser: the forms of other procedures' steps on the report page, as their roles fill them,
 * some on a phone's width: the items of equipment and a verdict with its findings (PR-DMIGA-03),
 * the AS/400 profile name the manual's rule suggests (PR-DMIGA-07), the Cero Filas capacity
 * decision (PR-DMIGA-10), the provider ticket and stock (PR-DMIGA-02), an interview (PR-DMIGA-05), the
 * Decide process data (PR-DMIGA-08), and the SECRETARIA's classification and the Director's reassignment.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProcedureFormsIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ScrDeployment.earWith(ActionTestData.class, TestOficios.class);
    }

    @RegisterExtension
    final Browser browser = new Browser();

    private ReportPage page;
    private String folio;

    @Test
    void mantenimientoRegistersTheEquipmentAndAVerdictWithItsFindings() throws Exception {
        folio = oficio("PR_DMIGA_03", "MANTENIMIENTO_EQUIPO", "Dictamen para baja de dos computadoras");
        page = new ReportPage(browser);
        act("secretaria", "CAPTURAR_REPORTE");
        String pdf = (String) ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const button = document.querySelector("[data-documento='oficio.pdf']");
                const data = new URLSearchParams(new FormData(button.form));
                data.append(button.name, button.name);
                fetch(button.form.action, {method: 'POST', body: data}).then(r => r.text()).then(done);
                """);
        assertEquals("%PDF-1.4 oficio de prueba", pdf, "the incoming oficio's document downloads");
        done("Capturar reporte");

        phone();
        act("mantenimiento", "RECIBIR_EQUIPO");
        page.rowType("items", 0, "inventoryNumber", "INV-1001").rowSelectIndex("items", 0, "type", 1)
                .rowType("items", 0, "brand", "Dell").rowType("items", 0, "model", "Optiplex 3020")
                .rowType("items", 0, "serialNumber", "SN-7781")
                .addRow("items")
                .rowType("items", 1, "inventoryNumber", "INV-1002").rowSelectIndex("items", 1, "type", 3)
                .rowType("items", 1, "brand", "HP").rowType("items", 1, "model", "V194")
                .rowType("items", 1, "serialNumber", "SN-9920");
        page.scrollToForm();
        browser.screenshot("acciones-pr03-equipo-telefono");
        done("Registrar equipo recibido");

        act("mantenimiento", "VERIFICAR_BIEN");
        page.type("inventoryNumber", "INV-1001")
                .rowType("findings", 0, "part", "Tarjeta madre").rowSelect("findings", 0, "condition", "DANADA")
                .rowType("findings", 0, "detail", "Capacitores inflados")
                .select("verdict", "BAJA");
        page.scrollToForm();
        browser.screenshot("acciones-pr03-dictamen-telefono");
        done("Dictaminar un bien");
        String items = page.text("panel-acciones");
        assertTrue(items.contains("INV-1001") && items.contains("Baja: Tarjeta madre (dañada): Capacitores inflados"),
                items);
        assertTrue(items.contains("INV-1002") && items.contains("sin dictamen"), items);
    }

    @Test
    void theProgrammerGetsTheProfileNameTheManualsRuleSuggests() throws Exception {
        folio = oficio("PR_DMIGA_07", "USUARIOS_SISTEMAS", "Alta de usuario del AS/400 para Tesorería");
        page = new ReportPage(browser);
        act("secretaria", "GENERAR_REPORTE");
        page.select("movement", "ALTA").type("givenNames", "Eustolia Guadalupe").type("firstSurname", "Quiroz")
                .type("secondSurname", "Mar").type("employeeNumber", "40517").check("modules", "CONT", "TESO");
        browser.screenshot("acciones-pr07-solicitud");
        done("Generar reporte");
        act("director", "AUTORIZAR");
        assertEquals(List.of("Autorizar", "Reasignar", "Declinar la solicitud"), page.actions());
        page.type("instructions", "Procede el alta");
        done("Autorizar");
        act("subtec", "AUTORIZAR_ST");
        page.type("instructions", "A desarrollo");
        done("Autorizar");
        act("desarrollo", "TURNAR");
        page.select("assignee", "programador");
        done("Turnar a programador");

        phone();
        act("programador", "FORMAR_PERFIL");
        assertEquals("EUSTOLIAQ", page.fieldValue("profile"), "first given name and the surname's initial");
        assertTrue(page.text("panel-acciones").contains("Eustolia Guadalupe Quiroz Mar"), page.text("panel-acciones"));
        page.scrollToForm();
        browser.screenshot("acciones-pr07-perfil-telefono");
        done("Formar nombre de perfil");
    }

    @Test
    void desarrolloDecidesTheCeroFilasCapacity() throws Exception {
        folio = oficio("PR_DMIGA_10", "SISTEMAS_INFORMACION", "Cero Filas en la ventanilla de predial");
        page = new ReportPage(browser);
        act("director", "AUTORIZAR");
        page.type("instructions", "Analizar la capacidad de Tesorería");
        done("Autorizar");
        act("subtec", "TURNAR_DESARROLLO");
        page.type("instructions", "Análisis técnico");
        done("Turnar a Desarrollo");
        act("desarrollo", "ANALIZAR");
        page.type("analysis", "Tesorería tiene red y dos ventanillas");
        done("Análisis y capacitación");

        phone();
        act("desarrollo", "DICTAMINAR_CAPACIDAD");
        page.yes("hasCapacity").type("reasons", "Cuenta con personal capacitado y equipo");
        page.scrollToForm();
        browser.screenshot("acciones-pr10-capacidad-telefono");
        done("Dictaminar capacidad");
        assertTrue(page.text("paso").startsWith("4 ·"), page.text("paso"));
    }

    @Test
    void theSecretariaClassifiesAnOficioAndTheDirectorReassignsIt() throws Exception {
        folio = oficio("", "", "Oficio sin procedimiento de la Tesorería");
        page = new ReportPage(browser);
        act("secretaria", "CLASIFICAR");
        page.select("procedure", "PR_DMIGA_06").select("category", "SISTEMAS_INFORMACION");
        browser.screenshot("acciones-clasificar");
        done("Clasificar el oficio");
        assertTrue(page.text("procedimiento").startsWith("PR-DMIGA-06"), page.text("procedimiento"));

        act("director", "REASIGNAR");
        page.select("role", "SECRETARIA").select("username", "secretaria").type("reason", "Cubre la guardia");
        browser.screenshot("acciones-reasignar");
        done("Reasignar");
        assertTrue(page.text("responsable").contains("secretaria"), page.text("responsable"));
    }

    @Test
    void mantenimientoFollowsTheProviderTicketThenUsesStockAndAttends() throws Exception {
        folio = oficio("PR_DMIGA_02", "FALLA_LINEA", "Sin línea en la extensión 2231");
        page = new ReportPage(browser);
        act("mantenimiento", "FALLA_DEL_PROVEEDOR");
        assertEquals(List.of("Registrar el análisis", "Falla del proveedor: registrar su ticket"), page.actions());
        page.type("findings", "La línea no llega al distribuidor del edificio").select("providerRfc", "TMX850101AB1")
                .type("ticketNumber", "TMX-558120");
        done("Falla del proveedor: registrar su ticket");

        act("mantenimiento", "ATENCION_DEL_PROVEEDOR");
        assertTrue(page.text("panel-acciones").contains("ticket TMX-558120"), page.text("panel-acciones"));
        page.type("outcome", "Telmex repuso el par en el registro").no("faultResolved");
        done("Registrar la atención del proveedor");

        act("mantenimiento", "MATERIAL_DEL_ALMACEN");
        page.rowSelect("materials", 0, "materialCode", "PATCH-1M").rowType("materials", 0, "quantity", "1");
        done("Material disponible: tomarlo del almacén");

        act("mantenimiento", "ATENDER");
        page.select("type", page.firstOption("type")).type("work", "Se cambió el cable de parcheo de la extensión");
        done("Registrar la atención");
        assertTrue(page.text("bitacora").contains("PATCH-1M × 1"), page.text("bitacora"));
    }

    @Test
    void desarrolloRecordsAnInterviewWithItsPeople() throws Exception {
        folio = oficio("PR_DMIGA_05", "SISTEMAS_INFORMACION", "Sistema de citas para licencias");
        page = new ReportPage(browser);
        act("secretaria", "GENERAR_REPORTE");
        done("Generar reporte");
        act("director", "AUTORIZAR");
        page.type("instructions", "Atender con prioridad");
        done("Autorizar");
        act("subtec", "CANALIZAR");
        page.select("assignee", "desarrollo");
        done("Canalizar a desarrollo");

        act("desarrollo", "ENTREVISTAR");
        page.date("date", java.time.LocalDate.now().toString())
                .type("interviewees", "Lic. Ana Torres\nC. Pedro Gómez")
                .type("notes", "Citas por ventanilla y por internet").no("requirementsComplete");
        browser.screenshot("acciones-pr05-entrevista");
        done("Registrar entrevista");
        assertTrue(page.text("paso").startsWith("6 ·"), page.text("paso"));

        act("desarrollo", "ENTREVISTAR");
        String interviews = page.text("panel-acciones");
        assertTrue(interviews.contains("Lic. Ana Torres, C. Pedro Gómez") && interviews.contains("faltan requerimientos"),
                interviews);
    }

    @Test
    void theDecideProcessDataIsRecordedStepByStep() throws Exception {
        folio = oficio("PR_DMIGA_08", "SISTEMAS_INFORMACION", "Consulta sobre el parque del malecón");
        page = new ReportPage(browser);
        act("director", "AUTORIZAR");
        page.type("instructions", "Apoyar a la Tesorería");
        done("Autorizar");
        act("submod", "CAPACITAR");
        page.select("processType", "VOTACION").date("trainedOn", java.time.LocalDate.now().toString())
                .type("collaborators", "Lic. Ana Torres");
        done("Capacitación y permisos otorgados");
        act("submod", "INTEGRAR");
        page.type("title", "¿Qué quieres en el parque del malecón?").type("portalReference", "parque-malecon-2026");
        done("Información integrada");

        phone();
        act("solicitante", "INICIAR");
        assertTrue(page.text("panel-acciones").contains("parque-malecon-2026"), page.text("panel-acciones"));
        page.date("opensOn", java.time.LocalDate.now().plusDays(1).toString())
                .date("closesOn", java.time.LocalDate.now().plusDays(15).toString());
        page.scrollToForm();
        browser.screenshot("acciones-pr08-consulta-telefono");
        done("Consulta iniciada");
    }

    private static String oficio(String procedure, String category, String subject) throws Exception {
        return ActionTestData.call(Map.of("que", "oficio", "procedimiento", procedure, "categoria", category,
                "asunto", subject));
    }

    private void phone() {
        browser.driver().manage().window().setSize(new Dimension(390, 844));
    }

    private void act(String username, String actionKey) {
        page.signInAs(username).open(folio);
        assertTrue(page.actionKeys().contains(actionKey), username + " may " + actionKey + ": " + page.actionKeys());
        if (!page.hasForm() || page.actionKeys().size() > 1) {
            page.choose(actionKey);
        }
    }

    private void done(String label) {
        String answer = page.submit();
        assertTrue(answer.contains("Se registró «" + label + "»"), answer);
    }
}
