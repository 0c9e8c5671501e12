package mx.gob.veracruzmunicipio.dmiga.scr.ws.soap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** CXF's schema refusals (Xerces and JAXB wording) told in Spanish, naming the element or value. */
class SchemaFaultInterceptorTest {

    private static final String NS = "\"urn:mx:gob:veracruzmunicipio:dmiga:scr:v1\"";

    @Test
    void aMissingElementIsNamed() {
        assertEquals(List.of("El elemento «cuerpo» no es válido en esa posición; se esperaba: asunto."),
                SchemaFaultInterceptor.spanish("Unmarshalling Error: cvc-complex-type.2.4.a: Invalid content was found "
                        + "starting with element '{" + NS + ":cuerpo}'. One of '{" + NS + ":asunto}' is expected. "));
    }

    @Test
    void anIncompleteElementSaysWhatItLacks() {
        assertEquals(List.of("Al elemento «remitente» le falta: nombre."),
                SchemaFaultInterceptor.spanish("Unmarshalling Error: cvc-complex-type.2.4.b: The content of element "
                        + "'scr:remitente' is not complete. One of '{" + NS + ":nombre}' is expected."));
    }

    @Test
    void aValueOutsideTheEnumerationIsNamedWithTheAllowedOnes() {
        assertEquals(List.of("El valor «PR-DMIGA-99» no es uno de los permitidos: PR-DMIGA-01, PR-DMIGA-02."),
                SchemaFaultInterceptor.spanish("Unmarshalling Error: cvc-enumeration-valid: Value 'PR-DMIGA-99' is not "
                        + "facet-valid with respect to enumeration '[PR-DMIGA-01, PR-DMIGA-02]'. It must be a value "
                        + "from the enumeration. "));
    }

    @Test
    void aBadDateExplainsTheFormat() {
        assertEquals(List.of("El valor «ayer» no es válido para el tipo dateTime (fecha y hora ISO 8601, p. ej. "
                        + "2026-11-20T10:00:00-06:00)."),
                SchemaFaultInterceptor.spanish("Unmarshalling Error: cvc-datatype-valid.1.2.1: 'ayer' is not a valid "
                        + "value for 'dateTime'."));
    }

    @Test
    void anUnknownElementIsNamedWithTheExpectedOnes() {
        assertEquals(List.of("El elemento «prioridad» no pertenece al contrato en esa posición; se esperaba uno de: "
                        + "idCeroPapel, cuerpo."),
                SchemaFaultInterceptor.spanish("Unmarshalling Error: unexpected element (uri:" + NS
                        + ", local:\"prioridad\"). Expected elements are <{urn:mx:gob:veracruzmunicipio:dmiga:scr:v1}"
                        + "idCeroPapel>,<{urn:mx:gob:veracruzmunicipio:dmiga:scr:v1}cuerpo> "));
    }

    @Test
    void aValueOutOfRangeNamesTheFieldAndTheLimit() {
        assertEquals(List.of("El valor «7» no es válido para calificacion: debe ser como máximo 5."),
                SchemaFaultInterceptor.spanish("Unmarshalling Error: cvc-maxInclusive-valid: Value '7' is not facet-valid "
                        + "with respect to maxInclusive '5' for type 'Calificacion'. "));
        assertEquals(List.of("El valor «0» no es válido para calificacion: debe ser como mínimo 1."),
                SchemaFaultInterceptor.spanish("Unmarshalling Error: cvc-minInclusive-valid: Value '0' is not facet-valid "
                        + "with respect to minInclusive '1' for type 'Calificacion'. "));
    }

    @Test
    void aDoctypeIsRefusedAsSuch() {
        assertEquals(List.of("El mensaje no puede incluir DOCTYPE (DTD ni entidades XML); no se procesó."),
                SchemaFaultInterceptor.unreadable("Error reading XMLStreamReader: Received event DTD, instead of "
                        + "START_ELEMENT or END_ELEMENT."));
    }

    @Test
    void xmlThatIsNotWellFormedIsSaidSo() {
        assertEquals(List.of("El mensaje no es XML bien formado; revise que cada elemento se abra y se cierre."),
                SchemaFaultInterceptor.unreadable("Problems creating SAAJ object model"));
        assertEquals(List.of(), SchemaFaultInterceptor.unreadable("Error interno del servidor"));
    }

    @Test
    void aBareValueJaxbCouldNotConvertIsQuoted() {
        assertEquals(List.of("El valor «ayer» no tiene el tipo que el contrato pide en su campo (fecha y hora ISO 8601"
                        + " como 2026-11-20T10:00:00-06:00, número o valor de la lista)."),
                SchemaFaultInterceptor.spanish("Unmarshalling Error: ayer "));
    }
}
