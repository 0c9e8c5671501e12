package mx.gob.veracruzmunicipio.dmiga.scr.platform;

import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;

/** Tells whoever started the server where SCR answers, once the database is ready. */
@Singleton
@Startup
@DependsOn("DemoAccounts")
public class StartupBanner {

    private static final Logger LOG = Logger.getLogger(StartupBanner.class.getName());

    @PostConstruct
    void announce() {
        int offset = Integer.getInteger("jboss.socket.binding.port-offset", 0);
        String host = host(System.getProperty("jboss.bind.address", "localhost"));
        String http = "http://" + host + ":" + (Integer.getInteger("jboss.http.port", 8080) + offset);
        String management = "http://" + host(System.getProperty("jboss.bind.address.management", "localhost"))
                + ":" + (Integer.getInteger("jboss.management.http.port", 9990) + offset);
        LOG.info(String.join(System.lineSeparator(),
                "SCR desplegado. Direcciones:",
                "  Intranet:        " + http + "/scr/",
                "  Servicios web:   " + http + "/scr/api/ (índice de WSDL y REST)",
                "  OpenAPI:         " + http + "/scr/api/openapi",
                "  Salud:           " + management + "/health"));
    }

    /** A wildcard bind address is reachable locally as localhost. */
    private static String host(String bindAddress) {
        return "0.0.0.0".equals(bindAddress) || "127.0.0.1".equals(bindAddress) ? "localhost" : bindAddress;
    }
}
