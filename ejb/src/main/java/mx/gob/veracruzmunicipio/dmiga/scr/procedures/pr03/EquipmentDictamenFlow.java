package mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr03;

import static mx.gob.veracruzmunicipio.dmiga.scr.account.Role.CERO_PAPEL_CLIENT;
import static mx.gob.veracruzmunicipio.dmiga.scr.account.Role.MANTENIMIENTO;
import static mx.gob.veracruzmunicipio.dmiga.scr.account.Role.SECRETARIA;
import static mx.gob.veracruzmunicipio.dmiga.scr.workflow.Route.END;

import mx.gob.veracruzmunicipio.dmiga.scr.report.ProcedureKey;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ActionData.Note;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ProcedureDefinition;

/**
 * PR-DMIGA-03: technical dictamen for decommissioning computer equipment (periodic), issued under
 * arts. 95 and 107 of the Ley de Adquisiciones, Arrendamientos, Administración y Enajenación de
 * Bienes Muebles del Estado de Veracruz.
 * <p>
 * The manual's steps 3 to 5 decide per item (irreversible damage or obsolescence → baja, otherwise
 * the technical requirements), while a report is at one step at a time. So step 3 verifies the
 * items one action each (the timeline records each verdict as the decision) and ends by issuing
 * the dictamen, which is refused while an item lacks its verdict; step 4 of the manual is that
 * verdict, not a separate stop. The manual's step 1 (receive and capture) is split as in PR-06:
 * Cero Papel's oficio opens the report, the SECRETARIA captures it.
 * <p>
 * Signatures (step 5): each is registered by Cero Papel (or captured by MANTENIMIENTO) as a
 * signature of the {@code DICTAMEN_TECNICO}; the step completes when the dictamen bears the
 * requesting area's signature (signer of the report's department) and the Director DMIGA's (see
 * {@link DictamenSigners}). Other areas may sign as well; they are recorded but not awaited.
 */
public final class EquipmentDictamenFlow {

    public static final String RECEIVE = "RECIBIR";
    public static final String CAPTURE_REPORT = "CAPTURAR_REPORTE";
    public static final String RECEIVE_EQUIPMENT = "RECIBIR_EQUIPO";
    public static final String VERIFY_ITEM = "VERIFICAR_BIEN";
    public static final String ISSUE_DICTAMEN = "EMITIR_DICTAMEN";
    public static final String SIGN = "FIRMAR";
    public static final String CLOSE = "CERRAR";

    /** The step that collects the signatures of the involved areas. */
    public static final String SIGNATURES_STEP = "5";

    public static final ProcedureDefinition DEFINITION = ProcedureDefinition
            .procedure(ProcedureKey.PR_DMIGA_03, "Departamento de Mantenimiento y Atención a Usuarios")
            .step("1", "Recibir por Cero Papel la solicitud de dictamen técnico para baja de equipo", SECRETARIA,
                    "Oficio").orBy(CERO_PAPEL_CLIENT)
                .action(RECEIVE, "Recibir oficio", Note.class).to("1A")
            .step("1A", "Capturar el reporte de servicio", SECRETARIA, "Reporte de servicio").within(4)
                .action(CAPTURE_REPORT, "Capturar reporte", Note.class).to("2")
            .step("2", "Recibir el equipo informático o de telefonía", MANTENIMIENTO, "Reporte de servicio").within(16)
                .action(RECEIVE_EQUIPMENT, "Registrar equipo recibido", EquipmentReception.class).to("3")
            .step("3", "Verificar cada bien, detallar sus partes dañadas u obsoletas y dictaminar baja o requerimientos"
                    + " técnicos", MANTENIMIENTO, "Dictamen Técnico").within(24)
                .action(VERIFY_ITEM, "Dictaminar un bien", ItemVerification.class)
                    .when("Daño irreversible u obsolescencia: el bien va al dictamen de baja",
                            (report, verification) -> verification.verdict() == Verdict.BAJA, "3")
                    .otherwise("Reparable: el dictamen indica sus requerimientos técnicos", "3")
                .action(ISSUE_DICTAMEN, "Emitir dictamen técnico", Note.class).to(SIGNATURES_STEP)
            .step(SIGNATURES_STEP, "Recabar las firmas de las áreas involucradas por Cero Papel", MANTENIMIENTO,
                    "Dictamen Técnico").within(40).waitingOutside().orBy(CERO_PAPEL_CLIENT)
                .action(SIGN, "Registrar firma del dictamen", DictamenSignature.class)
                    .when("Firmas completas: área solicitante y Director DMIGA",
                            (report, signature) -> DictamenSigners.complete(report), "6")
                    .otherwise("Firma registrada: faltan firmas", SIGNATURES_STEP)
            .step("6", "Cerrar el reporte", MANTENIMIENTO, "Reporte de servicio").within(4)
                .action(CLOSE, "Cerrar reporte", Note.class).to(END)
            .build();

    private EquipmentDictamenFlow() {
    }
}
