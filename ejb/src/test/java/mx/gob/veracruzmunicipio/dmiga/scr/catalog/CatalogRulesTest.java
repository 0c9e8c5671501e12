package mx.gob.veracruzmunicipio.dmiga.scr.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The catalog rules that need no container; the Bean Validation messages are covered by the ITs. */
class CatalogRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"TMX850101AB1", "GOVA800229XY9", "ÑAÑ991231ZZ0", "A&B000101123"})
    void wellFormedRfcsWithARealDateAreAccepted(String rfc) {
        Provider provider = provider(rfc);

        assertTrue(rfc.matches(Provider.RFC_PATTERN));
        assertTrue(provider.isRfcDateValid());
    }

    @ParameterizedTest
    @ValueSource(strings = {"TMX851301AB1", "TMX850230AB1", "GOVA800001XY9", "TMX850431AB1"})
    void anRfcWhoseDigitsAreNoDateIsRefused(String rfc) {
        assertTrue(rfc.matches(Provider.RFC_PATTERN));
        assertFalse(provider(rfc).isRfcDateValid());
    }

    @ParameterizedTest
    @ValueSource(strings = {"TM850101AB1", "TMXAB850101AB1", "TMX85010AB1", "TMX850101AB", "TMX850101A-1", "tmx"})
    void malformedRfcsFailThePattern(String rfc) {
        assertFalse(Provider.normalizeRfc(rfc).matches(Provider.RFC_PATTERN), rfc);
    }

    @Test
    void anRfcIsStoredUpperCaseAndItsLengthTellsCompanyFromPerson() {
        Provider company = provider("  tmx850101ab1 ");
        Provider person = provider("GOVA800229XY9");

        assertEquals("TMX850101AB1", company.getRfc());
        assertTrue(company.isCompany());
        assertFalse(person.isCompany());
    }

    @Test
    void codesAreStoredUpperCaseWithoutBlanks() {
        assertEquals("UTP-CAT6", new Material(" utp-cat6 ", " Cable ", " metros ", 1).getCode());
        assertEquals("Cable", new Material("x", " Cable ", "m", 1).getName());
        assertTrue("UTP-CAT6".matches(Codes.PATTERN));
        assertFalse("-UTP".matches(Codes.PATTERN));
        assertFalse("CÓDIGO".matches(Codes.PATTERN));
    }

    @Test
    void amountsMustBePositiveWholeCentavos() {
        assertEquals(new BigDecimal("10.00"), Amounts.positiveInCentavos(new BigDecimal("10")));
        assertEquals(new BigDecimal("10.50"), Amounts.positiveInCentavos(new BigDecimal("10.500")));
        assertNull(Amounts.positiveInCentavos(new BigDecimal("10.005")));
        assertNull(Amounts.positiveInCentavos(BigDecimal.ZERO));
        assertNull(Amounts.positiveInCentavos(new BigDecimal("-1")));
        assertNull(Amounts.positiveInCentavos(null));
    }

    @Test
    void amountsAreWrittenInPesos() {
        assertEquals("$1,234.50", Amounts.format(new BigDecimal("1234.5")));
    }

    @Test
    void aBudgetItemsBalanceIsWhatIsAuthorizedMinusWhatIsCommitted() {
        BudgetItem item = new BudgetItem("3171", "Internet", 2026, new BigDecimal("1000"));

        assertEquals(new BigDecimal("1000.00"), item.getAuthorizedAmount());
        assertEquals(new BigDecimal("0.00"), item.getCommittedAmount());
        assertEquals(new BigDecimal("1000.00"), item.getBalance());
        assertTrue(item.isAuthorizedCoveringCommitted());
    }

    @Test
    void theDemoRowsAreWellFormedAndDistinct() {
        for (DemoCatalogs.DemoProvider provider : DemoCatalogs.PROVIDERS) {
            assertTrue(provider.rfc().matches(Provider.RFC_PATTERN), provider.rfc());
            assertTrue(provider(provider.rfc()).isRfcDateValid(), provider.rfc());
        }
        List<String> codes = Stream.of(
                DemoCatalogs.MATERIALS.stream().map(Material::getCode),
                DemoCatalogs.BUDGET_ITEMS.stream().map(DemoCatalogs.DemoBudgetItem::code),
                DemoCatalogs.AS400_MODULES.stream().map(As400Module::getCode),
                DemoCatalogs.EQUIPMENT_TYPES.stream().map(EquipmentType::getCode)).flatMap(s -> s).toList();
        codes.forEach(code -> assertTrue(code.matches(Codes.PATTERN), code));
        Set<String> materialCodes = new HashSet<>();
        DemoCatalogs.MATERIALS.forEach(m -> assertTrue(materialCodes.add(m.getCode()), m.getCode()));
        assertEquals(Set.of("Contabilidad", "Presupuesto", "Tesorería", "Nómina", "Egresos"),
                Set.copyOf(DemoCatalogs.AS400_MODULES.stream().map(As400Module::getName).toList()));
    }

    private static Provider provider(String rfc) {
        return new Provider("Proveedor", rfc, EnumSet.of(TelecomService.INTERNET),
                new HelpDesk("800 555 0101", null, "24 horas"));
    }
}
