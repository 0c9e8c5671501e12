package mx.gob.veracruzmunicipio.dmiga.scr.report;

/** The columns the Bandeja and the search sort by (on the server). */
public enum InboxSort {
    FOLIO("r.folio"),
    SUBJECT("r.subject"),
    STATUS("r.status"),
    PRIORITY("r.priority"),
    CREATED("r.createdAt"),
    DUE("r.stepDueAt");

    final String path;

    InboxSort(String path) {
        this.path = path;
    }
}
