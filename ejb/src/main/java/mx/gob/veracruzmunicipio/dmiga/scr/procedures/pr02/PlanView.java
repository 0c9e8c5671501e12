package mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr02;

import java.io.Serializable;
import java.time.LocalDate;

import mx.gob.veracruzmunicipio.dmiga.scr.report.Priority;

/** A maintenance plan as callers read it. */
public record PlanView(long id, String site, String line, String departmentCode, Frequency frequency,
                       LocalDate nextDate, Priority priority, boolean active) implements Serializable {

    /** A report a plan opened, and the due date it was for. */
    public record Generated(LocalDate dueDate, String folio) implements Serializable {
    }
}
