package mx.gob.veracruzmunicipio.dmiga.scr.ws.oficio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLTransientConnectionException;

import jakarta.persistence.PersistenceException;
import jakarta.xml.ws.WebServiceException;

import org.junit.jupiter.api.Test;

import mx.gob.veracruzmunicipio.dmiga.scr.ws.Failures;
import mx.gob.veracruzmunicipio.dmiga.scr.ws.v1.ServicioNoDisponible;

/** A database that is down is ServicioNoDisponible (REST: 503), so Cero Papel retries; a bug is not. */
class TransientFailureTest {

    @Test
    void aLostDatabaseConnectionAsksTheClientToRetry() {
        RuntimeException databaseDown = new PersistenceException("could not prepare statement",
                new SQLTransientConnectionException("Connection refused"));

        assertTrue(Failures.isTransient(databaseDown, "test"));
        ServicioNoDisponible fault = assertThrows(ServicioNoDisponible.class,
                () -> OficioServiceEndpoint.unexpected(databaseDown, "RecibirOficio"));
        assertEquals(Failures.UNAVAILABLE, fault.getFaultInfo().getMensaje());
    }

    @Test
    void aProgrammingErrorIsAnInternalErrorWithoutItsTrace() throws Exception {
        RuntimeException bug = new IllegalStateException("report without dictamen");

        assertFalse(Failures.isTransient(bug, "test"));
        RuntimeException answer = OficioServiceEndpoint.unexpected(bug, "RegistrarFirma");
        assertTrue(answer instanceof WebServiceException);
        assertEquals(Failures.INTERNAL, answer.getMessage());
    }
}
