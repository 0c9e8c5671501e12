package mx.gob.veracruzmunicipio.dmiga.scr.procedures;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A recorded interview as the intranet shows it, in the order the interviews took place. */
public record InterviewView(String folio, String step, LocalDate date, List<String> interviewees, String notes,
                            boolean requirementsComplete, String observations, String recordedBy,
                            Instant recordedAt) implements Serializable {

    public static InterviewView of(RecordedInterview interview) {
        return new InterviewView(interview.getReport().getFolio(), interview.getStep(), interview.getDate(),
                interview.getInterviewees(), interview.getNotes(), interview.isRequirementsComplete(),
                interview.getObservations(), interview.getRecordedBy(), interview.getRecordedAt());
    }
}
