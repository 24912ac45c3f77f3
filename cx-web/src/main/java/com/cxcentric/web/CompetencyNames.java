package com.cxcentric.web;

import com.cxcentric.training.boundary.CompetencyCatalog;
import com.cxcentric.training.entity.Competency;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A competency by its name where people read it ({@code #{competencyNames.of(code)}}): chips,
 * lists and tables never show the code. Read once per request.
 */
@Named
@RequestScoped
public class CompetencyNames {

    @Inject
    private CompetencyCatalog catalog;

    private Map<String, String> names;

    /** The name of the competency with this code, or the code itself for one no longer in the catalog. */
    public String of(String code) {
        if (names == null) {
            names = catalog.listAll().stream().collect(Collectors.toMap(Competency::getCode, Competency::getName));
        }
        return names.getOrDefault(code, code);
    }
}
