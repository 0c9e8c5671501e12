package mx.gob.veracruzmunicipio.dmiga.scr.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Upload;

/**
 * The fictional CFDI 4.0 samples (ejb/src/test/resources/cfdi), each test's copy with its own UUID
 * and folio so that tests never collide on the invoice's unique keys.
 */
final class TestCfdis {

    static final String PDF = "%PDF-1.4\n% factura de prueba\n";

    private TestCfdis() {
    }

    /** A sample as is. */
    static String sample(String name) {
        try (InputStream in = TestCfdis.class.getResourceAsStream("/cfdi/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new UUID, upper case as the timbre writes it. */
    static String newUuid() {
        return UUID.randomUUID().toString().toUpperCase();
    }

    /** The sample with this UUID and a folio of its own. */
    static String withUuid(String name, String uuid) {
        return sample(name).replaceAll("UUID=\"[^\"]+\"", "UUID=\"" + uuid + "\"")
                .replaceAll("Folio=\"[^\"]+\"", "Folio=\"" + uuid.substring(0, 8) + "\"");
    }

    /** An RFC no other test uses, of a company (12 characters). */
    static String uniqueRfc() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        StringBuilder rfc = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            rfc.append((char) ('A' + random.nextInt(26)));
        }
        rfc.append(String.format("%02d%02d%02d", random.nextInt(100), 1 + random.nextInt(12), 1 + random.nextInt(28)));
        for (int i = 0; i < 3; i++) {
            rfc.append((char) ('A' + random.nextInt(26)));
        }
        return rfc.toString();
    }

    static Upload xml(String text) {
        return new Upload("factura.xml", "application/xml", text.getBytes(StandardCharsets.UTF_8));
    }

    static Upload pdf() {
        return new Upload("factura.pdf", "application/pdf", PDF.getBytes(StandardCharsets.US_ASCII));
    }
}
