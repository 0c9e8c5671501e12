package mx.gob.veracruzmunicipio.dmiga.scr.document;

import static mx.gob.veracruzmunicipio.dmiga.scr.document.PdfLayout.cell;
import static mx.gob.veracruzmunicipio.dmiga.scr.document.PdfLayout.dateTime;
import static mx.gob.veracruzmunicipio.dmiga.scr.document.PdfLayout.facts;
import static mx.gob.veracruzmunicipio.dmiga.scr.document.PdfLayout.section;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.lowagie.text.pdf.PdfPTable;

import mx.gob.veracruzmunicipio.dmiga.scr.account.Role;
import mx.gob.veracruzmunicipio.dmiga.scr.document.PdfLayout.SignatureBlock;
import mx.gob.veracruzmunicipio.dmiga.scr.report.Report;
import mx.gob.veracruzmunicipio.dmiga.scr.report.TimelineView;
import mx.gob.veracruzmunicipio.dmiga.scr.signature.SignatureView;

/**
 * The reporte de servicio of any report: what was asked, by whom, the summary of its timeline,
 * and the signature blocks of who attended it and of the requesting area (signed through Cero
 * Papel in PR-DMIGA-01, step 5; a blank line until then).
 */
final class ServiceReportDocument {

    /** Roles that do not attend the service itself: they receive, direct, or are machines. */
    private static final Set<Role> NOT_ATTENDING = Set.of(Role.SECRETARIA, Role.DIRECTOR, Role.AREA_SOLICITANTE,
            Role.ADMIN, Role.CERO_PAPEL_CLIENT, Role.AS400_CLIENT);

    private ServiceReportDocument() {
    }

    static byte[] render(Report report, List<TimelineView> timeline, Map<String, String> names,
                         Optional<SignatureView> areaSignature) {
        DocumentKind kind = DocumentKind.REPORTE_SERVICIO;
        return PdfLayout.render(kind.label(), report.getFolio(), document -> {
            PdfLayout.title(document, kind.label(), report.getFolio());
            document.add(facts(
                    "Procedimiento", report.getProcedure() == null ? "Sin clasificar"
                            : report.getProcedure().code() + " · " + report.getProcedure().title(),
                    "Área solicitante", report.getDepartment().getName(),
                    "Solicitó", report.getRequester(),
                    "Medio", report.getChannel().label(),
                    "Fecha de solicitud", dateTime(report.getCreatedAt()),
                    "Asunto", report.getSubject(),
                    "Descripción", report.getDescription(),
                    "Estado", report.getStatus().label()
                            + (report.getClosedAt() == null ? "" : " el " + dateTime(report.getClosedAt()))));

            document.add(section("Resumen de la atención"));
            PdfPTable entries = PdfLayout.table(new float[] {0.6f, 1.3f, 2.6f, 1.9f, 2.6f},
                    "Paso", "Fecha", "Actividad", "Responsable", "Observaciones");
            for (TimelineView entry : timeline) {
                cell(entries, entry.step());
                cell(entries, dateTime(entry.occurredAt()));
                cell(entries, entry.actionLabel() + (entry.decision() == null ? "" : "\n" + entry.decision()));
                cell(entries, names.getOrDefault(entry.actorUsername(), entry.actorUsername())
                        + (entry.actorRole() == null ? "" : "\n" + entry.actorRole().label()));
                cell(entries, entry.observations());
            }
            document.add(entries);

            List<SignatureBlock> blocks = new ArrayList<>();
            blocks.add(attended(timeline, names, report));
            blocks.add(areaSignature.map(s -> new SignatureBlock("Conformidad del área solicitante", s.signerName(),
                            s.signerPosition() + ", " + s.signerDepartment(),
                            "Firmó el " + dateTime(s.signedAt())
                                    + (s.rating() == null ? "" : " · Calificación " + s.rating() + " de 5")))
                    .orElse(new SignatureBlock("Conformidad del área solicitante", null,
                            report.getDepartment().getName(), "Pendiente de firma")));
            document.add(PdfLayout.signatures(blocks));
        });
    }

    /** The last person of the directorate who worked on the service; the step's role while nobody has. */
    private static SignatureBlock attended(List<TimelineView> timeline, Map<String, String> names, Report report) {
        for (int i = timeline.size() - 1; i >= 0; i--) {
            TimelineView entry = timeline.get(i);
            if (entry.actorRole() != null && !NOT_ATTENDING.contains(entry.actorRole())) {
                return new SignatureBlock("Atendió", names.getOrDefault(entry.actorUsername(), entry.actorUsername()),
                        entry.actorRole().label(), "Último registro el " + dateTime(entry.occurredAt()));
            }
        }
        Role assigned = report.getAssignedRole();
        return new SignatureBlock("Atendió", null,
                assigned == null || NOT_ATTENDING.contains(assigned) ? PdfLayout.DIRECTORATE : assigned.label(),
                "Pendiente de atención");
    }
}
