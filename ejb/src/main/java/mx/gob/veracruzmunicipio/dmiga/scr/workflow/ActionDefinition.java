package mx.gob.veracruzmunicipio.dmiga.scr.workflow;

import java.util.List;

import mx.gob.veracruzmunicipio.dmiga.scr.report.Report;

/** Something the responsible role may do at a step: its data and where it leads. */
public record ActionDefinition<D extends ActionData>(String key, String label, Class<D> dataType,
                                                     List<Route<D>> routes, Recipient oficioTo) {

    /** The route the entered data takes; every action's last route has no condition. */
    public Route<D> routeFor(Report report, ActionData data) {
        D typed = dataType.cast(data);
        return routes.stream().filter(route -> route.condition().test(report, typed)).findFirst()
                .orElseThrow(() -> new IllegalStateException("Action " + key + " has no route for " + data));
    }

    public boolean sendsOficio() {
        return oficioTo != null;
    }
}
