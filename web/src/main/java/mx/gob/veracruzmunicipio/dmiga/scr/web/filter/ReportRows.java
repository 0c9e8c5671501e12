package mx.gob.veracruzmunicipio.dmiga.scr.web.filter;

import java.util.List;
import java.util.Map;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import mx.gob.veracruzmunicipio.dmiga.scr.report.InboxSort;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ReportView;

/**
 * The rows of a report table, loaded page by page from a session bean: the count and the page are
 * separate queries, sorted on the server. A null sort asks for the bean's default order.
 */
public abstract class ReportRows extends LazyDataModel<ReportView> {

    private static final long serialVersionUID = 1L;

    protected abstract long count();

    protected abstract List<ReportView> page(int first, int pageSize, InboxSort sort, boolean ascending);

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, count());
    }

    @Override
    public List<ReportView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                 Map<String, FilterMeta> filterBy) {
        for (SortMeta meta : sortBy.values()) {
            if (meta.getOrder() != SortOrder.UNSORTED) {
                InboxSort sort = switch (meta.getField()) {
                    case "folio" -> InboxSort.FOLIO;
                    case "subject" -> InboxSort.SUBJECT;
                    case "status" -> InboxSort.STATUS;
                    case "priority" -> InboxSort.PRIORITY;
                    case "createdAt" -> InboxSort.CREATED;
                    default -> InboxSort.DUE;
                };
                return page(first, pageSize, sort, meta.getOrder() == SortOrder.ASCENDING);
            }
        }
        return page(first, pageSize, null, true);
    }

    @Override
    public String getRowKey(ReportView report) {
        return report.folio();
    }

    @Override
    public ReportView getRowData(String rowKey) {
        return getWrappedData() == null ? null : getWrappedData().stream()
                .filter(report -> report.folio().equals(rowKey)).findFirst().orElse(null);
    }
}
