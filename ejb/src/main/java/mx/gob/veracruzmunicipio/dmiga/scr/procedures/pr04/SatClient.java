package mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr04;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URL;
import java.util.Map;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.xml.bind.JAXBElement;
import jakarta.xml.ws.BindingProvider;
import jakarta.xml.ws.WebServiceException;
import jakarta.xml.ws.soap.SOAPFaultException;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr04.sat.ConsultaCFDIService;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr04.sat.IConsultaCFDIService;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr04.sat.acuse.Acuse;

/**
 * SAT's CFDI verification (ConsultaCFDIService.Consulta) through WildFly's JBossWS-CXF, from the
 * contract kept in the project (wsdl/sat): SAT's WSDL is never fetched. Endpoint, time-out (for
 * connecting and for the answer) and retries are settings (SCR_SAT_URL, SCR_SAT_TIMEOUT_MS,
 * SCR_SAT_RETRIES). Holds no transaction: its callers ask SAT outside theirs.
 */
@ApplicationScoped
public class SatClient {

    private static final Logger LOG = Logger.getLogger(SatClient.class.getName());
    /** JBossWS-CXF's (CXF 4 HTTPConduit's) request-context keys for the two time-outs. */
    static final String CONNECTION_TIMEOUT = "jakarta.xml.ws.client.connectionTimeout";
    static final String RECEIVE_TIMEOUT = "jakarta.xml.ws.client.receiveTimeout";
    private static final int MAX_FAILURE = 500;

    @Inject
    @ConfigProperty(name = "scr.sat.url",
            defaultValue = "https://consultaqr.facturaelectronica.sat.gob.mx/ConsultaCFDIService.svc")
    String endpoint;

    @Inject
    @ConfigProperty(name = "scr.sat.timeout-ms", defaultValue = "10000")
    long timeoutMillis;

    @Inject
    @ConfigProperty(name = "scr.sat.retries", defaultValue = "2")
    int retries;

    private ConsultaCFDIService service;

    @PostConstruct
    void readContract() {
        URL wsdl = SatClient.class.getResource("/wsdl/sat/ConsultaCFDIService.wsdl");
        service = new ConsultaCFDIService(wsdl);
    }

    /**
     * Asks SAT about the CFDI of the expression, once plus the configured retries while SAT does
     * not answer; SAT's answer, or NO_DISPONIBLE with the last failure.
     */
    public SatAnswer consult(String expression) {
        String failure = null;
        for (int attempt = 0; attempt <= Math.max(0, retries); attempt++) {
            try {
                Acuse acuse = port().consulta(expression);
                if (acuse == null) {
                    failure = "El SAT respondió sin acuse";
                    continue;
                }
                return SatAnswer.of(text(acuse.getCodigoEstatus()), text(acuse.getEstado()),
                        text(acuse.getEsCancelable()), text(acuse.getEstatusCancelacion()),
                        text(acuse.getValidacionEFOS()));
            } catch (WebServiceException e) {
                failure = describe(e);
                String reason = failure;
                int tried = attempt + 1;
                LOG.warning(() -> "El SAT no respondió (intento " + tried + "): " + reason);
            }
        }
        return SatAnswer.unavailable(failure);
    }

    /** A port per call: CXF's request context belongs to its proxy, and calls may run at once. */
    private IConsultaCFDIService port() {
        IConsultaCFDIService port = service.getBasicHttpBindingIConsultaCFDIService();
        Map<String, Object> context = ((BindingProvider) port).getRequestContext();
        context.put(BindingProvider.ENDPOINT_ADDRESS_PROPERTY, endpoint);
        context.put(CONNECTION_TIMEOUT, timeoutMillis);
        context.put(RECEIVE_TIMEOUT, timeoutMillis);
        return port;
    }

    private static String describe(WebServiceException e) {
        String text;
        if (e instanceof SOAPFaultException fault) {
            text = "Falla SOAP del SAT: " + fault.getFault().getFaultString();
        } else if (hasCause(e, SocketTimeoutException.class)) {
            text = "Tiempo de espera agotado: " + e.getMessage();
        } else if (hasCause(e, ConnectException.class)) {
            text = "Conexión rechazada: " + e.getMessage();
        } else {
            text = "Error de comunicación: " + e.getMessage();
        }
        return text.length() <= MAX_FAILURE ? text : text.substring(0, MAX_FAILURE - 1) + "…";
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String text(JAXBElement<String> element) {
        return element == null || element.getValue() == null || element.getValue().isBlank() ? null
                : element.getValue().strip();
    }
}
