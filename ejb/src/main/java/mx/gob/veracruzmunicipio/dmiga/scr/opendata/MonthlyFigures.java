package mx.gob.veracruzmunicipio.dmiga.scr.opendata;

import java.io.Serializable;
import java.time.YearMonth;

import mx.gob.veracruzmunicipio.dmiga.scr.report.ProcedureKey;

/**
 * One procedure's figures for one month, counted over all its reports and nothing about any of
 * them: opened, closed and declined in the month, still open at its end, and the business hours
 * the reports closed in the month took from opening to closing (average and median; null when
 * none closed).
 */
public record MonthlyFigures(YearMonth month, ProcedureKey procedure, long opened, long closed, long declined,
                             long openAtMonthEnd, Double averageBusinessHoursToClose,
                             Double medianBusinessHoursToClose) implements Serializable {
}
