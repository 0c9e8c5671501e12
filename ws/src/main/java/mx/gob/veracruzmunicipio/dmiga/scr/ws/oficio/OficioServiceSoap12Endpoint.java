package mx.gob.veracruzmunicipio.dmiga.scr.ws.oficio;

import jakarta.jws.HandlerChain;
import jakarta.jws.WebService;
import jakarta.xml.ws.BindingType;
import jakarta.xml.ws.soap.MTOM;
import jakarta.xml.ws.soap.SOAPBinding;

import org.apache.cxf.annotations.SchemaValidation;
import org.apache.cxf.annotations.SchemaValidation.SchemaValidationType;

/**
 * The same OficioService over SOAP 1.2 (port OficioServiceSoap12Port of the WSDL), published at
 * /scr/api/ws/OficioService/soap12 with the same security and validation as the SOAP 1.1 port.
 */
@WebService(serviceName = "OficioService", portName = "OficioServiceSoap12Port",
        targetNamespace = "urn:mx:gob:veracruzmunicipio:dmiga:scr:v1",
        endpointInterface = "mx.gob.veracruzmunicipio.dmiga.scr.ws.v1.OficioService",
        wsdlLocation = "WEB-INF/wsdl/OficioService.wsdl")
@BindingType(SOAPBinding.SOAP12HTTP_BINDING)
@SchemaValidation(type = SchemaValidationType.IN)
@MTOM
@HandlerChain(file = "/mx/gob/veracruzmunicipio/dmiga/scr/ws/soap-handlers.xml")
public class OficioServiceSoap12Endpoint extends OficioServiceEndpoint {
}
