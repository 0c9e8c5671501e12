package mx.gob.veracruzmunicipio.dmiga.scr.report;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * The filter of the Bandeja (the reports waiting for the caller) and of the search over all
 * reports ({@link ReportSearch}); every field is optional.
 * {@code from} and {@code to} are days of creation in the city's time zone, both included;
 * {@code text} is looked for in the folio and the subject, ignoring case.
 */
public record InboxFilter(ProcedureKey procedure, ReportStatus status, String departmentCode, LocalDate from,
                          LocalDate to, boolean overdueOnly, String text) implements Serializable {

    public static InboxFilter none() {
        return new InboxFilter(null, null, null, null, null, false, null);
    }

    /** True when no field narrows the reports. */
    public boolean isEmpty() {
        return procedure == null && status == null && (departmentCode == null || departmentCode.isBlank())
                && from == null && to == null && !overdueOnly && (text == null || text.isBlank());
    }
}
