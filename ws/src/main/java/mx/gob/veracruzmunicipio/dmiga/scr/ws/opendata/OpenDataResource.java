package mx.gob.veracruzmunicipio.dmiga.scr.ws.opendata;

import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import mx.gob.veracruzmunicipio.dmiga.scr.opendata.MonthlyFigures;
import mx.gob.veracruzmunicipio.dmiga.scr.opendata.OpenData;

/**
 * The open data of SCR, for anyone and without credentials (web.xml leaves /v1/datos-abiertos/*
 * out of the machine clients' constraint): the monthly figures per procedure as CSV (RFC 4180)
 * and JSON. The figures are aggregates only ({@link OpenData}).
 */
@Path("datos-abiertos")
@RequestScoped
@Tag(name = "Datos abiertos", description = "Cifras mensuales por procedimiento, sin datos personales y sin "
        + "autenticación")
public class OpenDataResource {

    static final String CSV = "text/csv;charset=UTF-8";

    private static final String FROM = "Primer mes (AAAA-MM); por omisión, once meses antes de hasta";
    private static final String TO = "Último mes (AAAA-MM); por omisión, el mes en curso";

    @EJB
    OpenData openData;

    /** One month and procedure as the JSON document lists it; hours without closed reports are null, not left out. */
    @JsonbNillable
    public record CifraMensual(String mes, String procedimiento, String nombre, long abiertos, long cerrados,
                               long declinados, long abiertosAlFinDeMes, Double horasHabilesPromedioCierre,
                               Double horasHabilesMedianaCierre) {

        static CifraMensual of(MonthlyFigures figures) {
            return new CifraMensual(figures.month().toString(), figures.procedure().code(),
                    figures.procedure().title(), figures.opened(), figures.closed(), figures.declined(),
                    figures.openAtMonthEnd(), figures.averageBusinessHoursToClose(),
                    figures.medianBusinessHoursToClose());
        }
    }

    @GET
    @Path("reportes-por-mes.json")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reportes por mes (JSON)", description = "Por mes y procedimiento: reportes abiertos, "
            + "cerrados y declinados en el mes, abiertos al fin del mes, y horas hábiles de la apertura al cierre de "
            + "los cerrados en el mes (promedio y mediana). Público, sin datos personales.")
    @APIResponse(responseCode = "200", description = "Las cifras, por mes y en el orden de los procedimientos")
    @APIResponse(responseCode = "400", description = "Mes inválido o periodo de más de 120 meses "
            + "(application/problem+json)")
    public List<CifraMensual> json(@Parameter(description = FROM) @QueryParam("desde") String desde,
                                   @Parameter(description = TO) @QueryParam("hasta") String hasta) {
        return figures(desde, hasta).stream().map(CifraMensual::of).toList();
    }

    @GET
    @Path("reportes-por-mes.csv")
    @Produces(CSV)
    @Operation(summary = "Reportes por mes (CSV)", description = "Las mismas cifras en CSV (RFC 4180, UTF-8, "
            + "fila de encabezados). Público, sin datos personales.")
    @APIResponse(responseCode = "200", description = "Las cifras, por mes y en el orden de los procedimientos")
    @APIResponse(responseCode = "400", description = "Mes inválido o periodo de más de 120 meses "
            + "(application/problem+json)")
    public Response csv(@Parameter(description = FROM) @QueryParam("desde") String desde,
                        @Parameter(description = TO) @QueryParam("hasta") String hasta) {
        return Response.ok(Csv.of(figures(desde, hasta)), CSV)
                .header("Content-Disposition", "inline; filename=\"reportes-por-mes.csv\"").build();
    }

    private List<MonthlyFigures> figures(String desde, String hasta) {
        return openData.reportsPerMonth(OpenData.month("desde", desde), OpenData.month("hasta", hasta));
    }
}
