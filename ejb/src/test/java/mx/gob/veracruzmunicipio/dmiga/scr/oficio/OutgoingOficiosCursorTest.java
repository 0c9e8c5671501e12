package mx.gob.veracruzmunicipio.dmiga.scr.oficio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import mx.gob.veracruzmunicipio.dmiga.scr.platform.InvalidInputException;

/** The cursor of ObtenerOficiosSalientes: opaque to Cero Papel, and anything not ours is refused in Spanish. */
class OutgoingOficiosCursorTest {

    @Test
    void aCursorTakesThePassBackToWhereItWas() {
        assertEquals(0, OutgoingOficios.position(null));
        assertEquals(0, OutgoingOficios.position(" "));
        assertEquals(12345, OutgoingOficios.position(OutgoingOficios.cursor(12345)));
        assertTrue(OutgoingOficios.cursor(7).matches("[A-Za-z0-9_-]+"), "safe in a query string");
    }

    @Test
    void aCursorThatIsNotOursIsRefusedNamingTheField() {
        for (String bad : new String[] {"abc", "!!", OutgoingOficios.cursor(1).substring(1)}) {
            InvalidInputException refused = assertThrows(InvalidInputException.class, () -> OutgoingOficios.position(bad));
            assertTrue(refused.getMessage().contains("(desde)"), refused.getMessage());
        }
    }
}
