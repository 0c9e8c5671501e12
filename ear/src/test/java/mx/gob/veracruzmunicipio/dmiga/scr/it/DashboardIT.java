package mx.gob.veracruzmunicipio.dmiga.scr.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Browser: the Tablero's figures are those the database counts for the period, and the lists'
 * exports hold exactly the rows the list holds under its filters, on every page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DashboardIT {

    private static final List<String> DASHBOARD_HEADERS = List.of("Procedimiento", "Abiertos", "Vencidos", "Cerrados",
            "Declinados", "Horas hábiles hasta el cierre (promedio)", "Satisfacción (1 a 5)");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ScrDeployment.earWith(DashboardData.class, TestData.class, TestOficios.class);
    }

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void theFiguresAreTheDatabasesCountsForThePeriod() throws Exception {
        String day = data(Map.of("accion", "sembrar"));
        List<List<String>> counted = data(Map.of("accion", "contar", "desde", day, "hasta", day)).lines()
                .map(line -> withBlanks(Arrays.asList(line.split("\t")))).toList();
        // The seeded reports are there to count: two procedures, a closed one, a declined one, ratings.
        assertEquals(Set.of("PR-DMIGA-01", "PR-DMIGA-06"), counted.stream().map(r -> r.get(0)).collect(Collectors.toSet()));

        browser.signIn("director", "demo");
        browser.open("/tablero.xhtml?desde=" + day + "&hasta=" + day);
        assertEquals(counted, tableRows("tablero:cifras"));
        // The time per step, each step named by its id and activity ("3 · Levantar el reporte de servicio").
        List<List<String>> steps = data(Map.of("accion", "pasos", "desde", day, "hasta", day)).lines()
                .map(line -> List.of(line.split("\t"))).toList();
        assertEquals(Set.of("PR-DMIGA-01", "PR-DMIGA-06"), steps.stream().map(r -> r.get(0)).collect(Collectors.toSet()));
        List<List<String>> shownSteps = tableRows("tablero:pasos").stream()
                .map(row -> List.of(row.get(0), row.get(1).split(" · ")[0], row.get(2), row.get(3))).toList();
        assertEquals(steps.size(), shownSteps.size());
        assertEquals(Set.copyOf(steps), Set.copyOf(shownSteps));
        assertEquals(day.substring(8, 10) + "/" + day.substring(5, 7) + "/" + day.substring(0, 4),
                browser.find("tablero:desde_input").getDomProperty("value"));
        assertFalse(browser.driver().findElements(By.cssSelector("#tablero\\:grafica canvas")).isEmpty());
        browser.screenshot("tablero-1280");
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].scrollIntoView()", browser.find("tablero:cifras"));
        browser.screenshot("tablero-1280-tablas");

        // Its export has the same rows under the same Spanish headers; the figures are number cells.
        List<List<String>> sheet = xlsx(browser.download("tablero:exportar-cifras-xlsx"));
        assertEquals(DASHBOARD_HEADERS, sheet.get(0));
        assertEquals(numbers(counted), numbers(sheet.subList(1, sheet.size())));
    }

    @Test
    void theSearchExportsEveryMatchingRowInEachFormat() throws Exception {
        String word = "exp" + UUID.randomUUID().toString().substring(0, 8);
        Set<String> folios = new LinkedHashSet<>();
        for (int i = 1; i <= 23; i++) {
            folios.add(TestData.openReport("Exportar " + word + " número " + i));
        }
        TestData.openReport("Otro asunto que la búsqueda no encuentra");
        browser.signIn("director", "demo");
        browser.open("/buscar.xhtml?texto=" + word);
        String table = browser.text("busqueda:reportes");
        // The list holds 23 rows on two pages; the exports hold all 23.
        assertTrue(table.contains("1–20 de 23"), table);
        List<String> firstPage = tableRows("busqueda:reportes").get(0);

        List<List<String>> sheet = xlsx(browser.download("busqueda:exportar-reportes-xlsx"));
        assertEquals(List.of("Folio", "Procedimiento", "Asunto", "Paso", "Estado", "Creado", "Vence"), sheet.get(0));
        assertEquals(folios, sheet.stream().skip(1).map(row -> row.get(0)).collect(Collectors.toSet()));
        assertEquals(23, sheet.size() - 1);
        // Dates as the page shows them, in the city's time zone.
        List<String> sameRow = sheet.stream().filter(row -> row.get(0).equals(firstPage.get(0))).findFirst().orElseThrow();
        assertEquals(firstPage.get(5), sameRow.get(5));
        assertTrue(sameRow.get(5).matches("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}"), sameRow.get(5));

        List<String> lines = Files.readAllLines(browser.download("busqueda:exportar-reportes-csv"), StandardCharsets.UTF_8)
                .stream().map(line -> line.replace("\uFEFF", "")).filter(line -> !line.isBlank()).toList();
        assertEquals(24, lines.size(), String.join("\n", lines));
        assertTrue(lines.get(0).startsWith("\"Folio\",\"Procedimiento\",\"Asunto\""), lines.get(0));
        assertEquals(folios, lines.stream().skip(1).map(line -> line.substring(1, line.indexOf('"', 1)))
                .collect(Collectors.toSet()));

        // Narrow columns wrap a folio at its hyphens: compared without the line breaks.
        String pdf = pdfText(browser.download("busqueda:exportar-reportes-pdf")).replaceAll("\\s+", "");
        for (String folio : folios) {
            assertTrue(pdf.contains(folio), folio + " en " + pdf);
        }
        assertEquals(23, pdf.split(word, -1).length - 1, pdf);
        assertTrue(pdf.contains("Folio") && pdf.contains("Asunto"), pdf);
    }

    /** The text of each body row's cells (PrimeFaces' reflow labels left out). */
    private List<List<String>> tableRows(String id) {
        WebElement table = browser.find(id);
        List<List<String>> rows = new ArrayList<>();
        for (WebElement row : table.findElements(By.cssSelector("tbody.ui-datatable-data > tr"))) {
            List<String> cells = new ArrayList<>();
            for (WebElement cell : row.findElements(By.tagName("td"))) {
                String text = cell.getText();
                for (WebElement title : cell.findElements(By.cssSelector(".ui-column-title"))) {
                    text = text.replaceFirst("^" + java.util.regex.Pattern.quote(title.getText()), "");
                }
                cells.add(text.lines().findFirst().orElse("").trim().replaceAll(" \\(\\d+\\)$", ""));
            }
            rows.add(cells);
        }
        return rows;
    }

    /** The satisfaction cell shows the number of ratings apart; the counted lines write "-" for "none". */
    private static List<String> withBlanks(List<String> line) {
        return line.stream().map(cell -> cell.equals("-") ? "" : cell).toList();
    }

    /** Figures compared as numbers: the spreadsheet writes 3.0 as the number 3. */
    private static List<List<String>> numbers(List<List<String>> rows) {
        return rows.stream().map(row -> row.stream().map(cell -> cell.matches("\\d+(\\.\\d+)?")
                ? new java.math.BigDecimal(cell).stripTrailingZeros().toPlainString() : cell).toList()).toList();
    }

    private static String data(Map<String, String> fields) throws Exception {
        var answer = new Http().postForm(Http.SERVER + "/scr-tests/datos/tablero", fields);
        assertEquals(200, answer.statusCode(), answer.body());
        return answer.body().trim();
    }

    private static List<List<String>> xlsx(Path file) throws Exception {
        DataFormatter formatter = new DataFormatter();
        List<List<String>> rows = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheetAt(0);
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    cells.add(row.getCell(c) == null ? "" : formatter.formatCellValue(row.getCell(c)).trim());
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    private static String pdfText(Path file) throws Exception {
        PdfReader reader = new PdfReader(Files.readAllBytes(file));
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString();
        } finally {
            reader.close();
        }
    }
}
