package mx.gob.veracruzmunicipio.dmiga.scr.oficio;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import mx.gob.veracruzmunicipio.dmiga.scr.platform.InputValidation;
import mx.gob.veracruzmunicipio.dmiga.scr.platform.InvalidInputException;
import mx.gob.veracruzmunicipio.dmiga.scr.platform.NotFoundException;
import mx.gob.veracruzmunicipio.dmiga.scr.report.Report;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ActionRefusedException;

/**
 * The reply oficios Cero Papel delivers to the areas (contract operations ObtenerOficiosSalientes
 * and ConfirmarEntrega). Undelivered oficios are offered in the order they were produced, batch by
 * batch from an opaque cursor; when a pass reaches the end the cursor starts over, so an oficio
 * whose delivery was never confirmed is offered again. Confirming is idempotent; another number for
 * an oficio already delivered is refused.
 */
@Stateless
@RolesAllowed("CERO_PAPEL_CLIENT")
public class OutgoingOficios {

    public static final int DEFAULT_BATCH = 50;
    public static final int MAX_BATCH = 200;

    private static final String CURSOR_VERSION = "v1:";
    private static final DateTimeFormatter WHEN = DateTimeFormatter
            .ofPattern("d 'de' MMMM 'de' yyyy 'a las' HH:mm", Locale.forLanguageTag("es-MX"))
            .withZone(ZoneId.of("America/Mexico_City"));

    @Resource
    SessionContext context;

    @PersistenceContext
    EntityManager em;

    @Inject
    InputValidation validation;

    /** Up to {@code max} (default 50, at most 200) undelivered oficios after the cursor (null: from the start). */
    public OutgoingBatch undelivered(String cursor, Integer max) {
        int size = max == null ? DEFAULT_BATCH : max;
        if (size < 1 || size > MAX_BATCH) {
            throw new InvalidInputException("El máximo de oficios por lote (maximo) debe estar entre 1 y " + MAX_BATCH
                    + "; se recibió " + size + ".");
        }
        long after = position(cursor);
        List<OutgoingOficio> oficios = em.createNamedQuery(OutgoingOficio.UNDELIVERED_AFTER, OutgoingOficio.class)
                .setParameter("after", after)
                .setMaxResults(size)
                .getResultList();
        Map<Long, String> origins = origins(oficios);
        List<OutgoingOficioView> views = oficios.stream()
                .map(o -> new OutgoingOficioView(o.getId(), o.getReport().getFolio(), origins.get(o.getReport().getId()),
                        o.getRecipient(), o.getSubject(), o.getBody(), o.getCreatedAt(), attachments(o)))
                .toList();
        // A full batch may have more behind it; a short one ends the pass, and the next starts over.
        long next = views.size() == size ? views.get(views.size() - 1).id() : 0;
        return new OutgoingBatch(views, cursor(next));
    }

    /** Records that Cero Papel delivered the oficio; the same confirmation again changes nothing. */
    public DeliveryReceipt confirmDelivery(DeliveryConfirmation confirmation) {
        if (confirmation == null) {
            throw new InvalidInputException("La confirmación de entrega es obligatoria.");
        }
        validation.require(confirmation);
        OutgoingOficio oficio = em.find(OutgoingOficio.class, confirmation.outgoingOficioId(),
                LockModeType.PESSIMISTIC_WRITE);
        if (oficio == null) {
            throw new NotFoundException("No existe el oficio saliente " + confirmation.outgoingOficioId() + ".");
        }
        String number = confirmation.ceroPapelNumber().strip();
        if (oficio.isDelivered()) {
            if (!oficio.getCeroPapelNumber().equals(number)) {
                throw new ActionRefusedException("El oficio saliente " + oficio.getId() + " ya se entregó como el oficio "
                        + oficio.getCeroPapelNumber() + " de Cero Papel el " + WHEN.format(oficio.getDeliveredAt())
                        + "; no se registra otro número (" + number + ").");
            }
            return receipt(oficio, true);
        }
        oficio.delivered(number, confirmation.deliveredAt().truncatedTo(ChronoUnit.MILLIS),
                context.getCallerPrincipal().getName(), Instant.now().truncatedTo(ChronoUnit.MILLIS));
        return receipt(oficio, false);
    }

    /** The printed oficio; nothing for one queued before SCR printed its oficios. */
    private static List<OutgoingOficioView.Attachment> attachments(OutgoingOficio oficio) {
        return oficio.getPdf() == null ? List.of() : List.of(new OutgoingOficioView.Attachment(oficio.pdfFileName(),
                "application/pdf", oficio.getPdf()));
    }

    private Map<Long, String> origins(List<OutgoingOficio> oficios) {
        if (oficios.isEmpty()) {
            return Map.of();
        }
        List<Report> reports = oficios.stream().map(OutgoingOficio::getReport).distinct().toList();
        return em.createNamedQuery(IncomingOficio.OF_REPORTS, IncomingOficio.class)
                .setParameter("reports", reports)
                .getResultStream()
                .collect(Collectors.toMap(o -> o.getReport().getId(), IncomingOficio::getCeroPapelId, (a, b) -> a));
    }

    private static DeliveryReceipt receipt(OutgoingOficio oficio, boolean duplicate) {
        return new DeliveryReceipt(oficio.getId(), oficio.getReport().getFolio(), oficio.getCeroPapelNumber(),
                oficio.getDeliveredAt(), duplicate);
    }

    /** Opaque to the client: the last id handed out, so inserts and confirmations never shift a pass. */
    static String cursor(long after) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((CURSOR_VERSION + after).getBytes(StandardCharsets.US_ASCII));
    }

    static long position(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return 0;
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.US_ASCII);
            if (decoded.startsWith(CURSOR_VERSION)) {
                long after = Long.parseLong(decoded.substring(CURSOR_VERSION.length()));
                if (after >= 0) {
                    return after;
                }
            }
        } catch (IllegalArgumentException notOurs) {
            // reported below
        }
        throw new InvalidInputException("El cursor «" + cursor + "» no es válido (desde): use el siguienteCursor de un"
                + " lote anterior, u omítalo para empezar desde el principio.");
    }
}
