package mx.gob.veracruzmunicipio.dmiga.scr.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import mx.gob.veracruzmunicipio.dmiga.scr.catalog.CatalogAdministration;
import mx.gob.veracruzmunicipio.dmiga.scr.catalog.Stock;
import mx.gob.veracruzmunicipio.dmiga.scr.catalog.StockMovement;
import mx.gob.veracruzmunicipio.dmiga.scr.platform.InvalidInputException;

/** Mantenimiento and the Secretaria take material out of the directorate's stock, never below zero. */
@ExtendWith(ArquillianExtension.class)
class StockIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return ScrDeployment.earWith(StockIT.class, Concurrently.class);
    }

    @Inject
    Stock stock;

    @Inject
    CatalogAdministration administration;

    @Test
    void consumptionTakesFromStockAndLeavesATrace() throws Exception {
        String code = newMaterial(20);

        int left = SignedIn.as("mantenimiento", "demo", () -> stock.consume(code, 5, "Reporte DMIGA-2026-000001"));
        int leftAfterSecretaria = SignedIn.as("secretaria", "demo", () -> stock.consume(code.toLowerCase(), 3));

        assertEquals(15, left);
        assertEquals(12, leftAfterSecretaria);
        assertTrue(SignedIn.as("mantenimiento", "demo", () -> stock.available(code, 12)));
        assertFalse(SignedIn.as("mantenimiento", "demo", () -> stock.available(code, 13)));
        List<StockMovement> movements = SignedIn.as("admin", "demo", () -> administration.stockMovements(code));
        assertEquals(List.of(20, -5, -3), movements.stream().map(StockMovement::getQuantityChange).toList());
        assertEquals(List.of(20, 15, 12), movements.stream().map(StockMovement::getResultingQuantity).toList());
        assertEquals(List.of("Existencia inicial", "Reporte DMIGA-2026-000001", "Consumo"),
                movements.stream().map(StockMovement::getReason).toList());
        assertEquals(List.of("admin", "mantenimiento", "secretaria"),
                movements.stream().map(StockMovement::getRecordedBy).toList());
    }

    @Test
    void consumingMoreThanTheStockIsRefusedInSpanishAndChangesNothing() throws Exception {
        String code = newMaterial(4);

        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> SignedIn.as("mantenimiento", "demo", () -> stock.consume(code, 10)));

        assertEquals(List.of("No hay existencia suficiente de «Conector de prueba» (" + code
                + "): se solicitaron 10 piezas y solo hay 4 piezas disponibles."), refused.messages());
        assertEquals(4, quantity(code));
        assertEquals(1, SignedIn.as("admin", "demo", () -> administration.stockMovements(code)).size());
    }

    @Test
    void invalidQuantitiesAndUnknownOrDeactivatedMaterialsAreRefused() throws Exception {
        String code = newMaterial(4);

        InvalidInputException zero = assertThrows(InvalidInputException.class,
                () -> SignedIn.as("mantenimiento", "demo", () -> stock.consume(code, 0)));
        assertEquals(List.of("La cantidad a consumir debe ser mayor que cero."), zero.messages());

        InvalidInputException unknown = assertThrows(InvalidInputException.class,
                () -> SignedIn.as("mantenimiento", "demo", () -> stock.consume("NO-EXISTE-" + code, 1)));
        assertEquals(List.of("No existe el material con la clave «NO-EXISTE-" + code + "»."), unknown.messages());

        SignedIn.as("admin", "demo", () -> {
            administration.deactivateMaterial(code);
            return null;
        });
        InvalidInputException inactive = assertThrows(InvalidInputException.class,
                () -> SignedIn.as("mantenimiento", "demo", () -> stock.consume(code, 1)));
        assertEquals(List.of("El material «Conector de prueba» (" + code + ") está dado de baja."),
                inactive.messages());
        assertFalse(SignedIn.as("mantenimiento", "demo", () -> stock.available(code, 1)));
        assertEquals(4, quantity(code));
    }

    @Test
    void onlyMantenimientoAndTheSecretariaMayConsume() throws Exception {
        String code = newMaterial(4);

        for (String user : List.of("solicitante", "presupuestos", "director", "admin")) {
            assertThrows(EJBAccessException.class, () -> SignedIn.as(user, "demo", () -> stock.consume(code, 1)), user);
            assertThrows(EJBAccessException.class, () -> SignedIn.as(user, "demo", () -> stock.available(code, 1)),
                    user);
        }
        assertEquals(4, quantity(code));
    }

    @Test
    void concurrentConsumptionNeverDrivesTheStockNegative() throws Exception {
        String code = newMaterial(7);

        List<Boolean> consumed = Concurrently.as("mantenimiento", "demo", 10, () -> {
            try {
                stock.consume(code, 1);
                return true;
            } catch (InvalidInputException notEnough) {
                return false;
            }
        });

        assertEquals(7, consumed.stream().filter(Boolean::booleanValue).count());
        assertEquals(0, quantity(code));
        List<StockMovement> movements = SignedIn.as("admin", "demo", () -> administration.stockMovements(code));
        assertEquals(8, movements.size());
        assertEquals(0, movements.stream().mapToInt(StockMovement::getQuantityChange).sum());
        assertTrue(movements.stream().allMatch(m -> m.getResultingQuantity() >= 0));
    }

    private String newMaterial(int quantity) throws Exception {
        String code = "PRUEBA-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        SignedIn.as("admin", "demo",
                () -> administration.registerMaterial(code, "Conector de prueba", "piezas", quantity));
        return code;
    }

    private int quantity(String code) throws Exception {
        return SignedIn.as("admin", "demo", () -> administration.findMaterial(code)).orElseThrow()
                .getQuantityInStock();
    }
}
