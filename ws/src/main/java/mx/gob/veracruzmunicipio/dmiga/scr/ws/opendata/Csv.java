package mx.gob.veracruzmunicipio.dmiga.scr.ws.opendata;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import mx.gob.veracruzmunicipio.dmiga.scr.opendata.MonthlyFigures;

/**
 * The monthly figures as RFC 4180 CSV: a header row, CRLF after every record, and a field quoted
 * (its quotes doubled) when it holds a comma, a quote or a line break, as the procedures' names do.
 */
final class Csv {

    static final String HEADER = "mes,procedimiento,nombre,abiertos,cerrados,declinados,abiertos_al_fin_de_mes,"
            + "horas_habiles_promedio_cierre,horas_habiles_mediana_cierre";

    private static final String CRLF = "\r\n";

    private Csv() {
    }

    static String of(List<MonthlyFigures> figures) {
        StringBuilder csv = new StringBuilder(HEADER).append(CRLF);
        for (MonthlyFigures f : figures) {
            csv.append(Stream.of(f.month().toString(), f.procedure().code(), f.procedure().title(),
                            Long.toString(f.opened()), Long.toString(f.closed()), Long.toString(f.declined()),
                            Long.toString(f.openAtMonthEnd()), number(f.averageBusinessHoursToClose()),
                            number(f.medianBusinessHoursToClose()))
                    .map(Csv::field).collect(Collectors.joining(","))).append(CRLF);
        }
        return csv.toString();
    }

    private static String number(Double value) {
        return value == null ? "" : value.toString();
    }

    static String field(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\r") || value.contains("\n")) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }
}
