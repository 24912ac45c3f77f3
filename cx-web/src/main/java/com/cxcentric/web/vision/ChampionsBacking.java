package com.cxcentric.web.vision;

import com.cxcentric.platform.BusinessException;
import com.cxcentric.vision.boundary.Champions;
import com.cxcentric.vision.boundary.Champions.Candidate;
import com.cxcentric.vision.boundary.Champions.ChampionView;
import com.cxcentric.vision.boundary.Champions.DepartmentChampions;
import com.cxcentric.vision.boundary.Champions.DepartmentRef;
import com.cxcentric.web.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * /vision/champions.xhtml: every department's customer champions and how far their ideas got;
 * HR and a department's head name and release champions.
 */
@Named
@ViewScoped
public class ChampionsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Champions champions;

    @Inject
    private FacesMessages messages;

    private List<DepartmentChampions> departments;
    private List<DepartmentRef> runnable;
    private final Map<String, String> labels = new HashMap<>();
    private String departmentCode;
    private String employeeNumber;
    private String roleDescription;

    public List<DepartmentChampions> getDepartments() {
        if (departments == null) {
            departments = champions.departments();
        }
        return departments;
    }

    /** The departments the caller may name champions in. */
    public List<DepartmentRef> getRunnable() {
        if (runnable == null) {
            runnable = champions.run();
        }
        return runnable;
    }

    public long getChampionCount() {
        return getDepartments().stream().mapToLong(d -> d.champions().size()).sum();
    }

    public long getDepartmentsWithChampions() {
        return getDepartments().stream().filter(d -> !d.champions().isEmpty()).count();
    }

    public long getIdeasRaised() {
        return getDepartments().stream().mapToLong(d -> d.ideas().raised()).sum();
    }

    public long getIdeasAnswered() {
        return getDepartments().stream().mapToLong(d -> d.ideas().answered()).sum();
    }

    public long getIdeasActedOn() {
        return getDepartments().stream().mapToLong(d -> d.ideas().actedOn()).sum();
    }

    /** People of the chosen department matching what was typed, front-line people first. */
    public List<String> complete(String query) {
        if (departmentCode == null || departmentCode.isBlank()) {
            return List.of();
        }
        try {
            List<Candidate> found = champions.candidates(departmentCode, query);
            found.forEach(c -> labels.put(c.employeeNumber(), label(c)));
            return found.stream().map(Candidate::employeeNumber).toList();
        } catch (BusinessException refused) {
            return List.of();
        }
    }

    public String personLabel(String number) {
        return number == null ? "" : labels.getOrDefault(number, number);
    }

    public void name() {
        try {
            ChampionView named = champions.name(departmentCode, employeeNumber, roleDescription);
            messages.info("champions.namedNow", named.name(), named.departmentName());
            departments = null;
            employeeNumber = null;
            roleDescription = null;
        } catch (BusinessException refused) {
            messages.error(refused, "nameForm");
        }
    }

    public void release(ChampionView champion) {
        try {
            champions.release(champion.departmentCode(), champion.employeeNumber());
            messages.info("champions.released", champion.name(), champion.departmentName());
            departments = null;
        } catch (BusinessException refused) {
            messages.error(refused);
        }
    }

    private String label(Candidate c) {
        StringBuilder label = new StringBuilder(c.name()).append(" (").append(c.employeeNumber());
        if (c.jobTitle() != null) {
            label.append(", ").append(c.jobTitle());
        }
        label.append(", ").append(c.unitName()).append(", ");
        label.append(messages.text("ContactLevel." + c.contact().name()));
        return label.append(')').toString();
    }

    public String getDepartmentCode() {
        return departmentCode;
    }

    public void setDepartmentCode(String departmentCode) {
        this.departmentCode = departmentCode;
    }

    public String getEmployeeNumber() {
        return employeeNumber;
    }

    public void setEmployeeNumber(String employeeNumber) {
        this.employeeNumber = employeeNumber;
    }

    public String getRoleDescription() {
        return roleDescription;
    }

    public void setRoleDescription(String roleDescription) {
        this.roleDescription = roleDescription;
    }
}
