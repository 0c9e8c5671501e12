package mx.gob.veracruzmunicipio.dmiga.scr.catalog;

/** What a telecom provider sells the city; the label is what the intranet shows. */
public enum TelecomService {
    PHONE("Telefonía fija"),
    MOBILE("Telefonía móvil"),
    INTERNET("Internet");

    private final String label;

    TelecomService(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
