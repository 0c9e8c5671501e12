package mx.gob.veracruzmunicipio.dmiga.scr.provisioning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;

import javax.crypto.SecretKey;

import org.junit.jupiter.api.Test;

import mx.gob.veracruzmunicipio.dmiga.scr.platform.RunMode;

class PasswordVaultTest {

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]).replace('A', 'B');

    @Test
    void aPasswordIsStoredEncryptedAndOnlyItsOwnRequestDecryptsIt() {
        SecretKey key = PasswordVault.keyOf(KEY, RunMode.PRODUCTION);
        SecureRandom random = new SecureRandom();
        String stored = PasswordVault.encrypt(key, random, "K7MPQ2XZ9A", "AS400:17");

        assertTrue(stored.startsWith("v1:"), stored);
        assertFalse(stored.contains("K7MPQ2XZ9A"));
        assertNotEquals(stored, PasswordVault.encrypt(key, random, "K7MPQ2XZ9A", "AS400:17"), "a fresh IV each time");
        assertEquals("K7MPQ2XZ9A", PasswordVault.decrypt(key, stored, "AS400:17"));
        assertThrows(IllegalStateException.class, () -> PasswordVault.decrypt(key, stored, "AS400:18"));
        SecretKey other = PasswordVault.keyOf(KEY.replace('B', 'C'), RunMode.PRODUCTION);
        assertThrows(IllegalStateException.class, () -> PasswordVault.decrypt(other, stored, "AS400:17"));
    }

    @Test
    void productionNeedsARealKeyAndDevelopmentHasADemoOne() {
        assertThrows(IllegalStateException.class, () -> PasswordVault.keyOf("development", RunMode.PRODUCTION));
        assertThrows(IllegalStateException.class, () -> PasswordVault.keyOf("", RunMode.PRODUCTION));
        IllegalStateException shortKey = assertThrows(IllegalStateException.class,
                () -> PasswordVault.keyOf(Base64.getEncoder().encodeToString(new byte[16]), RunMode.PRODUCTION));
        assertTrue(shortKey.getMessage().contains("32 bytes"), shortKey.getMessage());
        assertEquals("AES", PasswordVault.keyOf("development", RunMode.DEVELOPMENT).getAlgorithm());
    }

    @Test
    void generatedPasswordsSuitTheAs400AndDoNotRepeat() {
        PasswordVault vault = new PasswordVault();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String password = vault.generate();
            assertTrue(password.matches("[A-Z][A-Z0-9]{9}") && password.matches(".*[0-9].*"), password);
            assertTrue(seen.add(password), password);
        }
    }
}
