package com.cxcentric.web.vision;

import com.cxcentric.outcomes.boundary.UnitBriefs;
import com.cxcentric.outcomes.boundary.UnitBriefs.Brief;
import com.cxcentric.platform.BusinessException;
import com.cxcentric.platform.Page;
import com.cxcentric.platform.PageRequest;
import com.cxcentric.vision.boundary.Champions;
import com.cxcentric.vision.boundary.Champions.Candidate;
import com.cxcentric.vision.boundary.Champions.DepartmentRef;
import com.cxcentric.vision.boundary.Ideas;
import com.cxcentric.vision.boundary.Ideas.IdeaView;
import com.cxcentric.vision.entity.IdeaKind;
import com.cxcentric.vision.entity.IdeaStatus;
import com.cxcentric.web.FacesMessages;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * /vision/ideas.xhtml: a department's customer figures and recurring complaints for its champions
 * and head, what its champions raised, raising one (champions) and answering it (the head, HR).
 */
@Named
@ViewScoped
public class IdeasBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int PAGE_SIZE = 20;

    @Inject
    private Ideas ideas;

    @Inject
    private Champions champions;

    @Inject
    private UnitBriefs briefs;

    @Inject
    private FacesMessages messages;

    private String departmentCode;
    private String status;
    private int page;
    private Page<IdeaView> items;
    private List<DepartmentRef> mine;
    private List<DepartmentRef> visible;
    private Brief brief;
    private boolean briefRead;

    private String raiseDepartment;
    private String kind = IdeaKind.OBSERVATION.name();
    private String title;
    private String observation;

    private final Map<Long, String> answers = new HashMap<>();
    private final Map<Long, String> nextStatus = new HashMap<>();
    private final Map<Long, String> owners = new HashMap<>();
    private final Map<String, String> labels = new HashMap<>();

    /** Opens the page on the department asked for, or the caller's own as a champion. */
    public void open() {
        if ((departmentCode == null || departmentCode.isBlank()) && !getMine().isEmpty()) {
            departmentCode = getMine().get(0).code();
        }
        if (!getMine().isEmpty()) {
            raiseDepartment = getMine().stream()
                    .map(DepartmentRef::code)
                    .filter(c -> c.equals(departmentCode))
                    .findFirst()
                    .orElse(getMine().get(0).code());
        }
    }

    /** The departments the caller champions. */
    public List<DepartmentRef> getMine() {
        if (mine == null) {
            mine = champions.mine();
        }
        return mine;
    }

    /** The departments the caller may look at, for the filter. */
    public List<DepartmentRef> getVisible() {
        if (visible == null) {
            visible = champions.visible();
        }
        return visible;
    }

    /** The chosen department's customer figures, or null without a department (or sight of it). */
    public Brief getBrief() {
        if (!briefRead) {
            briefRead = true;
            if (departmentCode != null && !departmentCode.isBlank()) {
                try {
                    brief = briefs.brief(departmentCode);
                } catch (BusinessException refused) {
                    brief = null;
                }
            }
        }
        return brief;
    }

    public Page<IdeaView> getItems() {
        if (items == null) {
            try {
                items = ideas.ideas(
                        new Ideas.Filter(
                                departmentCode == null || departmentCode.isBlank() ? null : departmentCode,
                                statusFilter()),
                        new PageRequest(page, PAGE_SIZE));
            } catch (BusinessException refused) {
                messages.error(refused);
                items = new Page<>(List.of(), 0, PAGE_SIZE, 0);
            }
        }
        return items;
    }

    /** The status asked for, or none for a status the address names wrongly. */
    private IdeaStatus statusFilter() {
        return Arrays.stream(IdeaStatus.values())
                .filter(s -> s.name().equals(status))
                .findFirst()
                .orElse(null);
    }

    public boolean isHasPrevious() {
        return page > 0;
    }

    public boolean isHasNext() {
        return (long) (page + 1) * PAGE_SIZE < getItems().total();
    }

    public void previous() {
        page = Math.max(0, page - 1);
        items = null;
    }

    public void next() {
        page++;
        items = null;
    }

    /** Shows the chosen department and status from the first page. */
    public void filter() {
        page = 0;
        items = null;
        brief = null;
        briefRead = false;
    }

    public void raise() {
        try {
            IdeaView raised =
                    ideas.raise(new Ideas.NewIdea(raiseDepartment, IdeaKind.valueOf(kind), title, observation));
            messages.info("ideas.raised", raised.title(), raised.departmentName());
            title = null;
            observation = null;
            kind = IdeaKind.OBSERVATION.name();
            items = null;
        } catch (BusinessException refused) {
            messages.error(refused, "raiseForm");
        }
    }

    public void answer(IdeaView idea) {
        try {
            String next = nextStatus.get(idea.id());
            IdeaView answered = ideas.answer(
                    idea.id(),
                    new Ideas.Answer(
                            next == null || next.isBlank() ? null : IdeaStatus.valueOf(next),
                            answers.get(idea.id()),
                            owners.get(idea.id()),
                            idea.version()));
            messages.info(
                    "ideas.answered",
                    answered.title(),
                    messages.text("IdeaStatus." + answered.status().name()));
            answers.remove(idea.id());
            nextStatus.remove(idea.id());
            owners.remove(idea.id());
            items = null;
        } catch (BusinessException refused) {
            messages.error(refused);
        }
    }

    /** The statuses an answer may move the idea to. */
    public List<IdeaStatus> nextStatuses(IdeaView idea) {
        return idea.status().next().stream().sorted().toList();
    }

    /** People of the idea's department for its owner; the idea's department travels as the component's attribute. */
    public List<String> completeOwner(String query) {
        String department = (String) UIComponent.getCurrentComponent(FacesContext.getCurrentInstance())
                .getAttributes()
                .get("department");
        if (department == null) {
            return List.of();
        }
        try {
            List<Candidate> found = champions.people(department, query);
            found.forEach(c -> labels.put(c.employeeNumber(), c.name() + " (" + c.employeeNumber() + ")"));
            return found.stream().map(Candidate::employeeNumber).toList();
        } catch (BusinessException refused) {
            return List.of();
        }
    }

    public String personLabel(String number) {
        return number == null ? "" : labels.getOrDefault(number, number);
    }

    public List<IdeaStatus> getStatuses() {
        return List.of(IdeaStatus.values());
    }

    public List<IdeaKind> getKinds() {
        return List.of(IdeaKind.values());
    }

    public Map<Long, String> getAnswers() {
        return answers;
    }

    public Map<Long, String> getNextStatus() {
        return nextStatus;
    }

    public Map<Long, String> getOwners() {
        return owners;
    }

    public String getDepartmentCode() {
        return departmentCode;
    }

    public void setDepartmentCode(String departmentCode) {
        this.departmentCode = departmentCode;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getRaiseDepartment() {
        return raiseDepartment;
    }

    public void setRaiseDepartment(String raiseDepartment) {
        this.raiseDepartment = raiseDepartment;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getObservation() {
        return observation;
    }

    public void setObservation(String observation) {
        this.observation = observation;
    }
}
