package mx.gob.veracruzmunicipio.dmiga.scr.web.manual;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import mx.gob.veracruzmunicipio.dmiga.scr.account.Role;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ProcedureKey;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.FlowGraph;

/**
 * The "Manual vivo": one procedure at a time, as SCR executes it (its definition, not the
 * manual's text). The procedure is the address, manual.xhtml?procedimiento=PR_DMIGA_04, so each
 * view can be bookmarked and shared.
 */
@Named
@RequestScoped
public class ManualBacking {

    private ProcedureKey procedure = ProcedureKey.PR_DMIGA_01;
    private FlowGraph graph;

    /** The selector changed: the page at the new procedure's address. */
    public void show() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/manual.xhtml?procedimiento=" + procedure.name());
    }

    public List<ProcedureKey> getProcedures() {
        return Arrays.asList(ProcedureKey.values());
    }

    public ProcedureKey getProcedure() {
        return procedure;
    }

    public void setProcedure(ProcedureKey procedure) {
        if (procedure != null) {
            this.procedure = procedure;
            this.graph = null;
        }
    }

    public FlowGraph getGraph() {
        if (graph == null) {
            graph = FlowGraph.of(procedure);
        }
        return graph;
    }

    public String getDiagram() {
        return FlowDiagram.svg(getGraph());
    }

    public List<Role> getRoles() {
        return List.copyOf(getGraph().roles());
    }

    public List<String> getDocuments() {
        return List.copyOf(getGraph().documents());
    }
}
