package mx.gob.veracruzmunicipio.dmiga.scr.report;

import java.io.Serializable;
import java.time.Instant;

import mx.gob.veracruzmunicipio.dmiga.scr.account.Role;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Procedures;

/** A timeline entry as shown to people (the action by its Spanish label) and to Cero Papel (by its key). */
public record TimelineView(int sequence, String step, String action, String actionLabel, String decision, String nextStep,
                           String actorUsername, Role actorRole, Instant occurredAt, String observations,
                           String details, String document, Long businessSeconds) implements Serializable {

    static TimelineView of(TimelineEntry entry) {
        return new TimelineView(entry.getSequenceNumber(), entry.getStep(), entry.getAction(),
                Procedures.actionLabel(entry.getReport().getProcedure(), entry.getStep(), entry.getAction()),
                entry.getDecision(),
                entry.getNextStep(), entry.getActorUsername(), entry.getActorRole(), entry.getOccurredAt(),
                entry.getObservations(), entry.getDetails(), entry.getDocument(), entry.getBusinessSeconds());
    }
}
