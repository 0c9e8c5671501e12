package mx.gob.veracruzmunicipio.dmiga.scr.invoice;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/**
 * What SCR reads of a CFDI 4.0 (Anexo 20): the Comprobante's attributes, Emisor, Receptor, the
 * taxes and the TimbreFiscalDigital 1.1. Amounts as written in the XML; absent optional ones
 * (Descuento, the tax totals) are zero. Fecha and FechaTimbrado are the issuer's local time, as SAT
 * writes them (no zone).
 */
public record Cfdi(String version, String series, String folio, LocalDateTime issuedAt, BigDecimal subtotal,
                   BigDecimal discount, BigDecimal total, String currency, String type, String seal,
                   Party issuer, Party receiver, BigDecimal transferredTaxes, BigDecimal withheldTaxes,
                   List<Tax> transferred, List<Tax> withheld, List<String> concepts, String uuid,
                   LocalDateTime stampedAt) implements Serializable {

    /** Emisor (Rfc, Nombre, RegimenFiscal) or Receptor (Rfc, Nombre, UsoCFDI as detail). */
    public record Party(String rfc, String name, String detail) implements Serializable {
    }

    /** One item of Impuestos/Traslados or Impuestos/Retenciones: tax code (002 IVA…), rate, amount. */
    public record Tax(String tax, String factorType, BigDecimal rate, BigDecimal amount) implements Serializable {
    }

    /** Serie and Folio as the provider prints them; a CFDI may have neither. */
    public String seriesAndFolio() {
        String joined = ((series == null ? "" : series) + (series != null && folio != null ? "-" : "")
                + (folio == null ? "" : folio)).strip();
        return joined.isEmpty() ? "S/F" : joined;
    }

    /** The last 8 characters of the Sello, which SAT's verification expression asks for (fe=). */
    public String sealTail() {
        return seal == null || seal.length() < 8 ? seal : seal.substring(seal.length() - 8);
    }

    /** The concepts' descriptions, one after the other, as the order's concept. */
    public String concept() {
        return String.join("; ", concepts);
    }
}
