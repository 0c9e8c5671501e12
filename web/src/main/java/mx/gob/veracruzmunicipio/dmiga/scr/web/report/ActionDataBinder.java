package mx.gob.veracruzmunicipio.dmiga.scr.web.report;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.Part;

import mx.gob.veracruzmunicipio.dmiga.scr.actions.FormField;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Label;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Upload;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.UploadOf;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.UploadOfValidator;

/**
 * Turns what the form posted (text, selected options, dates, rows) into the action's data record,
 * converting only the format: whether the values are acceptable is the record's Bean Validation,
 * checked by the EJB. A value that is not even a number or a date is reported here, in Spanish.
 */
final class ActionDataBinder {

    private static final ZoneId MEXICO_CITY = ZoneId.of("America/Mexico_City");

    private final List<String> problems = new ArrayList<>();

    List<String> problems() {
        return problems;
    }

    /** The record of the given type from the posted values; the row fields take their rows. */
    <T> T bind(Class<T> type, Map<String, Object> values, Map<String, List<Map<String, Object>>> rows) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] arguments = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent component = components[i];
            if (component.getType() == List.class && elementType(component.getGenericType()).isRecord()) {
                Class<?> element = elementType(component.getGenericType());
                List<Object> bound = new ArrayList<>();
                for (Map<String, Object> row : rows.getOrDefault(component.getName(), List.of())) {
                    if (row.values().stream().anyMatch(v -> !blank(v))) {
                        bound.add(bind(element, row, Map.of()));
                    }
                }
                arguments[i] = bound;
            } else {
                arguments[i] = convert(component, values.get(component.getName()));
            }
        }
        try {
            Constructor<T> canonical = type.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            return canonical.newInstance(arguments);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("Cannot build " + type.getSimpleName(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot build " + type.getSimpleName(), e);
        }
    }

    private Object convert(RecordComponent component, Object value) {
        Class<?> type = component.getType();
        if (blank(value)) {
            return type == List.class ? List.of() : null;
        }
        String text = value instanceof String s ? s.strip() : null;
        if (type == Upload.class) {
            return upload(component, (Part) value);
        }
        try {
            if (type == String.class) {
                return text != null ? text : value.toString();
            }
            if (type == Boolean.class) {
                return value instanceof Boolean b ? b : Boolean.valueOf(text);
            }
            if (type.isEnum()) {
                return enumValue(type, text != null ? text : value.toString());
            }
            if (type == Integer.class) {
                return value instanceof Number n ? Integer.valueOf(n.intValue()) : Integer.valueOf(text);
            }
            if (type == BigDecimal.class) {
                return value instanceof BigDecimal d ? d : new BigDecimal((text != null ? text : value.toString())
                        .replace("$", "").replace(",", "").strip());
            }
            if (type == LocalDate.class) {
                return value instanceof LocalDate d ? d : LocalDate.parse(text);
            }
            if (type == Instant.class) {
                return (value instanceof LocalDateTime t ? t : LocalDateTime.parse(text)).atZone(MEXICO_CITY).toInstant();
            }
            if (type == List.class) {
                return strings(value);
            }
        } catch (RuntimeException e) {
            problems.add("El valor de «" + label(component) + "» no tiene un formato válido: «" + value + "».");
            return null;
        }
        throw new IllegalStateException("No binding for " + type);
    }

    /**
     * A file the browser sent: read only when its rule admits its name and size, so a huge file is
     * refused unread; the EJB validates the upload again for any other caller.
     */
    private Upload upload(RecordComponent component, Part part) {
        String fileName = part.getSubmittedFileName();
        UploadOf rule = component.getAccessor().getAnnotation(UploadOf.class);
        String problem = rule == null ? null : UploadOfValidator.problem(rule, fileName, part.getSize());
        if (problem != null) {
            problems.add(problem);
            return null;
        }
        try (InputStream in = part.getInputStream()) {
            return new Upload(fileName, part.getContentType(), in.readAllBytes());
        } catch (IOException e) {
            problems.add("No se pudo leer el archivo «" + fileName + "» de «" + label(component) + "»: envíelo de nuevo.");
            return null;
        }
    }

    /** Selected options arrive as an array or a list; free text as one entry per line. */
    private static List<String> strings(Object value) {
        Collection<?> items = value instanceof Object[] array ? Arrays.asList(array)
                : value instanceof Collection<?> c ? c
                : Arrays.asList(value.toString().split("\\R"));
        return items.stream().map(Object::toString).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumValue(Class<?> type, String name) {
        return Enum.valueOf((Class<Enum>) type, name);
    }

    private static boolean blank(Object value) {
        // A file input left empty still posts a part, with no name and no bytes.
        return value == null || (value instanceof Part p && p.getSize() == 0
                && (p.getSubmittedFileName() == null || p.getSubmittedFileName().isEmpty())) || (value instanceof String s && s.isBlank())
                || (value instanceof Object[] array && array.length == 0)
                || (value instanceof Collection<?> c && c.isEmpty());
    }

    private static Class<?> elementType(Type listType) {
        Type argument = ((ParameterizedType) listType).getActualTypeArguments()[0];
        return (Class<?>) (argument instanceof ParameterizedType p ? p.getRawType() : argument);
    }

    private static String label(RecordComponent component) {
        Label label = component.getAnnotation(Label.class);
        return label == null ? component.getName() : label.value();
    }

    /** Empty values for a new row of a rows field. */
    static Map<String, Object> emptyRow(FormField field) {
        Map<String, Object> row = new java.util.LinkedHashMap<>();
        field.columns().forEach(column -> row.put(column.name(), null));
        return row;
    }
}
