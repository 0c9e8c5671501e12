package mx.gob.veracruzmunicipio.dmiga.scr.workflow;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A component of action data that the procedure bean fills from an outside answer (SAT's verdict
 * on a CFDI), never the person: the action's form leaves it out, the timeline still shows it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.METHOD, ElementType.FIELD, ElementType.PARAMETER})
public @interface FilledBySystem {
}
