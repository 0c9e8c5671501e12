package mx.gob.veracruzmunicipio.dmiga.scr.account;

import java.io.Serializable;
import java.time.Instant;

/** Whether a sign-in may go on; when the username is locked out, until when. */
public record SignInDecision(boolean allowed, Instant lockedUntil) implements Serializable {

    static SignInDecision allow() {
        return new SignInDecision(true, null);
    }

    static SignInDecision lockedUntil(Instant until) {
        return new SignInDecision(false, until);
    }
}
