package mx.gob.veracruzmunicipio.dmiga.scr.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import javax.naming.InitialContext;
import javax.sql.DataSource;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.evidence.PasswordGuessEvidence;

import mx.gob.veracruzmunicipio.dmiga.scr.account.AccountAdministration;
import mx.gob.veracruzmunicipio.dmiga.scr.account.AccountChangeKind;
import mx.gob.veracruzmunicipio.dmiga.scr.account.AccountChangeView;
import mx.gob.veracruzmunicipio.dmiga.scr.account.Role;
import mx.gob.veracruzmunicipio.dmiga.scr.account.UserAccount;
import mx.gob.veracruzmunicipio.dmiga.scr.catalog.CatalogAdministration;
import mx.gob.veracruzmunicipio.dmiga.scr.catalog.Department;
import mx.gob.veracruzmunicipio.dmiga.scr.platform.InvalidInputException;

/** An account goes through the session bean into the database and back, and into the security realm. */
@ExtendWith(ArquillianExtension.class)
class AccountAdministrationIT {

    private static final String SISTEMA = Http.SERVER + "/scr/api/v1/sistema";

    @Deployment
    static EnterpriseArchive deployment() {
        return ScrDeployment.earWith(AccountAdministrationIT.class, Http.class);
    }

    @Inject
    AccountAdministration administration;

    @Inject
    CatalogAdministration catalogs;

    @Test
    void anAccountCreatedByTheAdminIsStoredAndCanSignIn() throws Exception {
        String username = uniqueUsername();

        Optional<String> machineKey = SignedIn.as("admin", "demo", () -> administration.create(username,
                "Beatriz Ocampo Lagunes", "beatriz.ocampo@veracruzmunicipio.gob.mx",
                EnumSet.of(Role.SECRETARIA, Role.MANTENIMIENTO), "Clave-Segura-2026".toCharArray()));
        UserAccount found = SignedIn.as("admin", "demo", () -> administration.find(username)).orElseThrow();

        assertTrue(machineKey.isEmpty());
        assertEquals("Beatriz Ocampo Lagunes", found.getFullName());
        assertEquals("beatriz.ocampo@veracruzmunicipio.gob.mx", found.getEmail());
        assertEquals(Set.of(Role.SECRETARIA, Role.MANTENIMIENTO), found.getRoles());
        assertTrue(found.passwordMatches("Clave-Segura-2026".toCharArray()));

        // The server's realm reads the same row: the new person can sign in, with both roles.
        var identity = SecurityDomain.getCurrent()
                .authenticate(username, new PasswordGuessEvidence("Clave-Segura-2026".toCharArray()));
        assertTrue(identity.getRoles().contains("SECRETARIA"));
        assertTrue(identity.getRoles().contains("MANTENIMIENTO"));
    }

    @Test
    void onlyTheAdminMayCreateAccounts() {
        assertThrows(EJBAccessException.class, () -> SignedIn.as("secretaria", "demo",
                () -> administration.create(uniqueUsername(), "Nadie", null, Set.of(Role.SECRETARIA),
                        "Clave-Segura-2026".toCharArray())));
    }

    @Test
    void invalidDataIsRefusedInSpanishAndNothingIsStored() throws Exception {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> SignedIn.as("admin", "demo",
                () -> administration.create("X", " ", "no-es-correo", Set.of(), "Clave-Segura-2026".toCharArray())));

