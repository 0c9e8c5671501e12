package mx.gob.veracruzmunicipio.dmiga.scr.ws.soap;

import java.util.Set;

import javax.xml.namespace.QName;

import org.apache.cxf.binding.soap.SoapMessage;
import org.apache.cxf.binding.soap.interceptor.AbstractSoapInterceptor;
import org.apache.cxf.phase.Phase;

/**
 * Tells CXF that the WS-Security header is understood: {@link SoapAuthentication} has already
 * authenticated its UsernameToken, and WS-Security clients mark the header mustUnderstand. CXF's
 * MustUnderstandInterceptor asks every SOAP interceptor of the chain which headers it understands;
 * this one has nothing else to do. Declared on the endpoints with {@code @InInterceptors}.
 */
public class UsernameTokenHeader extends AbstractSoapInterceptor {

    private static final Set<QName> SECURITY = Set.of(new QName(SoapAuthentication.WSSE, "Security"));

    public UsernameTokenHeader() {
        super(Phase.PRE_PROTOCOL);
    }

    @Override
    public Set<QName> getUnderstoodHeaders() {
        return SECURITY;
    }

    @Override
    public void handleMessage(SoapMessage message) {
        // nothing to do: understanding the header is all
    }
}
