package mx.gob.veracruzmunicipio.dmiga.scr.dashboard;

import java.io.Serializable;

import mx.gob.veracruzmunicipio.dmiga.scr.report.ProcedureKey;

/**
 * The figures of one procedure over the reports created in a period; a null procedure stands for
 * the oficios still waiting to be classified. {@code open} includes the overdue ones. The averages
 * are null when nothing was measured: {@code averageCloseSeconds} is the business time from receipt
 * to closing of the closed reports, {@code averageRating} the 1–5 rating of the signed service
 * reports ({@code ratings} of them).
 */
public record ProcedureFigures(ProcedureKey procedure, long open, long overdue, long closed, long declined,
                               Double averageCloseSeconds, Double averageRating, long ratings)
        implements Serializable {

    public long total() {
        return open + closed + declined;
    }
}
