package mx.gob.veracruzmunicipio.dmiga.scr.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import mx.gob.veracruzmunicipio.dmiga.scr.catalog.As400Module;
import mx.gob.veracruzmunicipio.dmiga.scr.catalog.BudgetItem;
import mx.gob.veracruzmunicipio.dmiga.scr.catalog.BudgetItems;
import mx.gob.veracruzmunicipio.dmiga.scr.catalog.CatalogAdministration;
import mx.gob.veracruzmunicipio.dmiga.scr.catalog.Catalogs;
import mx.gob.veracruzmunicipio.dmiga.scr.catalog.EquipmentType;
import mx.gob.veracruzmunicipio.dmiga.scr.catalog.HelpDesk;
import mx.gob.veracruzmunicipio.dmiga.scr.catalog.Material;
import mx.gob.veracruzmunicipio.dmiga.scr.catalog.Provider;
import mx.gob.veracruzmunicipio.dmiga.scr.catalog.TelecomService;
import mx.gob.veracruzmunicipio.dmiga.scr.platform.InvalidInputException;

/** The ADMIN maintains the catalogs through the session bean; the staff sees the active rows. */
@ExtendWith(ArquillianExtension.class)
class CatalogAdministrationIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return ScrDeployment.earWith(CatalogAdministrationIT.class);
    }

    @Inject
    CatalogAdministration administration;

    @Inject
    Catalogs catalogs;

    @Inject
    BudgetItems budgetItems;

    @Test
    void aMaterialGoesThroughItsLife() throws Exception {
        String code = uniqueCode("MAT-");

        Material registered = asAdmin(() -> administration.registerMaterial(code.toLowerCase(), " Cable UTP Cat 6 ",
                "metros", 100));
        assertEquals(code, registered.getCode());
        assertEquals("Cable UTP Cat 6", registered.getName());

        asAdmin(() -> administration.updateMaterial(code, "Cable UTP categoría 6 (exterior)", "metros"));
        assertEquals(130, (int) asAdmin(() -> administration.adjustStock(code, 30, "Entrega de Adquisiciones")));
        assertEquals(120, (int) asAdmin(() -> administration.adjustStock(code, -10, "Conteo físico")));

        Material found = asAdmin(() -> administration.findMaterial(code)).orElseThrow();
        assertEquals("Cable UTP categoría 6 (exterior)", found.getName());
        assertEquals(120, found.getQuantityInStock());
        assertTrue(SignedIn.as("mantenimiento", "demo", () -> catalogs.materials()).stream()
                .anyMatch(m -> m.getCode().equals(code)));

        asAdmin(() -> {
            administration.deactivateMaterial(code);
            return null;
        });
        assertFalse(asAdmin(() -> administration.findMaterial(code)).orElseThrow().isActive());
        assertFalse(SignedIn.as("mantenimiento", "demo", () -> catalogs.materials()).stream()
                .anyMatch(m -> m.getCode().equals(code)));
    }

    @Test
    void aStockAdjustmentNeedsAReasonAndCannotLeaveTheStockNegative() throws Exception {
        String code = uniqueCode("MAT-");
        asAdmin(() -> administration.registerMaterial(code, "Jack RJ45", "piezas", 5));

        InvalidInputException noReason = assertThrows(InvalidInputException.class,
                () -> asAdmin(() -> administration.adjustStock(code, 0, " ")));
        assertEquals(List.of("El ajuste de existencia no puede ser cero.",
                "El motivo del ajuste de existencia es obligatorio."), noReason.messages());

        InvalidInputException negative = assertThrows(InvalidInputException.class,
                () -> asAdmin(() -> administration.adjustStock(code, -6, "Conteo físico")));
        assertEquals(List.of("El ajuste dejaría negativa la existencia de «Jack RJ45» (" + code
                + "): hay 5 piezas y el ajuste es de -6."), negative.messages());
        assertEquals(5, asAdmin(() -> administration.findMaterial(code)).orElseThrow().getQuantityInStock());
    }

    @Test
    void anInvalidMaterialIsRefusedInSpanishAndNothingIsStored() throws Exception {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> asAdmin(() -> administration.registerMaterial("-mal", " ", "", -1)));

        assertEquals(List.of(
                "La clave debe tener de 1 a 20 caracteres: letras sin acentos, dígitos, punto o guion, "
                        + "empezando con letra o dígito.",
                "El nombre es obligatorio.",
                "La existencia no puede ser negativa.",
                "La unidad de medida es obligatoria."), refused.messages());
        assertTrue(asAdmin(() -> administration.findMaterial("-MAL")).isEmpty());
    }

    @Test
    void aProviderGoesThroughItsLife() throws Exception {
        String rfc = uniqueRfc();

        Provider registered = asAdmin(() -> administration.registerProvider("Proveedor de Prueba, S.A. de C.V.",
                rfc.toLowerCase(), EnumSet.of(TelecomService.INTERNET),
                new HelpDesk("800 555 0199", "soporte@proveedor.example", "Lunes a viernes, 9:00 a 18:00")));
        assertEquals(rfc, registered.getRfc());
        assertTrue(registered.isCompany());

        asAdmin(() -> administration.updateProvider(rfc, "Proveedor de Prueba, S.A. de C.V.",
                EnumSet.of(TelecomService.INTERNET, TelecomService.PHONE), new HelpDesk("(229) 555-0199", "", "24 horas")));
        Provider found = asAdmin(() -> administration.findProvider(rfc)).orElseThrow();
        assertEquals(Set.of(TelecomService.INTERNET, TelecomService.PHONE), found.getServices());
        assertEquals("(229) 555-0199", found.getHelpDesk().getPhone());
        assertEquals(null, found.getHelpDesk().getEmail());
        assertEquals("24 horas", found.getHelpDesk().getHours());

        InvalidInputException duplicate = assertThrows(InvalidInputException.class, () -> asAdmin(
                () -> administration.registerProvider("Otro", rfc, EnumSet.of(TelecomService.MOBILE),
                        new HelpDesk("800 555 0100", null, "24 horas"))));
        assertEquals(List.of("Ya existe un proveedor con el RFC «" + rfc + "»."), duplicate.messages());

        asAdmin(() -> {
            administration.deactivateProvider(rfc);
            return null;
        });
        assertFalse(SignedIn.as("mantenimiento", "demo", () -> catalogs.providers()).stream()
                .anyMatch(p -> p.getRfc().equals(rfc)));
    }

    @Test
    void anInvalidProviderIsRefusedInSpanishAndNothingIsStored() throws Exception {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> asAdmin(
                () -> administration.registerProvider(" ", "ABC12", Set.of(), new HelpDesk("12", "no-es-correo", ""))));

        assertEquals(List.of(
                "El correo de la mesa de ayuda no tiene un formato válido.",
                "El horario de la mesa de ayuda es obligatorio.",
                "El teléfono de la mesa de ayuda debe tener de 7 a 20 caracteres: dígitos, espacios, guiones, "
                        + "paréntesis y un + inicial.",
                "El nombre del proveedor es obligatorio.",
                "El RFC debe tener 12 caracteres (persona moral) o 13 (persona física): 3 o 4 letras, la fecha "
                        + "AAMMDD y la homoclave de 3 caracteres.",
                "El proveedor debe ofrecer al menos un servicio (telefonía fija, telefonía móvil o internet)."),
                refused.messages());
        assertTrue(asAdmin(() -> administration.findProvider("ABC12")).isEmpty());

        InvalidInputException badDate = assertThrows(InvalidInputException.class, () -> asAdmin(
                () -> administration.registerProvider("Persona Física", "GOVA801332XY9", Set.of(TelecomService.MOBILE),
                        new HelpDesk("229 555 0000", null, "Horario de oficina"))));
        assertEquals(List.of("Los seis dígitos del RFC deben ser una fecha válida (AAMMDD)."), badDate.messages());
        assertTrue(asAdmin(() -> administration.findProvider("GOVA801332XY9")).isEmpty());
    }

    @Test
    void aBudgetItemCannotBeAuthorizedBelowWhatIsCommitted() throws Exception {
        String code = uniqueCode("P-");
        BudgetItem registered = asAdmin(() -> administration.registerBudgetItem(code, "Telefonía celular", 2026,
                new BigDecimal("1000")));
        assertEquals(new BigDecimal("1000.00"), registered.getAuthorizedAmount());
        SignedIn.as("presupuestos", "demo", () -> budgetItems.commit(code, new BigDecimal("600.00")));

        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> asAdmin(
                () -> administration.updateBudgetItem(code, "Telefonía celular", new BigDecimal("599.99"))));
        assertEquals(List.of("El monto autorizado no puede ser menor que el monto ya comprometido."),
                refused.messages());

        BudgetItem amended = asAdmin(() -> administration.updateBudgetItem(code, "Telefonía celular (ampliación)",
                new BigDecimal("1500.00")));
        assertEquals(new BigDecimal("900.00"), amended.getBalance());
        assertEquals("Telefonía celular (ampliación)",
                asAdmin(() -> administration.findBudgetItem(code)).orElseThrow().getDescription());

        InvalidInputException duplicate = assertThrows(InvalidInputException.class, () -> asAdmin(
                () -> administration.registerBudgetItem(code, "Otra", 2026, BigDecimal.TEN)));
        assertEquals(List.of("Ya existe una partida presupuestal con la clave «" + code + "»."), duplicate.messages());
    }

    @Test
    void anInvalidBudgetItemIsRefusedInSpanishAndNothingIsStored() throws Exception {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> asAdmin(
                () -> administration.registerBudgetItem("P MAL", "", 1999, new BigDecimal("-10.555"))));

        assertEquals(List.of(
                "El monto autorizado admite como máximo 13 dígitos enteros y 2 decimales.",
                "El monto autorizado no puede ser negativo.",
                "La clave de la partida presupuestal debe tener de 1 a 20 caracteres: letras sin acentos, dígitos, "
                        + "punto o guion, empezando con letra o dígito.",
                "La descripción de la partida presupuestal es obligatoria.",
                "El ejercicio fiscal debe ser un año entre 2000 y 2100."), refused.messages());
        assertTrue(asAdmin(() -> administration.findBudgetItem("P MAL")).isEmpty());
    }

    @Test
    void as400ModulesAndEquipmentTypesGoThroughTheirLife() throws Exception {
        String module = uniqueCode("M");
        String type = uniqueCode("E");

        As400Module registered = asAdmin(() -> administration.registerAs400Module(module, "Control patrimonial"));
        asAdmin(() -> administration.updateAs400Module(module, "Control Patrimonial"));
        EquipmentType registeredType = asAdmin(() -> administration.registerEquipmentType(type, "Tableta"));
        asAdmin(() -> administration.updateEquipmentType(type, "Tableta electrónica"));

        assertEquals(module, registered.getCode());
        assertEquals(type, registeredType.getCode());
        assertTrue(SignedIn.as("secretaria", "demo", () -> catalogs.as400Modules()).stream()
                .anyMatch(m -> m.getCode().equals(module) && m.getName().equals("Control Patrimonial")));
        assertTrue(SignedIn.as("mantenimiento", "demo", () -> catalogs.equipmentTypes()).stream()
                .anyMatch(e -> e.getCode().equals(type) && e.getName().equals("Tableta electrónica")));

        InvalidInputException duplicate = assertThrows(InvalidInputException.class,
                () -> asAdmin(() -> administration.registerAs400Module(module.toLowerCase(), "Otro")));
        assertEquals(List.of("Ya existe un módulo del AS/400 con la clave «" + module + "»."), duplicate.messages());
        InvalidInputException blank = assertThrows(InvalidInputException.class,
                () -> asAdmin(() -> administration.registerEquipmentType(uniqueCode("E"), "")));
        assertEquals(List.of("El nombre es obligatorio."), blank.messages());
        InvalidInputException unknown = assertThrows(InvalidInputException.class,
                () -> asAdmin(() -> administration.updateEquipmentType("NO-EXISTE", "Algo")));
        assertEquals(List.of("No existe el tipo de equipo «NO-EXISTE»."), unknown.messages());

        asAdmin(() -> {
            administration.deactivateAs400Module(module);
            administration.deactivateEquipmentType(type);
            return null;
        });
        assertFalse(SignedIn.as("secretaria", "demo", () -> catalogs.as400Modules()).stream()
                .anyMatch(m -> m.getCode().equals(module)));
        assertFalse(SignedIn.as("secretaria", "demo", () -> catalogs.equipmentTypes()).stream()
                .anyMatch(e -> e.getCode().equals(type)));
        assertEquals(2, asAdmin(() -> List.of(administration.findAs400Module(module).orElseThrow(),
                administration.findEquipmentType(type).orElseThrow())).size());
    }

    @Test
    void onlyTheAdminMaintainsTheCatalogs() {
        for (String user : List.of("mantenimiento", "secretaria", "presupuestos", "director", "ceropapel")) {
            assertThrows(EJBAccessException.class, () -> SignedIn.as(user, "demo",
                    () -> administration.registerMaterial(uniqueCode("MAT-"), "Nada", "piezas", 1)), user);
            assertThrows(EJBAccessException.class, () -> SignedIn.as(user, "demo",
                    () -> administration.registerBudgetItem(uniqueCode("P-"), "Nada", 2026, BigDecimal.TEN)), user);
            assertThrows(EJBAccessException.class, () -> SignedIn.as(user, "demo",
                    () -> administration.adjustStock("UTP-CAT6", 1000, "Robo de existencias")), user);
            assertThrows(EJBAccessException.class, () -> SignedIn.as(user, "demo",
                    () -> administration.materials()), user);
        }
        assertThrows(EJBAccessException.class, () -> SignedIn.as("solicitante", "demo", () -> catalogs.materials()));
    }

    @Test
    void developmentModeSeedsTheDemoCatalogs() throws Exception {
        List<String> modules = SignedIn.as("secretaria", "demo", () -> catalogs.as400Modules()).stream()
                .map(As400Module::getName).toList();
        assertTrue(modules.containsAll(List.of("Contabilidad", "Presupuesto", "Tesorería", "Nómina", "Egresos")),
                modules.toString());
        assertTrue(asAdmin(() -> administration.findProvider("TMX850101AB1")).orElseThrow().getServices()
                .contains(TelecomService.PHONE));
        assertTrue(asAdmin(() -> administration.findProvider("RDI870312CD2")).isPresent());
        assertTrue(asAdmin(() -> administration.findProvider("TPT030612EF3")).isPresent());
        assertEquals("Cable UTP categoría 6",
                asAdmin(() -> administration.findMaterial("UTP-CAT6")).orElseThrow().getName());
        assertTrue(asAdmin(() -> administration.findMaterial("RJ45-CAT6")).isPresent());
        assertTrue(asAdmin(() -> administration.findBudgetItem("3141")).isPresent());
        assertTrue(asAdmin(() -> administration.findBudgetItem("3171")).isPresent());
        assertTrue(asAdmin(() -> administration.findEquipmentType("PC")).isPresent());
    }

    private static <T> T asAdmin(java.util.concurrent.Callable<T> action) throws Exception {
        return SignedIn.as("admin", "demo", action);
    }

    private static String uniqueCode(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** A company RFC nobody else in the suite uses: three random letters and a real date. */
    private static String uniqueRfc() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        StringBuilder rfc = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            rfc.append((char) ('A' + random.nextInt(26)));
        }
        rfc.append(String.format("%02d%02d%02d", random.nextInt(100), 1 + random.nextInt(12), 1 + random.nextInt(28)));
        for (int i = 0; i < 3; i++) {
            rfc.append((char) ('A' + random.nextInt(26)));
        }
        return rfc.toString();
    }
}
