package mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr03;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.inject.spi.CDI;

import mx.gob.veracruzmunicipio.dmiga.scr.report.Report;
import mx.gob.veracruzmunicipio.dmiga.scr.signature.SignatureView;
import mx.gob.veracruzmunicipio.dmiga.scr.signature.SignedDocument;
import mx.gob.veracruzmunicipio.dmiga.scr.signature.Signatures;

/**
 * The signatures a Dictamen Técnico needs before the report may be closed: the requesting area's
 * (a signer whose department is the report's, by name or code) and the Director DMIGA's (a signer
 * of the DMIGA whose position starts with "Director", which excludes the subdirectors). Cero Papel
 * sends free text, so both are compared without case, accents or punctuation.
 */
final class DictamenSigners {

    static final String DMIGA_CODE = "DMIGA";
    static final String DMIGA_NAME = "Dirección de Modernización, Innovación y Gobierno Abierto";

    private DictamenSigners() {
    }

    /**
     * Whether the report's dictamen has every signature it needs. A route condition of step 5: it
     * runs inside the engine after the signature's effect, in the same transaction, so the
     * signature just registered counts. Route conditions get no injection, hence the lookup.
     */
    static boolean complete(Report report) {
        List<SignatureView> signatures = CDI.current().select(Signatures.class).get().of(report);
        return missing(report.getDepartment().getCode(), report.getDepartment().getName(), signatures).isEmpty();
    }

    /** The signature blocks still unsigned, in Spanish, for the dictamen and its readers. */
    static List<String> missing(String departmentCode, String departmentName, List<SignatureView> signatures) {
        List<SignatureView> onDictamen = signatures.stream()
                .filter(s -> s.document() == SignedDocument.DICTAMEN_TECNICO).toList();
        List<String> missing = new ArrayList<>();
        if (onDictamen.stream().noneMatch(s -> isOf(s, departmentCode, departmentName))) {
            missing.add("Área solicitante: " + departmentName);
        }
        if (onDictamen.stream().noneMatch(DictamenSigners::isDirector)) {
            missing.add("Director de Modernización, Innovación y Gobierno Abierto");
        }
        return missing;
    }

    private static boolean isOf(SignatureView signature, String code, String name) {
        String department = plain(signature.signerDepartment());
        return department.equals(plain(code)) || department.equals(plain(name));
    }

    private static boolean isDirector(SignatureView signature) {
        return isOf(signature, DMIGA_CODE, DMIGA_NAME) && plain(signature.signerPosition()).startsWith("director");
    }

    /** Lower case, no accents, no punctuation, single spaces: "Dirección de X, Y" = "direccion de x y". */
    static String plain(String text) {
        if (text == null) {
            return "";
        }
        String noAccents = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return noAccents.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    }
}
