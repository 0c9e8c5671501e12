package mx.gob.veracruzmunicipio.dmiga.scr.workflow;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/** Renders action data for the timeline: "Etiqueta: valor; …", observations apart. */
final class ActionDetails {

    static final String OBSERVATIONS = "observations";
    private static final int MAX_LENGTH = 4000;

    private ActionDetails() {
    }

    static String render(ActionData data) {
        if (!data.getClass().isRecord()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (RecordComponent component : data.getClass().getRecordComponents()) {
            if (component.getName().equals(OBSERVATIONS)) {
                continue;
            }
            Object value = read(component, data);
            if (value == null || (value instanceof Collection<?> c && c.isEmpty())) {
                continue;
            }
            Label label = component.getAnnotation(Label.class);
            parts.add((label == null ? component.getName() : label.value()) + ": " + text(value));
        }
        String joined = String.join("; ", parts);
        return joined.isEmpty() ? null : truncate(joined);
    }

    static String observations(ActionData data) {
        if (!data.getClass().isRecord()) {
            return null;
        }
        for (RecordComponent component : data.getClass().getRecordComponents()) {
            if (component.getName().equals(OBSERVATIONS) && read(component, data) instanceof String text
                    && !text.isBlank()) {
                return truncate(text.strip());
            }
        }
        return null;
    }

    private static String text(Object value) {
        if (value instanceof Boolean b) {
            return b ? "sí" : "no";
        }
        if (value instanceof Collection<?> collection) {
            return collection.stream().map(ActionDetails::text).collect(Collectors.joining(", ", "[", "]"));
        }
        return String.valueOf(value);
    }

    private static Object read(RecordComponent component, ActionData data) {
        try {
            return component.getAccessor().invoke(data);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read " + component.getName() + " of " + data.getClass(), e);
        }
    }

    private static String truncate(String text) {
        return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH - 1) + "…";
    }
}
