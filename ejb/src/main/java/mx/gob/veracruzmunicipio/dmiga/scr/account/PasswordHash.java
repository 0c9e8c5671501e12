package mx.gob.veracruzmunicipio.dmiga.scr.account;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import java.util.Set;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A stored password: PBKDF2-HMAC-SHA256 with a random salt and its iteration count.
 *
 * <p>The derived key is exactly what SCRAM-SHA-256 calls the salted password, so the server's
 * Elytron jdbc-realm verifies these columns with its {@code scram-sha-256} mapper: the intranet
 * login, HTTP Basic and this class agree on one format. The iteration count is stored per account:
 * staff passwords get {@link #ITERATIONS}, machine clients' generated keys {@link #MACHINE_KEY_ITERATIONS}.
 */
@Embeddable
public class PasswordHash {

    /** OWASP's 2023 recommendation for PBKDF2-HMAC-SHA256. */
    public static final int ITERATIONS = 600_000;
    /**
     * Iterations only make guessing a person's password from a stolen hash slower. A machine client's
     * key is 256 random bits ({@link MachineKey}): no number of guesses finds it, so more iterations
     * would add no safety, only ~0.3 s of CPU to every web-service call the realm authenticates.
     * One iteration is still salted HMAC-SHA256 in the SCRAM format the realm reads.
     */
    public static final int MACHINE_KEY_ITERATIONS = 1;
    private static final int SALT_BYTES = 16;
    private static final int KEY_BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Column(name = "password_hash", nullable = false, length = 100)
    private String hash;

    @Column(name = "password_salt", nullable = false, length = 100)
    private String salt;

    @Column(name = "password_iterations", nullable = false)
    private int iterations;

    protected PasswordHash() {
        // JPA
    }

    private PasswordHash(byte[] hash, byte[] salt, int iterations) {
        this.hash = Base64.getEncoder().encodeToString(hash);
        this.salt = Base64.getEncoder().encodeToString(salt);
        this.iterations = iterations;
    }

    public static PasswordHash of(char[] password) {
        return of(password, ITERATIONS);
    }

    /** The secret of an account with these roles: a machine client's key or a person's password. */
    public static PasswordHash forAccount(Set<Role> roles, char[] secret) {
        return of(secret, Role.anyMachineClient(roles) ? MACHINE_KEY_ITERATIONS : ITERATIONS);
    }

    static PasswordHash of(char[] password, int iterations) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return new PasswordHash(derive(password, salt, iterations), salt, iterations);
    }

    /** Constant-time comparison, so the time taken says nothing about how much matched. */
    public boolean matches(char[] candidate) {
        byte[] expected = Base64.getDecoder().decode(hash);
        byte[] actual = derive(candidate, Base64.getDecoder().decode(salt), iterations);
        return MessageDigest.isEqual(expected, actual);
    }

    public int iterations() {
        return iterations;
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        Objects.requireNonNull(password, "password");
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, KEY_BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java 17 runtime", e);
        } finally {
            spec.clearPassword();
        }
    }
}
