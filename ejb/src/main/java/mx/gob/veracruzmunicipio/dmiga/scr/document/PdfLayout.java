package mx.gob.veracruzmunicipio.dmiga.scr.document;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.draw.LineSeparator;

/**
 * What every printed document of the directorate shares: the city hall's header on each page,
 * the footer with the folio and the page number, the title, tables of facts and the signature
 * blocks. Helvetica in WinAnsi encoding holds every Spanish letter (á, ñ, ü, ¿, «»).
 */
final class PdfLayout {

    static final String CITY_HALL = "H. Ayuntamiento de Veracruz";
    static final String DIRECTORATE = "Dirección de Modernización, Innovación y Gobierno Abierto";
    static final String DIRECTOR_POSITION = "Director de Modernización, Innovación y Gobierno Abierto";

    static final ZoneId MEXICO_CITY = ZoneId.of("America/Mexico_City");
    private static final Locale ES_MX = Locale.forLanguageTag("es-MX");
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d 'de' MMMM 'de' yyyy", ES_MX);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", ES_MX)
            .withZone(MEXICO_CITY);

    private static final Color GUINDA = new Color(0x6d, 0x1a, 0x36);
    private static final Color SHADE = new Color(0xf1, 0xec, 0xee);
    private static final Color RULE = new Color(0x99, 0x99, 0x99);

    static final Font TITLE = font(BaseFont.HELVETICA_BOLD, 14, GUINDA);
    static final Font SECTION = font(BaseFont.HELVETICA_BOLD, 10.5f, GUINDA);
    static final Font BODY = font(BaseFont.HELVETICA, 10, Color.BLACK);
    static final Font BOLD = font(BaseFont.HELVETICA_BOLD, 10, Color.BLACK);
    static final Font SMALL = font(BaseFont.HELVETICA, 8, Color.BLACK);
    static final Font SMALL_BOLD = font(BaseFont.HELVETICA_BOLD, 8, Color.BLACK);
    private static final Font MUTED = font(BaseFont.HELVETICA, 7.5f, Color.DARK_GRAY);
    private static final Font HEADER = font(BaseFont.HELVETICA_BOLD, 13, GUINDA);
    private static final Font HEADER_SUB = font(BaseFont.HELVETICA, 10, Color.BLACK);

    private PdfLayout() {
    }

    /** The content of a document, written between the header and the footer. */
    interface Content {
        void write(Document document) throws DocumentException;
    }

    /** A document on letter paper with the header and a footer naming the folio on every page. */
    static byte[] render(String title, String folio, Content content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.LETTER, 54, 54, 92, 54);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new HeaderAndFooter(title + " · Folio " + folio));
            document.addTitle(title + " " + folio);
            document.addAuthor(DIRECTORATE);
            document.addCreator("SCR");
            document.open();
            content.write(document);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The PDF of " + title + " " + folio + " could not be written", e);
        }
        return out.toByteArray();
    }

    /** The title of the document, centred, with its folio beneath. */
    static void title(Document document, String title, String folio) throws DocumentException {
        Paragraph heading = new Paragraph(title.toUpperCase(ES_MX), TITLE);
        heading.setAlignment(Element.ALIGN_CENTER);
        document.add(heading);
        Paragraph number = new Paragraph("Folio " + folio, BOLD);
        number.setAlignment(Element.ALIGN_CENTER);
        number.setSpacingAfter(10);
        document.add(number);
    }

    static Paragraph section(String text) {
        Paragraph section = new Paragraph(text, SECTION);
        section.setSpacingBefore(10);
        section.setSpacingAfter(4);
        return section;
    }

    static Paragraph text(String text) {
        Paragraph paragraph = new Paragraph(text == null ? "" : text, BODY);
        paragraph.setAlignment(Element.ALIGN_JUSTIFIED);
        paragraph.setSpacingAfter(6);
        return paragraph;
    }

    /** Label and value pairs in two columns of a table; a null value prints as a dash. */
    static PdfPTable facts(String... labelsAndValues) {
        PdfPTable table = new PdfPTable(new float[] {1.3f, 3.7f});
        table.setWidthPercentage(100);
        for (int i = 0; i < labelsAndValues.length; i += 2) {
            PdfPCell label = new PdfPCell(new Phrase(labelsAndValues[i], SMALL_BOLD));
            label.setBackgroundColor(SHADE);
            PdfPCell value = new PdfPCell(new Phrase(orDash(labelsAndValues[i + 1]), SMALL));
            for (PdfPCell cell : List.of(label, value)) {
                cell.setPadding(4);
                cell.setBorderColor(RULE);
                table.addCell(cell);
            }
        }
        return table;
    }

    /** A table with a shaded header row; the widths are relative. */
    static PdfPTable table(float[] widths, String... headers) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String header : headers) {
            PdfPCell cell = new PdfPCell(new Phrase(header, SMALL_BOLD));
            cell.setBackgroundColor(SHADE);
            cell.setPadding(4);
            cell.setBorderColor(RULE);
            table.addCell(cell);
        }
        return table;
    }

    static void cell(PdfPTable table, String text) {
        PdfPCell cell = new PdfPCell(new Phrase(orDash(text), SMALL));
        cell.setPadding(4);
        cell.setBorderColor(RULE);
        table.addCell(cell);
    }

    /**
     * One signature block: who signs (or the blank line still to sign), their position, and when
     * they signed or that the signature is pending.
     */
    record SignatureBlock(String caption, String name, String position, String status) {
    }

    /** The signature blocks side by side (at most three a row), kept together on one page. */
    static PdfPTable signatures(List<SignatureBlock> blocks) {
        int columns = Math.min(3, Math.max(1, blocks.size()));
        PdfPTable table = new PdfPTable(columns);
        table.setWidthPercentage(columns == 1 ? 50 : 100);
        table.setSpacingBefore(22);
        table.setKeepTogether(true);
        for (SignatureBlock block : blocks) {
            PdfPCell cell = new PdfPCell();
            cell.setBorder(Rectangle.NO_BORDER);
            cell.setPaddingLeft(16);
            cell.setPaddingRight(16);
            cell.setPaddingBottom(16);
            cell.addElement(centred(block.caption(), SMALL_BOLD, 30));
            Paragraph line = new Paragraph(new Chunk(new LineSeparator(0.6f, 100, Color.BLACK, Element.ALIGN_CENTER, 0)));
            line.setSpacingAfter(4);
            cell.addElement(line);
            cell.addElement(centred(block.name() == null ? " " : block.name(), BOLD, 0));
            cell.addElement(centred(block.position(), SMALL, 0));
            cell.addElement(centred(block.status(), MUTED, 0));
            table.addCell(cell);
        }
        for (int i = blocks.size() % columns; i != 0 && i < columns; i++) {
            PdfPCell empty = new PdfPCell();
            empty.setBorder(Rectangle.NO_BORDER);
            table.addCell(empty);
        }
        return table;
    }

    private static Paragraph centred(String text, Font font, float spacingAfter) {
        Paragraph paragraph = new Paragraph(text == null ? "" : text, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setSpacingAfter(spacingAfter);
        paragraph.setLeading(font.getSize() * 1.25f);
        return paragraph;
    }

    static String longDate(LocalDate date) {
        return date == null ? null : LONG_DATE.format(date);
    }

    static String longDate(Instant instant) {
        return instant == null ? null : LONG_DATE.format(instant.atZone(MEXICO_CITY));
    }

    static String dateTime(Instant instant) {
        return instant == null ? null : DATE_TIME.format(instant);
    }

    static String money(BigDecimal amount) {
        return amount == null ? null : NumberFormat.getCurrencyInstance(ES_MX).format(amount);
    }

    static String orDash(String text) {
        return text == null || text.isBlank() ? "—" : text;
    }

    private static Font font(String name, float size, Color color) {
        try {
            return new Font(BaseFont.createFont(name, BaseFont.CP1252, BaseFont.NOT_EMBEDDED), size, Font.NORMAL,
                    color);
        } catch (DocumentException | java.io.IOException e) {
            throw new IllegalStateException("OpenPDF's built-in font " + name + " is missing", e);
        }
    }

    /** The city hall's header above, and the document and page number below, on every page. */
    private static final class HeaderAndFooter extends PdfPageEventHelper {

        private final String footer;

        HeaderAndFooter(String footer) {
            this.footer = footer;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte canvas = writer.getDirectContent();
            float centre = (document.left() + document.right()) / 2;
            float top = document.getPageSize().getTop();
            ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER, new Phrase(CITY_HALL, HEADER), centre, top - 40, 0);
            ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER, new Phrase(DIRECTORATE, HEADER_SUB), centre,
                    top - 56, 0);
            canvas.saveState();
            canvas.setColorStroke(GUINDA);
            canvas.setLineWidth(1.2f);
            canvas.moveTo(document.left(), top - 66);
            canvas.lineTo(document.right(), top - 66);
            canvas.stroke();
            canvas.setColorStroke(RULE);
            canvas.setLineWidth(0.5f);
            canvas.moveTo(document.left(), document.bottom() - 12);
            canvas.lineTo(document.right(), document.bottom() - 12);
            canvas.stroke();
            canvas.restoreState();
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(footer, MUTED), document.left(),
                    document.bottom() - 24, 0);
            ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT,
                    new Phrase(new Chunk("Página " + writer.getPageNumber(), MUTED)), document.right(),
                    document.bottom() - 24, 0);
        }
    }
}
