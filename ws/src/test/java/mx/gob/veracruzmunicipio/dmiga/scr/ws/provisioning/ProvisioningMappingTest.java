package mx.gob.veracruzmunicipio.dmiga.scr.ws.provisioning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import mx.gob.veracruzmunicipio.dmiga.scr.platform.InvalidInputException;
import mx.gob.veracruzmunicipio.dmiga.scr.platform.NotFoundException;
import mx.gob.veracruzmunicipio.dmiga.scr.provisioning.ProvisioningClaim;
import mx.gob.veracruzmunicipio.dmiga.scr.provisioning.ProvisioningOutcome;
import mx.gob.veracruzmunicipio.dmiga.scr.provisioning.ProvisioningSystem;
import mx.gob.veracruzmunicipio.dmiga.scr.ws.v1.provisioning.SolicitudAprovisionamiento;

class ProvisioningMappingTest {

    @Test
    void thePathsSystemAndMaximumAreReadOrRefusedInSpanish() {
        assertEquals(ProvisioningSystem.CERO_PAPEL, ProvisioningMapping.system("cero_papel"));
        NotFoundException unknown = assertThrows(NotFoundException.class, () -> ProvisioningMapping.system("SAP"));
        assertEquals(List.of("El sistema «SAP» no existe; use AS400 o CERO_PAPEL."), unknown.messages());
        assertEquals(10, ProvisioningMapping.maximum(null));
        assertEquals(25, ProvisioningMapping.maximum(" 25 "));
        assertThrows(InvalidInputException.class, () -> ProvisioningMapping.maximum("muchos"));
        assertThrows(NotFoundException.class, () -> ProvisioningMapping.id("abc"));
    }

    @Test
    void aResultNamesItsOutcomeOrIsRefused() {
        assertEquals(ProvisioningOutcome.ERROR, ProvisioningMapping.result(
                new ProvisioningJson.Resultado("t", "ERROR", null, "Falla")).outcome());
        assertNull(ProvisioningMapping.result(new ProvisioningJson.Resultado("t", null, null, null)).outcome());
        InvalidInputException unknown = assertThrows(InvalidInputException.class, () -> ProvisioningMapping.result(
                new ProvisioningJson.Resultado("t", "LISTO", null, null)));
        assertEquals(List.of("El resultado «LISTO» no existe; use CREADO, ELIMINADO o ERROR."), unknown.messages());
        assertThrows(InvalidInputException.class, () -> ProvisioningMapping.result((ProvisioningJson.Resultado) null));
    }

    @Test
    void aClaimKeepsEveryContractFieldInBothForms() {
        ProvisioningClaim claim = new ProvisioningClaim(7L, "DMIGA-2026-000007", "ALTA", "NOHEMIV", "Nohemí", "Vidal",
                null, "10234", "TES", "Tesorería Municipal", List.of("CONT", "PRES"), "K7MPQ2XZ9A", "token",
                Instant.parse("2026-11-25T10:05:00Z"));

        SolicitudAprovisionamiento soap = ProvisioningMapping.solicitud(claim);
        assertEquals("ALTA", soap.getMovimiento().value());
        assertEquals("Vidal", soap.getEmpleado().getPrimerApellido());
        assertEquals("TES", soap.getDependencia().getClave());
        assertEquals(List.of("CONT", "PRES"), soap.getModulos());
        assertEquals("K7MPQ2XZ9A", soap.getPasswordTemporal());
        assertEquals("token", soap.getTokenReclamo());

        ProvisioningJson.SolicitudAprovisionamiento json = ProvisioningMapping.solicitudJson(claim);
        assertEquals(new ProvisioningJson.Empleado("Nohemí", "Vidal", null, "10234"), json.empleado());
        assertEquals("NOHEMIV", json.perfil());
        assertEquals("token", json.tokenReclamo());
    }
}
