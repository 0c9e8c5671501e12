package mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr04;

import static mx.gob.veracruzmunicipio.dmiga.scr.account.Role.ADQUISICIONES;
import static mx.gob.veracruzmunicipio.dmiga.scr.account.Role.CERO_PAPEL_CLIENT;
import static mx.gob.veracruzmunicipio.dmiga.scr.account.Role.COMISION_HACIENDA;
import static mx.gob.veracruzmunicipio.dmiga.scr.account.Role.CONTRALORIA;
import static mx.gob.veracruzmunicipio.dmiga.scr.account.Role.COORD_SEGUIMIENTO;
import static mx.gob.veracruzmunicipio.dmiga.scr.account.Role.DIRECTOR;
import static mx.gob.veracruzmunicipio.dmiga.scr.account.Role.EGRESOS;
import static mx.gob.veracruzmunicipio.dmiga.scr.account.Role.PRESUPUESTOS;
import static mx.gob.veracruzmunicipio.dmiga.scr.account.Role.SECRETARIA;
import static mx.gob.veracruzmunicipio.dmiga.scr.workflow.Route.END;

import mx.gob.veracruzmunicipio.dmiga.scr.report.ProcedureKey;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ActionData.Note;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ProcedureDefinition;

/**
 * PR-DMIGA-04: payment order for telecom services (periodic).
 *
 * <p>Decisions beyond the manual: step 1 is split into the receipt (1, taken when the report is
 * opened) and the verification of the billing data (1A), because the engine takes the intake's
 * action at opening time. Wrong billing data does not end the report: it waits on the provider for
 * the corrected invoice (1B, SLA clock stopped), so the period's payment keeps one folio and its
 * history; if the provider never answers the Director declines it. A CFDI that is not "vigente" in
 * SAT ends the report (a cancelled CFDI can never be paid; the provider's new invoice is a new
 * report). Step 2 asks SAT's ConsultaCFDIService (the SECRETARIA triggers it, nothing is typed);
 * while SAT does not answer the report stays at 2 and a timer asks again. The Director's signature
 * of step 3 is its own sub-step (3A); step 12 of the manual is only the positive branch of step 11.
 * Every rejection goes back to 3, and from 3 the order always passes the Director and then the whole chain again from Adquisiciones (Normalized).
 */
public final class PaymentOrderFlow {

    public static final String RECEIVE = "RECIBIR";
    public static final String VERIFY_BILLING = "VERIFICAR_FACTURA";
    public static final String RECEIVE_CORRECTED = "RECIBIR_FACTURA_CORREGIDA";
    public static final String CHECK_SAT = "VALIDAR_SAT";
    public static final String DRAFT = "ELABORAR_ORDEN";
    public static final String DIRECTOR_SIGN = "FIRMAR_DIRECCION";
    public static final String ADQUISICIONES_REVIEW = "VALIDAR_ADQUISICIONES";
    public static final String RECEIVE_FROM_ADQUISICIONES = "RECIBIR_DE_ADQUISICIONES";
    public static final String DELIVER_TO_CONTRALORIA = "ENTREGAR_A_CONTRALORIA";
    public static final String CONTRALORIA_REVIEW = "VALIDAR_CONTRALORIA";
    public static final String RECEIVE_FROM_CONTRALORIA = "RECIBIR_DE_CONTRALORIA";
    public static final String DELIVER_TO_PRESUPUESTOS = "ENTREGAR_A_PRESUPUESTOS";
    public static final String PRESUPUESTOS_REVIEW = "VALIDAR_PRESUPUESTOS";
    public static final String HACIENDA_REVIEW = "VALIDAR_HACIENDA";
    public static final String PAY = "PAGAR";

    /** The step a rejection returns to: the order is corrected there. */
    public static final String CORRECTION_STEP = "3";

