package mx.gob.veracruzmunicipio.dmiga.scr.document;

import java.util.Arrays;
import java.util.Optional;

/**
 * The printable documents of a report, by the name the intranet's address uses
 * ({@code /documento?folio=…&tipo=reporte}). The reply oficios are printed when they are queued
 * and are fetched by their own id.
 */
public enum DocumentKind {
    REPORTE_SERVICIO("reporte", "Reporte de servicio", "reporte-servicio"),
    DICTAMEN_TECNICO("dictamen", "Dictamen técnico", "dictamen-tecnico"),
    ORDEN_PAGO("orden-pago", "Orden de pago", "orden-pago"),
    OFICIO_RESPUESTA("oficio", "Oficio de respuesta", "oficio");

    private final String param;
    private final String label;
    private final String filePrefix;

    DocumentKind(String param, String label, String filePrefix) {
        this.param = param;
        this.label = label;
        this.filePrefix = filePrefix;
    }

    public String param() {
        return param;
    }

    public String label() {
        return label;
    }

    /** The file name a download gets: the kind and the folio, e.g. {@code dictamen-tecnico-DMIGA-2026-000012.pdf}. */
    public String fileName(String folio) {
        return filePrefix + "-" + folio + ".pdf";
    }

    public static Optional<DocumentKind> ofParam(String param) {
        return Arrays.stream(values()).filter(k -> k.param.equals(param)).findFirst();
    }
}
