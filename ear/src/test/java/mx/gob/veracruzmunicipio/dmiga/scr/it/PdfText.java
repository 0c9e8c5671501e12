package mx.gob.veracruzmunicipio.dmiga.scr.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

/** The text of a PDF SCR printed, read back with OpenPDF, for the tests of its documents. */
final class PdfText {

    private PdfText() {
    }

    /** Every page's text, one space between words: cells wrap their text at any width. */
    static String of(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString().replaceAll("\\s+", " ");
        } finally {
            reader.close();
        }
    }

    static void assertContains(String text, String... expected) {
        for (String part : expected) {
            assertTrue(text.contains(part), "«" + part + "» in: " + text);
        }
    }
}