    public static final ProcedureDefinition DEFINITION = ProcedureDefinition
            .procedure(ProcedureKey.PR_DMIGA_04, "Coordinación de Seguimiento de Proyectos")
            .step("1", "Recibir la factura del proveedor (CFDI XML y PDF)", COORD_SEGUIMIENTO, "Factura / cédula fiscal")
                .orBy(CERO_PAPEL_CLIENT).within(4)
                .action(RECEIVE, "Recibir factura", Note.class).to("1A")
            .step("1A", "Verificar los datos de facturación", COORD_SEGUIMIENTO, "Factura / cédula fiscal").within(8)
                .action(VERIFY_BILLING, "Verificar datos de facturación", BillingCheck.class)
                    .when("Datos de facturación correctos", (report, check) -> check.dataCorrect(), "2")
                    .otherwise("Datos incorrectos: se devuelve la factura al proveedor", "1B")
            .step("1B", "Esperar la factura corregida del proveedor", COORD_SEGUIMIENTO, "Factura / cédula fiscal")
                .waitingOutside()
                .action(RECEIVE_CORRECTED, "Recibir factura corregida", Note.class).to("1A")
            .step("2", "Validar la vigencia de la factura en el portal del SAT", SECRETARIA, "Factura / portal SAT")
                .within(4)
                .action(CHECK_SAT, "Consultar vigencia en el SAT", SatCheck.class)
                    .when("Factura vigente en el SAT", (report, check) -> check.status() == SatStatus.VIGENTE, "3")
                    .otherwise("Factura no vigente en el SAT: se rechaza", END)
            .step("3", "Elaborar o corregir la orden de pago", COORD_SEGUIMIENTO,
                    "Orden de pago / factura / vigencia SAT").within(8)
                .action(DRAFT, "Elaborar orden de pago", PaymentOrderDraft.class).to("3A")
            .step("3A", "Firmar la orden de pago", DIRECTOR, "Orden de pago").within(8)
                .action(DIRECTOR_SIGN, "Firmar orden de pago", Review.class)
                    .when("Firmada por la Dirección: se entrega a la Subdirección de Adquisiciones",
                            (report, review) -> review.approved(), "4")
                    .otherwise("No firmada por la Dirección: regresa a corrección", CORRECTION_STEP)
            .step("4", "Validar y firmar la orden de pago", ADQUISICIONES, "Orden de pago").within(16)
                .action(ADQUISICIONES_REVIEW, "Validar orden de pago", Review.class)
                    .when("Validada y firmada por la Subdirección de Adquisiciones", (report, review) -> review.approved(), "5")
                    .otherwise("Rechazada por la Subdirección de Adquisiciones: regresa a corrección", CORRECTION_STEP)
            .step("5", "Recibir la orden de pago firmada por la Subdirección de Adquisiciones", COORD_SEGUIMIENTO,
                    "Orden de pago").within(4)
                .action(RECEIVE_FROM_ADQUISICIONES, "Recibir orden firmada", Note.class).to("6")
            .step("6", "Entregar la orden de pago a la Contraloría Interna", COORD_SEGUIMIENTO, "Orden de pago").within(4)
                .action(DELIVER_TO_CONTRALORIA, "Entregar a Contraloría", Note.class).to("7")
            .step("7", "Validar y firmar la orden de pago", CONTRALORIA, "Orden de pago").within(16)
                .action(CONTRALORIA_REVIEW, "Validar orden de pago", Review.class)
                    .when("Validada y firmada por la Contraloría Interna", (report, review) -> review.approved(), "8")
                    .otherwise("Rechazada por la Contraloría Interna: regresa a corrección", CORRECTION_STEP)
            .step("8", "Recibir la orden de pago firmada por la Contraloría Interna", COORD_SEGUIMIENTO,
                    "Orden de pago").within(4)
                .action(RECEIVE_FROM_CONTRALORIA, "Recibir orden firmada", Note.class).to("9")
            .step("9", "Entregar la orden de pago a la Subdirección de Presupuestos", COORD_SEGUIMIENTO,
                    "Orden de pago").within(4)
                .action(DELIVER_TO_PRESUPUESTOS, "Entregar a Presupuestos", Note.class).to("10")
            .step("10", "Validar y firmar la orden de pago; comprometer la partida", PRESUPUESTOS, "Orden de pago")
                .within(16)
                .action(PRESUPUESTOS_REVIEW, "Validar orden de pago", Review.class)
                    .when("Validada y firmada por la Subdirección de Presupuestos: importe comprometido",
                            (report, review) -> review.approved(), "11")
                    .otherwise("Rechazada por la Subdirección de Presupuestos: regresa a corrección", CORRECTION_STEP)
            .step("11", "Validar y firmar la orden de pago (pasos 11 y 12)", COMISION_HACIENDA, "Orden de pago")
                .within(24)
                .action(HACIENDA_REVIEW, "Validar orden de pago", Review.class)
                    .when("Validada y firmada por la Comisión de Hacienda: se envía a Egresos",
                            (report, review) -> review.approved(), "13")
                    .otherwise("Rechazada por la Comisión de Hacienda: se libera la partida y regresa a corrección",
                            CORRECTION_STEP)
            .step("13", "Pagar al proveedor mediante transferencia", EGRESOS, "Orden de pago / comprobante de transferencia")
                .within(24)
                .action(PAY, "Registrar transferencia", Transfer.class).to(END)
            .build();

    private PaymentOrderFlow() {
    }
}
