package mx.gob.veracruzmunicipio.dmiga.scr.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.util.Set;

import org.junit.jupiter.api.Test;

class PasswordHashTest {

    // A low count keeps the test fast; the algorithm is the same at any count.
    private static final int FAST = 1_000;

    @Test
    void acceptsTheSamePasswordAndRejectsAnyOther() {
        PasswordHash hash = PasswordHash.of("Correcta-2026".toCharArray(), FAST);

        assertTrue(hash.matches("Correcta-2026".toCharArray()));
        assertFalse(hash.matches("correcta-2026".toCharArray()));
        assertFalse(hash.matches("".toCharArray()));
    }

    @Test
    void theSamePasswordTwiceIsStoredDifferently() throws Exception {
        PasswordHash first = PasswordHash.of("demo".toCharArray(), FAST);
        PasswordHash second = PasswordHash.of("demo".toCharArray(), FAST);

        // A random salt per account: equal passwords don't show as equal rows.
        assertFalse(field(first, "salt").equals(field(second, "salt")));
        assertFalse(field(first, "hash").equals(field(second, "hash")));
    }

    @Test
    void newHashesUseTheRecommendedIterationCount() {
        assertEquals(600_000, PasswordHash.of("demo".toCharArray()).iterations());
    }

    @Test
    void aMachineClientsKeyIsHashedWithFewIterationsAndAPersonsPasswordWithMany() {
        assertEquals(PasswordHash.MACHINE_KEY_ITERATIONS,
                PasswordHash.forAccount(Set.of(Role.AS400_CLIENT), "clave".toCharArray()).iterations());
        assertEquals(600_000, PasswordHash.forAccount(Set.of(Role.SECRETARIA), "demo".toCharArray()).iterations());
    }

    @Test
    void aGeneratedMachineKeyHas256RandomBitsInUrlSafeCharacters() {
        String key = MachineKey.generate();

        assertTrue(key.matches("[A-Za-z0-9_-]{43}"), key);
        assertFalse(key.equals(MachineKey.generate()));
    }

    private static Object field(PasswordHash hash, String name) throws ReflectiveOperationException {
        Field field = PasswordHash.class.getDeclaredField(name);
        field.setAccessible(true);
        return field.get(hash);
    }
}
