package com.cxcentric.web.api;

import com.cxcentric.platform.Page;
import com.cxcentric.platform.PageRequest;
import java.util.List;

/** Paging of short reference lists that are read whole (a few dozen rows at most). */
final class Pages {

    private Pages() {}

    static <T> Page<T> slice(List<T> all, PageRequest request) {
        int from = Math.min(request.offset(), all.size());
        int to = Math.min(from + request.size(), all.size());
        return new Page<>(all.subList(from, to), request.page(), request.size(), all.size());
    }
}
