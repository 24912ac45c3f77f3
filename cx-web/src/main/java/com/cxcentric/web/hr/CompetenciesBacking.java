package com.cxcentric.web.hr;

import com.cxcentric.platform.BusinessException;
import com.cxcentric.training.boundary.CompetencyCatalog;
import com.cxcentric.training.boundary.CourseCatalog;
import com.cxcentric.training.entity.Competency;
import com.cxcentric.training.entity.CourseStatus;
import com.cxcentric.web.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * /hr/competencies.xhtml: the competency framework courses teach and coaching observes, and the
 * competencies of the company's own that HR adds to it.
 */
@Named
@ViewScoped
public class CompetenciesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CompetencyCatalog catalog;

    @Inject
    private CourseCatalog courses;

    @Inject
    private FacesMessages messages;

    private List<Competency> competencies = List.of();
    private Map<String, List<String>> taughtBy = Map.of();
    private String code;
    private String name;
    private String description;

    @PostConstruct
    void load() {
        competencies = catalog.listAll();
        Map<String, List<String>> titles = new HashMap<>();
        for (var course : courses.catalog()) {
            if (course.status() != CourseStatus.RETIRED) {
                course.competencies().forEach(code -> titles.computeIfAbsent(code, k -> new ArrayList<>())
                        .add(course.title()));
            }
        }
        taughtBy = titles;
    }

    /** The titles of the courses (not retired) that teach a competency. */
    public List<String> taughtBy(String code) {
        return taughtBy.getOrDefault(code, List.of());
    }

    /** Adds a competency of the company's own, which courses can then teach. */
    public void add() {
        try {
            var added = catalog.add(code, name, description);
            messages.info("courses.competencyAdded", added.getName(), added.getCode());
            code = null;
            name = null;
            description = null;
            competencies = catalog.listAll();
        } catch (BusinessException refused) {
            messages.error(refused);
        }
    }

    public List<Competency> getCompetencies() {
        return competencies;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