        assertEquals(List.of(
                "El correo electrónico no tiene un formato válido.",
                "El nombre completo es obligatorio.",
                "La cuenta debe tener al menos un rol.",
                "El nombre de usuario debe empezar con una letra minúscula y tener de 3 a 40 caracteres: "
                        + "letras minúsculas, dígitos, punto, guion o guion bajo."), refused.messages());
        assertTrue(SignedIn.as("admin", "demo", () -> administration.find("X")).isEmpty());
    }

    @Test
    void aTakenUsernameOrAShortPasswordIsRefused() {
        InvalidInputException taken = assertThrows(InvalidInputException.class, () -> SignedIn.as("admin", "demo",
                () -> administration.create("secretaria", "Otra Persona", null, Set.of(Role.SECRETARIA),
                        "Clave-Segura-2026".toCharArray())));
        assertEquals(List.of("Ya existe una cuenta con el nombre de usuario «secretaria»."), taken.messages());

        InvalidInputException shortPassword = assertThrows(InvalidInputException.class, () -> SignedIn.as("admin",
                "demo", () -> administration.create(uniqueUsername(), "Otra Persona", null, Set.of(Role.SECRETARIA),
                        "corta".toCharArray())));
        assertEquals(List.of("La contraseña debe tener al menos 10 caracteres, con letras y números, y no debe "
                + "contener el nombre de usuario."), shortPassword.messages());
    }

    @Test
    void changedRolesAndDeactivationReachTheSecurityRealm() throws Exception {
        String username = uniqueUsername();
        SignedIn.as("admin", "demo", () -> administration.create(username, "Óscar Beltrán Ruiz", null,
                Set.of(Role.MANTENIMIENTO), "Clave-Segura-2026".toCharArray()));

        SignedIn.as("admin", "demo", () -> administration.changeRoles(username, EnumSet.of(Role.PROGRAMADOR)));
        var identity = SecurityDomain.getCurrent()
                .authenticate(username, new PasswordGuessEvidence("Clave-Segura-2026".toCharArray()));
        assertTrue(identity.getRoles().contains("PROGRAMADOR"));
        assertFalse(identity.getRoles().contains("MANTENIMIENTO"));

        SignedIn.as("admin", "demo", () -> administration.setActive(username, false));
        assertThrows(SecurityException.class, () -> SecurityDomain.getCurrent()
                .authenticate(username, new PasswordGuessEvidence("Clave-Segura-2026".toCharArray())));
    }

    @Test
    void theAdminRegistersADepartmentAndPlacesAnAreaUserInIt() throws Exception {
        String code = "D" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String username = uniqueUsername();

        Department department = SignedIn.as("admin", "demo",
                () -> catalogs.registerDepartment(code.toLowerCase(), " Dirección de Turismo "));
        SignedIn.as("admin", "demo", () -> administration.create(username, "Luis Paredes Soto", null,
                Set.of(Role.AREA_SOLICITANTE), "Clave-Segura-2026".toCharArray()));
        UserAccount placed = SignedIn.as("admin", "demo", () -> administration.assignDepartment(username, code));

        assertEquals(code, department.getCode());
        assertEquals("Dirección de Turismo", department.getName());
        assertEquals(code, placed.getDepartment().getCode());
        InvalidInputException duplicate = assertThrows(InvalidInputException.class, () -> SignedIn.as("admin", "demo",
                () -> catalogs.registerDepartment(code, "Otra")));
        assertEquals(List.of("Ya existe una dependencia con la clave «" + code + "»."), duplicate.messages());
        assertThrows(EJBAccessException.class, () -> SignedIn.as("secretaria", "demo",
                () -> catalogs.registerDepartment("X1", "Nada")));
    }

    @Test
    void aResetPasswordReachesTheRealmAndEveryChangeIsAuditedWithWhoAndWhen() throws Exception {
        String username = uniqueUsername();
        SignedIn.as("admin", "demo", () -> administration.create(username, "Rita Gómez Lara", null,
                Set.of(Role.PROGRAMADOR), "Clave-Segura-2026".toCharArray()));

        SignedIn.as("admin", "demo", () -> {
            administration.resetPassword(username, "Otra-Clave-2027".toCharArray());
            return administration.setActive(username, false);
        });

        assertThrows(SecurityException.class, () -> SecurityDomain.getCurrent()
                .authenticate(username, new PasswordGuessEvidence("Otra-Clave-2027".toCharArray())));
        SignedIn.as("admin", "demo", () -> administration.setActive(username, true));
        var identity = SecurityDomain.getCurrent()
                .authenticate(username, new PasswordGuessEvidence("Otra-Clave-2027".toCharArray()));
        assertTrue(identity.getRoles().contains("PROGRAMADOR"));
        List<AccountChangeView> history = SignedIn.as("admin", "demo", () -> administration.history(username));
        assertEquals(List.of(AccountChangeKind.ACTIVATED, AccountChangeKind.DEACTIVATED,
                AccountChangeKind.PASSWORD_RESET, AccountChangeKind.CREATED),
                history.stream().map(AccountChangeView::change).toList());
        assertTrue(history.stream().allMatch(change -> change.changedBy().equals("admin")
                && change.changedAt().isAfter(Instant.now().minusSeconds(300))));
    }

    @Test
    void aMachineClientGetsAGeneratedKeyOnceThatAuthenticatesItsWebServiceCalls() throws Exception {
        String username = uniqueUsername();
        String key = SignedIn.as("admin", "demo", () -> administration.create(username, "Cero Papel (pruebas)",
                null, Set.of(Role.CERO_PAPEL_CLIENT), new char[0])).orElseThrow();

        assertTrue(key.matches("[A-Za-z0-9_-]{43}"), key);
        Http client = new Http();
        HttpResponse<String> answer = client.get(SISTEMA, username, key);
        assertEquals(200, answer.statusCode(), answer.body());
        assertEquals("{\"cliente\":\"" + username + "\",\"sistema\":\"SCR\",\"version\":\"v1\"}", answer.body());
        assertEquals(401, client.get(SISTEMA, username, key.substring(1) + "A").statusCode());

        // A reset replaces the key at once: the old one stops working, the new one works.
        String newKey = SignedIn.as("admin", "demo", () -> administration.resetPassword(username, null)).orElseThrow();
        assertFalse(newKey.equals(key));
        assertEquals(401, client.get(SISTEMA, username, key).statusCode());
        assertEquals(200, client.get(SISTEMA, username, newKey).statusCode());
        assertEquals(List.of(AccountChangeKind.PASSWORD_RESET, AccountChangeKind.CREATED),
                SignedIn.as("admin", "demo", () -> administration.history(username)).stream()
                        .map(AccountChangeView::change).toList());
    }

    @Test
    void aMachineClientTakesNoTypedPasswordAndStaysAMachineClient() throws Exception {
        InvalidInputException typed = assertThrows(InvalidInputException.class, () -> SignedIn.as("admin", "demo",
                () -> administration.create(uniqueUsername(), "AS/400 (pruebas)", null, Set.of(Role.AS400_CLIENT),
                        "Clave-Segura-2026".toCharArray())));
        assertEquals(List.of("Las cuentas de cliente de sistema no llevan contraseña escrita: SCR genera su clave. "
                + "Deje vacío el campo de contraseña."), typed.messages());

        String username = uniqueUsername();
        SignedIn.as("admin", "demo", () -> administration.create(username, "AS/400 (pruebas)", null,
                Set.of(Role.AS400_CLIENT), null));
        InvalidInputException toStaff = assertThrows(InvalidInputException.class, () -> SignedIn.as("admin", "demo",
                () -> administration.changeRoles(username, Set.of(Role.SECRETARIA))));
        assertEquals(List.of("Una cuenta del personal no puede convertirse en cliente de sistema, ni al revés, "
                + "porque sus credenciales son de distinto tipo: cree una cuenta nueva."), toStaff.messages());
    }

    @Test
    void aMachineKeyIsStoredWithFewIterationsAndAStaffPasswordWithMany() throws Exception {
        String machine = uniqueUsername();
        String person = uniqueUsername();
        SignedIn.as("admin", "demo", () -> administration.create(machine, "AS/400 (pruebas)", null,
                Set.of(Role.AS400_CLIENT), new char[0]));
        SignedIn.as("admin", "demo", () -> administration.create(person, "Irma Soto Vela", null,
                Set.of(Role.SECRETARIA), "Clave-Segura-2026".toCharArray()));

        assertEquals(1, storedIterations(machine));
        assertEquals(600_000, storedIterations(person));
        // The demo machine clients are hashed like generated keys, so benchmarks measure the real cost.
        assertEquals(1, storedIterations("ceropapel"));
        assertEquals(1, storedIterations("as400"));
        assertEquals(600_000, storedIterations("secretaria"));
    }

    private static int storedIterations(String username) throws Exception {
        DataSource dataSource = (DataSource) new InitialContext().lookup("java:jboss/datasources/ScrDS");
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT password_iterations FROM user_account WHERE username = ?")) {
            query.setString(1, username);
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next(), username);
                return row.getInt(1);
            }
        }
    }

    @Test
    void aMachineClientCannotAlsoHoldStaffRolesAndTheAdminCannotLockThemselvesOut() {
        InvalidInputException mixed = assertThrows(InvalidInputException.class, () -> SignedIn.as("admin", "demo",
                () -> administration.create(uniqueUsername(), "Mezcla", null,
                        EnumSet.of(Role.AS400_CLIENT, Role.SECRETARIA), "Clave-Segura-2026".toCharArray())));
        assertEquals(List.of("Una cuenta de cliente de sistema (Cero Papel o AS/400) no puede tener además roles del "
                + "personal."), mixed.messages());

        InvalidInputException self = assertThrows(InvalidInputException.class,
                () -> SignedIn.as("admin", "demo", () -> administration.setActive("admin", false)));
        assertEquals(List.of("No puede desactivar su propia cuenta."), self.messages());
    }

    private static String uniqueUsername() {
        return "prueba." + UUID.randomUUID().toString().substring(0, 8);
    }
}
