package com.cxcentric.web;

import com.cxcentric.platform.Page;
import com.cxcentric.platform.PageRequest;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A lazy table whose pages come from a boundary that pages in the database: each page is one
 * query for its rows and one for the count. The source reads the backing bean's current filters
 * every time, so a changed filter shows on the next load.
 */
public final class PagedModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** Where the pages come from, for example {@code page -> assignments.overview(filter(), page)}. */
    @FunctionalInterface
    public interface Source<T> extends Serializable {
        Page<T> page(PageRequest request);
    }

    /** What identifies a row, for selection and row updates. */
    @FunctionalInterface
    public interface Key<T> extends Serializable {
        Object of(T row);
    }

    private final Source<T> source;
    private final Key<T> key;

    public PagedModel(Source<T> source, Key<T> key) {
        this.source = source;
        this.key = key;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) source.page(new PageRequest(0, 1)).total();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        int size = Math.max(1, Math.min(pageSize, PageRequest.MAX_SIZE));
        Page<T> page = source.page(new PageRequest(first / size, size));
        setRowCount((int) page.total());
        return page.items();
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(key.of(row));
    }
}
