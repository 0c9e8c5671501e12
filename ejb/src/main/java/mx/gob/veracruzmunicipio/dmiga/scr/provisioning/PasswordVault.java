package mx.gob.veracruzmunicipio.dmiga.scr.provisioning;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import mx.gob.veracruzmunicipio.dmiga.scr.platform.RunMode;

/**
 * Temporary passwords of user requests: generated from a {@link SecureRandom}, kept only encrypted
 * (AES-256-GCM, a fresh IV per password, the request bound as associated data so a value copied to
 * another row does not decrypt). The key is the server setting {@code scr.provisioning.key}
 * (environment variable {@code SCR_PROVISIONING_KEY}, 32 bytes in base64); neither the key nor a
 * password is ever logged. In production the deployment stops unless a real key is set. Immutable
 * after start-up, so shared by every thread.
 */
@ApplicationScoped
public class PasswordVault {

    /** The configured value meaning "no key set": accepted only in development. */
    static final String DEVELOPMENT = "development";
    /** Ten characters, what the AS/400 accepts (QPWDLVL 0-1), without look-alikes (0/O, 1/I). */
    static final int LENGTH = 10;
    private static final String LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String DIGITS = "23456789";
    private static final String FORMAT = "v1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecureRandom random = new SecureRandom();

    @Inject
    @ConfigProperty(name = "scr.provisioning.key", defaultValue = DEVELOPMENT)
    String configuredKey;

    @Inject
    @ConfigProperty(name = "scr.mode", defaultValue = "production")
    String mode;

    private SecretKey key;

    @PostConstruct
    void loadKey() {
        key = keyOf(configuredKey, RunMode.parse(mode));
    }

    /** Reads the key when SCR is deployed, so a missing production key stops the deployment. */
    void checkAtDeployment(@Observes @Initialized(ApplicationScoped.class) Object deployed) {
        // @PostConstruct has run: the key is valid.
    }

    static SecretKey keyOf(String configured, RunMode mode) {
        String value = configured == null ? "" : configured.strip();
        if (value.isEmpty() || DEVELOPMENT.equals(value)) {
            if (mode == RunMode.PRODUCTION) {
                throw new IllegalStateException("Modo production: defina SCR_PROVISIONING_KEY (32 bytes aleatorios en "
                        + "base64, p. ej. `openssl rand -base64 32`) para cifrar las contraseñas temporales.");
            }
            // A fixed development key: development data is demo data.
            return new SecretKeySpec(sha256("SCR development provisioning key"), "AES");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(value);
        } catch (IllegalArgumentException notBase64) {
            throw new IllegalStateException("SCR_PROVISIONING_KEY debe ser base64 (32 bytes).");
        }
        if (bytes.length != 32) {
            throw new IllegalStateException("SCR_PROVISIONING_KEY debe tener 32 bytes (256 bits) en base64; tiene "
                    + bytes.length + ".");
        }
        return new SecretKeySpec(bytes, "AES");
    }

    /** A new temporary password: a letter first, at least one digit, the rest letters and digits. */
    public String generate() {
        String alphabet = LETTERS + DIGITS;
        StringBuilder password = new StringBuilder(LENGTH);
        password.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
        int digitAt = 1 + random.nextInt(LENGTH - 1);
        for (int i = 1; i < LENGTH; i++) {
            password.append(i == digitAt ? DIGITS.charAt(random.nextInt(DIGITS.length()))
                    : alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return password.toString();
    }

    /** The stored form of {@code password} for the request named by {@code binding}. */
    public String encrypt(String password, String binding) {
        return encrypt(key, random, password, binding);
    }

    public String decrypt(String stored, String binding) {
        return decrypt(key, stored, binding);
    }

    static String encrypt(SecretKey key, SecureRandom random, String password, String binding) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(binding.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(password.getBytes(StandardCharsets.UTF_8));
            return FORMAT + Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length)
                    .put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    static String decrypt(SecretKey key, String stored, String binding) {
        if (stored == null || !stored.startsWith(FORMAT)) {
            throw new IllegalStateException("Unknown temporary password format");
        }
        byte[] all = Base64.getDecoder().decode(stored.substring(FORMAT.length()));
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, IV_BYTES));
            cipher.updateAAD(binding.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            // Wrong key or a value moved to another row; the message names neither.
            throw new IllegalStateException("The temporary password cannot be decrypted with the configured key");
        }
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
