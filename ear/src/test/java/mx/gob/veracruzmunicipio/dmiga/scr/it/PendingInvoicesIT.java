package mx.gob.veracruzmunicipio.dmiga.scr.it;

import static mx.gob.veracruzmunicipio.dmiga.scr.it.SignedIn.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import mx.gob.veracruzmunicipio.dmiga.scr.catalog.CatalogAdministration;
import mx.gob.veracruzmunicipio.dmiga.scr.catalog.HelpDesk;
import mx.gob.veracruzmunicipio.dmiga.scr.catalog.TelecomService;
import mx.gob.veracruzmunicipio.dmiga.scr.intake.ReportIntake;
import mx.gob.veracruzmunicipio.dmiga.scr.platform.InvalidInputException;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr04.BillingCheck;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr04.PaymentOrderProcedure;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr04.ProviderContractView;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr04.ProviderContracts;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ProcedureKey;
import mx.gob.veracruzmunicipio.dmiga.scr.report.Reports;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ServiceCategory;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ReportView;

/**
 * The monthly service contracts and the invoices pending for a month: a contract is pending until a
 * verified invoice of its provider, issued in the month, names its account.
 */
@ExtendWith(ArquillianExtension.class)
class PendingInvoicesIT {

    /** The month the CFDI samples are issued in. */
    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);

    @Deployment
    static EnterpriseArchive deployment() {
        return ScrDeployment.earWith(PendingInvoicesIT.class, TestOficios.class, TestCfdis.class);
    }

    @Inject
    ProviderContracts contracts;

    @Inject
    CatalogAdministration catalogs;

    @Inject
    PaymentOrderProcedure procedure;

    @Inject
    ReportIntake intake;

    @Inject
    Reports reports;

    @Test
    void aContractIsPendingUntilItsInvoiceArrivesAndNoLongerOnceDeactivated() throws Exception {
        String rfc = TestCfdis.uniqueRfc();
        as("admin", "demo", () -> catalogs.registerProvider("Enlaces del Golfo de Prueba", rfc,
                EnumSet.of(TelecomService.PHONE, TelecomService.INTERNET),
                new HelpDesk("800 555 0100", "soporte@enlaces.example", "24 horas")));
        ProviderContractView line = as("admin", "demo", () -> contracts.register(rfc, TelecomService.PHONE,
                "229-000-0001", "Línea de la Dirección", new BigDecimal("1160.00")));
        ProviderContractView link = as("admin", "demo", () -> contracts.register(rfc, TelecomService.INTERNET,
                "ENL-77", "Enlace dedicado del Palacio Municipal", new BigDecimal("5800.00")));

        assertEquals(List.of("229-000-0001", "ENL-77"), pendingOf(rfc, NOVEMBER, "seguimiento"));

        // The sample's concept names line 229-000-0001: that contract's invoice has arrived.
        String xml = TestCfdis.withUuid("valida.xml", TestCfdis.newUuid()).replace("TMX850101AB1", rfc);
        String folio = as("ceropapel", "demo", () -> intake.receiveOficio(TestOficios.asking(ProcedureKey.PR_DMIGA_04,
                ServiceCategory.LINEA_TELEFONICA, "Pago de la línea de la Dirección"))).folio();
        ReportView at1A = as("director", "demo", () -> reports.view(folio));
        as("seguimiento", "demo", () -> procedure.verifyBilling(at1A.ref(),
                new BillingCheck(TestCfdis.xml(xml), TestCfdis.pdf(), true, null, null)));

        assertEquals(List.of("ENL-77"), pendingOf(rfc, NOVEMBER, "director"));
        assertEquals(List.of("229-000-0001", "ENL-77"), pendingOf(rfc, NOVEMBER.plusMonths(1), "admin"));

        as("admin", "demo", () -> contracts.activate(link.id(), false));
        assertEquals(List.of(), pendingOf(rfc, NOVEMBER, "director"));

        as("admin", "demo", () -> contracts.change(line.id(), TelecomService.PHONE, "229-000-0001",
                "Línea de la Dirección (conmutador)", new BigDecimal("1200.00")));
        ProviderContractView changed = as("director", "demo", () -> contracts.contracts()).stream()
                .filter(c -> c.id().equals(line.id())).findFirst().orElseThrow();
        assertEquals(new BigDecimal("1200.00"), changed.monthlyAmount());
        assertEquals("Línea de la Dirección (conmutador)", changed.description());
    }

    @Test
    void aDuplicateAccountAndMissingDataAreRefusedInSpanish() throws Exception {
        String rfc = TestCfdis.uniqueRfc();
        as("admin", "demo", () -> catalogs.registerProvider("Telefonía de Prueba", rfc, EnumSet.of(TelecomService.PHONE),
                new HelpDesk("800 555 0101", "soporte@telefonia.example", "24 horas")));
        as("admin", "demo", () -> contracts.register(rfc, TelecomService.PHONE, "L-1", "Línea", new BigDecimal("100")));

        InvalidInputException duplicate = assertThrows(InvalidInputException.class, () -> as("admin", "demo",
                () -> contracts.register(rfc, TelecomService.PHONE, "l-1", "Otra", new BigDecimal("100"))));
        assertEquals(List.of("El proveedor Telefonía de Prueba ya tiene un contrato con la cuenta o línea «l-1»."),
                duplicate.messages());
        InvalidInputException missing = assertThrows(InvalidInputException.class, () -> as("admin", "demo",
                () -> contracts.register(rfc, null, " ", "Línea", new BigDecimal("0"))));
        assertEquals(3, missing.messages().size(), missing.messages().toString());
        InvalidInputException noProvider = assertThrows(InvalidInputException.class, () -> as("admin", "demo",
                () -> contracts.register("ZZZ010101ZZ9", TelecomService.PHONE, "L-2", "Línea", BigDecimal.TEN)));
        assertEquals(List.of("Seleccione un proveedor registrado y activo para el contrato."), noProvider.messages());
    }

    @Test
    void onlyTheCoordinationTheDirectorAndTheAdminSeeThem() {
        assertThrows(EJBAccessException.class, () -> as("adquisiciones", "demo", () -> contracts.pending(NOVEMBER)));
        assertThrows(EJBAccessException.class, () -> as("director", "demo", () -> contracts.register("X", null, null,
                null, null)));
    }

    private List<String> pendingOf(String rfc, YearMonth month, String username) throws Exception {
        return as(username, "demo", () -> contracts.pending(month)).stream()
                .filter(c -> c.providerRfc().equals(rfc)).map(ProviderContractView::account).toList();
    }
}
