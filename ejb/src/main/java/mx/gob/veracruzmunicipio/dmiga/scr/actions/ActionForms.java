package mx.gob.veracruzmunicipio.dmiga.scr.actions;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import mx.gob.veracruzmunicipio.dmiga.scr.report.ProcedureKey;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.FilledBySystem;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Label;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Upload;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.UploadOf;

/**
 * The form of an action's data record, read from the record itself: one field per component,
 * its kind by Java type, its label from {@link Label}, required when Bean Validation says so. The
 * rules stay on the record; the form only shows them.
 */
final class ActionForms {

    static final String OBSERVATIONS = "observations";
    /** Longer texts than this get a text area. */
    private static final int SHORT_TEXT = 300;

    private ActionForms() {
    }

    /**
     * The fields of a record type; {@code catalog} gives the options of a component, or null. What
     * the procedure fills itself ({@link FilledBySystem}) is not asked.
     */
    static List<FormField> fields(Class<?> record, BiFunction<Class<?>, String, List<Choice>> catalog) {
        return Arrays.stream(record.getRecordComponents())
                .filter(c -> !c.isAnnotationPresent(FilledBySystem.class))
                .map(c -> field(record, c, catalog)).toList();
    }

    private static FormField field(Class<?> record, RecordComponent component,
                                   BiFunction<Class<?>, String, List<Choice>> catalog) {
        String name = component.getName();
        Class<?> type = component.getType();
        Method accessor = component.getAccessor();
        boolean required = accessor.isAnnotationPresent(NotNull.class) || accessor.isAnnotationPresent(NotBlank.class)
                || accessor.isAnnotationPresent(NotEmpty.class);
        List<Choice> choices = catalog.apply(record, name);
        FieldKind kind;
        List<FormField> columns = List.of();
        String accept = null;
        if (type == Upload.class) {
            kind = FieldKind.FILE;
            UploadOf rule = accessor.getAnnotation(UploadOf.class);
            accept = rule == null ? null
                    : Arrays.stream(rule.extensions()).map(e -> "." + e).collect(Collectors.joining(","));
        } else if (type == String.class) {
            Size size = accessor.getAnnotation(Size.class);
            kind = choices != null ? FieldKind.CHOICE
                    : name.equals(OBSERVATIONS) || (size != null && size.max() > SHORT_TEXT) ? FieldKind.TEXTAREA
                    : FieldKind.TEXT;
        } else if (type == Boolean.class || type == boolean.class) {
            kind = FieldKind.YES_NO;
        } else if (type.isEnum()) {
            kind = FieldKind.CHOICE;
            choices = choices != null ? choices : enumChoices(type);
        } else if (type == Integer.class || type == int.class) {
            kind = FieldKind.INTEGER;
        } else if (type == BigDecimal.class) {
            kind = FieldKind.DECIMAL;
        } else if (type == LocalDate.class) {
            kind = FieldKind.DATE;
        } else if (type == Instant.class) {
            kind = FieldKind.DATE_TIME;
        } else if (type == List.class) {
            Class<?> element = elementType(component.getGenericType());
            if (element == String.class) {
                kind = choices != null ? FieldKind.CHOICE_LIST : FieldKind.TEXT_LIST;
            } else if (element.isRecord()) {
                kind = FieldKind.ROWS;
                columns = fields(element, catalog);
            } else {
                throw new IllegalStateException(record.getSimpleName() + "." + name + ": no form for List<" + element + ">");
            }
        } else {
            throw new IllegalStateException(record.getSimpleName() + "." + name + ": no form for " + type);
        }
        return new FormField(name, label(component), kind, required, choices == null ? List.of() : choices, columns,
                accept);
    }

    static String label(RecordComponent component) {
        Label label = component.getAnnotation(Label.class);
        if (label != null) {
            return label.value();
        }
        return component.getName().equals(OBSERVATIONS) ? "Observaciones" : component.getName();
    }

    static Class<?> elementType(Type listType) {
        Type argument = ((ParameterizedType) listType).getActualTypeArguments()[0];
        return (Class<?>) (argument instanceof ParameterizedType p ? p.getRawType() : argument);
    }

    /** An enum's constants with their Spanish labels ({@code label()}; a procedure by code and title). */
    static List<Choice> enumChoices(Class<?> type) {
        return Arrays.stream(type.getEnumConstants()).map(constant -> {
            Enum<?> value = (Enum<?>) constant;
            if (value instanceof ProcedureKey procedure) {
                return new Choice(value.name(), procedure.code() + " · " + procedure.title());
            }
            try {
                return new Choice(value.name(), (String) type.getMethod("label").invoke(value));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(type.getSimpleName() + " has no Spanish label()", e);
            }
        }).toList();
    }
}
