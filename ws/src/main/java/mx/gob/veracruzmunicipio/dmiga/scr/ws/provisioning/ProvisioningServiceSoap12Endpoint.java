package mx.gob.veracruzmunicipio.dmiga.scr.ws.provisioning;

import jakarta.jws.WebService;
import jakarta.xml.ws.BindingType;
import jakarta.xml.ws.soap.SOAPBinding;

import org.apache.cxf.annotations.SchemaValidation;
import org.apache.cxf.annotations.SchemaValidation.SchemaValidationType;
import org.apache.cxf.interceptor.InInterceptors;
import org.apache.cxf.interceptor.OutFaultInterceptors;

import mx.gob.veracruzmunicipio.dmiga.scr.ws.soap.SchemaFaultInterceptor;
import mx.gob.veracruzmunicipio.dmiga.scr.ws.soap.UsernameTokenHeader;

/**
 * The same ProvisioningService over SOAP 1.2 (port ProvisioningServiceSoap12Port of the WSDL),
 * published at /scr/api/ws/ProvisioningService/soap12 with the same security and validation.
 */
@WebService(serviceName = "ProvisioningService", portName = "ProvisioningServiceSoap12Port",
        targetNamespace = "urn:mx:gob:veracruzmunicipio:dmiga:scr:v1",
        endpointInterface = "mx.gob.veracruzmunicipio.dmiga.scr.ws.v1.provisioning.ProvisioningService",
        wsdlLocation = "WEB-INF/wsdl/ProvisioningService.wsdl")
@BindingType(SOAPBinding.SOAP12HTTP_BINDING)
@SchemaValidation(type = SchemaValidationType.IN)
@InInterceptors(classes = UsernameTokenHeader.class)
@OutFaultInterceptors(classes = SchemaFaultInterceptor.class)
public class ProvisioningServiceSoap12Endpoint extends ProvisioningServiceEndpoint {
}
