package mx.gob.veracruzmunicipio.dmiga.scr.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import javax.naming.InitialContext;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;
import jakarta.transaction.UserTransaction;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import mx.gob.veracruzmunicipio.dmiga.scr.catalog.BudgetItem;
import mx.gob.veracruzmunicipio.dmiga.scr.catalog.BudgetItems;
import mx.gob.veracruzmunicipio.dmiga.scr.catalog.BudgetLedger;
import mx.gob.veracruzmunicipio.dmiga.scr.catalog.CatalogAdministration;
import mx.gob.veracruzmunicipio.dmiga.scr.platform.InvalidInputException;

/** Presupuestos commits and releases money on partidas presupuestales, never beyond their balance. */
@ExtendWith(ArquillianExtension.class)
class BudgetItemsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return ScrDeployment.earWith(BudgetItemsIT.class, Concurrently.class);
    }

    @Inject
    BudgetItems budgetItems;

    @Inject
    BudgetLedger ledger;

    @Inject
    CatalogAdministration administration;

    @Test
    void commitmentsAndReleasesAddUp() throws Exception {
        String code = newBudgetItem("1000.00");

        BudgetItem afterFirst = SignedIn.as("presupuestos", "demo", () -> budgetItems.commit(code, new BigDecimal("250.5")));
        assertEquals(new BigDecimal("250.50"), afterFirst.getCommittedAmount());
        assertEquals(new BigDecimal("749.50"), afterFirst.getBalance());

        BudgetItem full = SignedIn.as("presupuestos", "demo", () -> budgetItems.commit(code, new BigDecimal("749.50")));
        assertEquals(new BigDecimal("1000.00"), full.getCommittedAmount());
        assertEquals(new BigDecimal("0.00"), full.getBalance());

        BudgetItem released = SignedIn.as("presupuestos", "demo",
                () -> budgetItems.release(code, new BigDecimal("100.25")));
        assertEquals(new BigDecimal("899.75"), released.getCommittedAmount());
        assertEquals(new BigDecimal("100.25"), released.getBalance());

        BudgetItem empty = SignedIn.as("presupuestos", "demo",
                () -> budgetItems.release(code, new BigDecimal("899.75")));
        assertEquals(new BigDecimal("0.00"), empty.getCommittedAmount());

        BudgetItem read = SignedIn.as("director", "demo", () -> budgetItems.find(code));
        assertEquals(new BigDecimal("1000.00"), read.getAuthorizedAmount());
        assertEquals(new BigDecimal("1000.00"), read.getBalance());
    }

    @Test
    void aCommitmentBeyondTheBalanceIsRefusedInSpanishAndChangesNothing() throws Exception {
        String code = newBudgetItem("1500.00");
        SignedIn.as("presupuestos", "demo", () -> budgetItems.commit(code, new BigDecimal("300.00")));

        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> SignedIn.as("presupuestos",
                "demo", () -> budgetItems.commit(code, new BigDecimal("1200.01"))));

        assertEquals(List.of("La partida presupuestal " + code + " (Servicios de prueba) no tiene saldo suficiente: "
                + "se solicitó comprometer $1,200.01 y el saldo disponible es $1,200.00."), refused.messages());
        assertEquals(new BigDecimal("1200.00"), SignedIn.as("presupuestos", "demo", () -> budgetItems.find(code))
                .getBalance());
    }

    @Test
    void releasingMoreThanIsCommittedIsRefused() throws Exception {
        String code = newBudgetItem("500.00");
        SignedIn.as("presupuestos", "demo", () -> budgetItems.commit(code, new BigDecimal("100.00")));

        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> SignedIn.as("presupuestos",
                "demo", () -> budgetItems.release(code, new BigDecimal("100.01"))));

        assertEquals(List.of("No se puede liberar $100.01 de la partida presupuestal " + code
                + ": solo hay $100.00 comprometidos."), refused.messages());
        assertEquals(new BigDecimal("100.00"), SignedIn.as("presupuestos", "demo", () -> budgetItems.find(code))
                .getCommittedAmount());
    }

    @Test
    void amountsMustBePositiveWithCentavosAtMost() throws Exception {
        String code = newBudgetItem("500.00");

        for (String amount : List.of("0", "-5.00", "10.001")) {
            InvalidInputException refused = assertThrows(InvalidInputException.class, () -> SignedIn.as(
                    "presupuestos", "demo", () -> budgetItems.commit(code, new BigDecimal(amount))), amount);
            assertEquals(List.of("El importe a comprometer debe ser mayor que cero y tener como máximo dos decimales."),
                    refused.messages());
        }
        assertThrows(InvalidInputException.class,
                () -> SignedIn.as("presupuestos", "demo", () -> budgetItems.release(code, null)));
        InvalidInputException unknown = assertThrows(InvalidInputException.class, () -> SignedIn.as("presupuestos",
                "demo", () -> budgetItems.commit("NO-EXISTE", BigDecimal.ONE)));
        assertEquals(List.of("No existe la partida presupuestal con la clave «NO-EXISTE»."), unknown.messages());
        assertEquals(new BigDecimal("0.00"), SignedIn.as("presupuestos", "demo", () -> budgetItems.find(code))
                .getCommittedAmount());
    }

    @Test
    void onlyPresupuestosCommitsAndOnlyStaffReads() throws Exception {
        String code = newBudgetItem("500.00");

        for (String user : List.of("secretaria", "egresos", "director", "admin")) {
            assertThrows(EJBAccessException.class,
                    () -> SignedIn.as(user, "demo", () -> budgetItems.commit(code, BigDecimal.TEN)), user);
            assertThrows(EJBAccessException.class,
                    () -> SignedIn.as(user, "demo", () -> budgetItems.release(code, BigDecimal.TEN)), user);
            assertEquals(code, SignedIn.as(user, "demo", () -> budgetItems.find(code)).getCode());
        }
        for (String user : List.of("solicitante", "ceropapel", "as400")) {
            assertThrows(EJBAccessException.class, () -> SignedIn.as(user, "demo", () -> budgetItems.find(code)), user);
        }
        assertEquals(code, SignedIn.as("egresos", "demo", () -> budgetItems.active()).stream()
                .filter(item -> item.getCode().equals(code)).findFirst().orElseThrow().getCode());
    }

    @Test
    void concurrentCommitmentsNeverExceedTheAuthorizedAmount() throws Exception {
        String code = newBudgetItem("700.00");

        List<Boolean> committed = Concurrently.as("presupuestos", "demo", 10, () -> {
            try {
                budgetItems.commit(code, new BigDecimal("100.00"));
                return true;
            } catch (InvalidInputException noBalance) {
                return false;
            }
        });

        assertEquals(7, committed.stream().filter(Boolean::booleanValue).count());
        BudgetItem item = SignedIn.as("presupuestos", "demo", () -> budgetItems.find(code));
        assertEquals(new BigDecimal("700.00"), item.getCommittedAmount());
        assertEquals(new BigDecimal("0.00"), item.getBalance());
    }

    @Test
    void procedureBeansUseTheLedgerInsideTheirOwnTransactionWhateverTheCallersRole() throws Exception {
        String code = newBudgetItem("500.00");

        // Outside a transaction the ledger refuses to work: only session beans may use it.
        assertThrows(TransactionalException.class, () -> ledger.commit(code, BigDecimal.TEN));

        UserTransaction transaction = InitialContext.doLookup("java:comp/UserTransaction");
        BudgetItem item = SignedIn.as("egresos", "demo", () -> {
            transaction.begin();
            try {
                return ledger.commit(code, new BigDecimal("120.00"));
            } finally {
                transaction.commit();
            }
        });

        assertEquals(new BigDecimal("380.00"), item.getBalance());
    }

    private String newBudgetItem(String authorized) throws Exception {
        String code = "P-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        SignedIn.as("admin", "demo",
                () -> administration.registerBudgetItem(code, "Servicios de prueba", 2026, new BigDecimal(authorized)));
        return code;
    }
}
