package mx.gob.veracruzmunicipio.dmiga.scr.account;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * The credential of a machine client (Cero Papel, AS/400): 256 random bits that SCR generates and
 * shows once to the ADMIN, who configures them in the client system. Nobody types or chooses it, so
 * it needs no strength rule and no slow hash (see {@link PasswordHash#MACHINE_KEY_ITERATIONS}).
 */
final class MachineKey {

    private static final int BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private MachineKey() {
    }

    /** 43 URL-safe base64 characters, usable as is in HTTP Basic and WS-Security UsernameToken. */
    static String generate() {
        byte[] key = new byte[BYTES];
        RANDOM.nextBytes(key);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key);
    }
}
