package com.cxcentric.web.api;

import com.cxcentric.platform.PageRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/** The {@code page} and {@code size} query parameters every list endpoint takes. */
public class PageParameters {

    @QueryParam("page")
    @DefaultValue("0")
    @Min(0)
    private int page;

    @QueryParam("size")
    @DefaultValue("50")
    @Min(1)
    @Max(PageRequest.MAX_SIZE)
    private int size;

    public PageRequest toRequest() {
        return new PageRequest(page, size);
    }
}
