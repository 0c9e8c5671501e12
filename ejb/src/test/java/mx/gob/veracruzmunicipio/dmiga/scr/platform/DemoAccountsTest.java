package mx.gob.veracruzmunicipio.dmiga.scr.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import mx.gob.veracruzmunicipio.dmiga.scr.account.PasswordHash;
import mx.gob.veracruzmunicipio.dmiga.scr.account.Role;
import mx.gob.veracruzmunicipio.dmiga.scr.account.UserAccount;

class DemoAccountsTest {

    @Test
    void productionFindsOnlyTheAccountsThatStillAcceptTheDemoPassword() {
        UserAccount untouched = account("secretaria", "demo");
        UserAccount changed = account("director", "Otra-Clave-Segura");

        assertEquals(List.of("secretaria"), DemoAccounts.stillOnDemoPassword(List.of(untouched, changed)));
    }

    @Test
    void thereIsOneDemoAccountPerRole() {
        Set<Role> covered = DemoAccounts.ACCOUNTS.stream().map(DemoAccounts.Demo::role)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));

        assertEquals(EnumSet.allOf(Role.class), covered);
        assertEquals(Role.values().length, DemoAccounts.ACCOUNTS.size());
    }

    @Test
    void modeNamesAreCaseInsensitiveAndAnythingElseIsRefused() {
        assertEquals(RunMode.PRODUCTION, RunMode.parse(" Production "));
        assertEquals(RunMode.DEVELOPMENT, RunMode.parse("development"));
        assertThrows(IllegalStateException.class, () -> RunMode.parse("prod"));
    }

    private static UserAccount account(String username, String password) {
        return new UserAccount(username, "Nombre de prueba", null,
                PasswordHash.of(password.toCharArray()), Set.of(Role.SECRETARIA));
    }
}
