package mx.gob.veracruzmunicipio.dmiga.scr.workflow;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the operation of a procedure bean that takes an action of its definition, by the action's
 * key; the intranet's action panel dispatches to it, so the operation's effects always apply.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Performs {
    String value();
}
