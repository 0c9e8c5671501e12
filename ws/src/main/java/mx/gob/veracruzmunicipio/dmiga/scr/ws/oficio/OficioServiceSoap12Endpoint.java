package mx.gob.veracruzmunicipio.dmiga.scr.ws.oficio;

import jakarta.jws.WebService;
import jakarta.xml.ws.BindingType;
import jakarta.xml.ws.soap.MTOM;
import jakarta.xml.ws.soap.SOAPBinding;

import org.apache.cxf.annotations.SchemaValidation;
import org.apache.cxf.annotations.SchemaValidation.SchemaValidationType;
import org.apache.cxf.interceptor.InInterceptors;
import org.apache.cxf.interceptor.OutFaultInterceptors;

import mx.gob.veracruzmunicipio.dmiga.scr.ws.soap.SchemaFaultInterceptor;
import mx.gob.veracruzmunicipio.dmiga.scr.ws.soap.UsernameTokenHeader;

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
@InInterceptors(classes = UsernameTokenHeader.class)
@OutFaultInterceptors(classes = SchemaFaultInterceptor.class)
public class OficioServiceSoap12Endpoint extends OficioServiceEndpoint {
}
