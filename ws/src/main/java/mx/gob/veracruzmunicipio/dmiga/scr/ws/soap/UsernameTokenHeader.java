package mx.gob.veracruzmunicipio.dmiga.scr.ws.soap;

import java.util.Set;

import javax.xml.namespace.QName;

import jakarta.xml.ws.handler.MessageContext;
import jakarta.xml.ws.handler.soap.SOAPHandler;
import jakarta.xml.ws.handler.soap.SOAPMessageContext;

/**
 * Tells CXF that the WS-Security header is understood: {@link SoapAuthentication} has already
 * authenticated its UsernameToken, and WS-Security clients mark the header mustUnderstand.
 */
public class UsernameTokenHeader implements SOAPHandler<SOAPMessageContext> {

    @Override
    public Set<QName> getHeaders() {
        return Set.of(new QName(SoapAuthentication.WSSE, "Security"));
    }

    @Override
    public boolean handleMessage(SOAPMessageContext context) {
        return true;
    }

    @Override
    public boolean handleFault(SOAPMessageContext context) {
        return true;
    }

    @Override
    public void close(MessageContext context) {
        // nothing held
    }
}
