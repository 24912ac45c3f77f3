package com.cxcentric.web.training;

import com.cxcentric.platform.BusinessException;
import com.cxcentric.platform.control.BusinessDay;
import com.cxcentric.training.boundary.Coaching;
import com.cxcentric.training.boundary.Coaching.ObservationRow;
import com.cxcentric.training.boundary.CoachingChecklist;
import com.cxcentric.training.boundary.CompetencyCatalog;
import com.cxcentric.training.entity.CoachingObservation;
import com.cxcentric.training.entity.Competency;
import com.cxcentric.web.ChartJs;
import com.cxcentric.web.FacesMessages;
import com.cxcentric.web.PagedModel;
import com.cxcentric.web.templates.LocaleBacking;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * /training/coaching.xhtml: record a coaching observation of a customer interaction against the
 * checklist, and follow the trend of the team (the caller's scope) and of one person.
 */
@Named
@ViewScoped
public class CoachingBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A behaviour's tick in the form (held by name in {@link #getTicks()}). */
    public enum Tick {
        SHOWN,
        NOT_SHOWN,
        NOT_SEEN
    }

    @Inject
    private Coaching coaching;

    @Inject
    private CoachingChecklist behaviours;

    /** Today in the company's time zone, which is what a date picker offers. */
    @Inject
    private BusinessDay businessDay;

    @Inject
    private FacesMessages messages;

    @Inject
    private CompetencyCatalog competencyCatalog;

    @Inject
    private LocaleBacking locale;

    private List<CoachingChecklist.ChecklistGroup> checklist = List.of();
    private final Map<String, String> personLabels = new HashMap<>();
    private String behaviourCode;
    private String behaviourCompetency;
    private String behaviourName;
    private String behaviourDescription;
    private List<Competency> competencies = List.of();
    private String employeeNumber;
    private LocalDate observedOn;
    private String interaction;
    private String note;
    private Map<String, String> ticks = new LinkedHashMap<>();

    private Coaching.Trend teamTrend;
    private List<Coaching.PersonSummary> people = List.of();
    private Coaching.Trend personTrend;
    private String shownPerson;
    private final PagedModel<ObservationRow> observations =
            new PagedModel<>(page -> coaching.observations(shownPerson, page), ObservationRow::id);

    @PostConstruct
    void load() {
        checklist = behaviours.checklist();
        competencies = competencyCatalog.listAll();
        observedOn = businessDay.today();
        resetTicks();
        refresh();
    }

    /** Adds a behaviour to the checklist (HR and administrators). */
    public void addBehaviour() {
        try {
            var added =
                    behaviours.addBehaviour(behaviourCode, behaviourCompetency, behaviourName, behaviourDescription);
            messages.info("coaching.behaviourAdded", added.name());
            behaviourCode = null;
            behaviourName = null;
            behaviourDescription = null;
            checklist = behaviours.checklist();
            resetTicks();
        } catch (BusinessException refused) {
            messages.error(refused);
        }
    }

    public void retireBehaviour(CoachingChecklist.Behaviour behaviour) {
        try {
            behaviours.retireBehaviour(behaviour.code());
            messages.info("coaching.behaviourRetired", behaviour.name());
            checklist = behaviours.checklist();
            resetTicks();
        } catch (BusinessException refused) {
            messages.error(refused);
        }
    }

    /** People matching what was typed, for the person field. */
    public List<String> complete(String query) {
        List<Coaching.Person> found = coaching.observable(query);
        found.forEach(p -> personLabels.put(
                p.employeeNumber(),
                p.name() + " (" + p.employeeNumber() + (p.unitName() == null ? "" : ", " + p.unitName()) + ")"));
        return found.stream().map(Coaching.Person::employeeNumber).toList();
    }

    public String personLabel(String number) {
        return number == null ? "" : personLabels.getOrDefault(number, number);
    }

    public void record() {
        Map<String, Boolean> checks = new LinkedHashMap<>();
        ticks.forEach((code, tick) -> {
            if (Tick.SHOWN.name().equals(tick) || Tick.NOT_SHOWN.name().equals(tick)) {
                checks.put(code, Tick.SHOWN.name().equals(tick));
            }
        });
        try {
            var receipt = coaching.record(
                    new Coaching.ObservationRequest(employeeNumber, observedOn, interaction, note, checks));
            messages.info(
                    "coaching.recorded",
                    personLabel(receipt.employeeNumber()),
                    receipt.shown(),
                    receipt.seen(),
                    receipt.shownPercent());
            interaction = null;
            note = null;
            resetTicks();
            shownPerson = receipt.employeeNumber();
            refresh();
        } catch (BusinessException refused) {
            messages.error(refused);
        }
    }

    /** Shows one person's trend and observations. */
    public void show(String number) {
        shownPerson = number;
        try {
            personTrend = coaching.trend(number);
        } catch (BusinessException refused) {
            messages.error(refused);
            shownPerson = null;
            personTrend = null;
        }
    }

    /** Back to the whole team's observations. */
    public void showTeam() {
        shownPerson = null;
        personTrend = null;
    }

    private void refresh() {
        teamTrend = coaching.trend(null);
        people = coaching.people();
        if (shownPerson != null) {
            show(shownPerson);
        }
    }

    private void resetTicks() {
        ticks = new LinkedHashMap<>();
        checklist.forEach(group -> group.behaviours().forEach(b -> ticks.put(b.code(), Tick.NOT_SEEN.name())));
    }

    public String getTeamChart() {
        return chart(teamTrend);
    }

    public String getPersonChart() {
        return personTrend == null ? null : chart(personTrend);
    }

    private String chart(Coaching.Trend trend) {
        DateTimeFormatter month = DateTimeFormatter.ofPattern("MMM yy", locale.getLocale());
        ChartJs chart = ChartJs.line()
                .labels(trend.months().stream().map(month::format).toList())
                .upTo(100)
                .series(messages.text("coaching.overall"), trend.overall(), "#0f172a");
        Map<String, String> names = new HashMap<>();
        checklist.forEach(g -> names.put(g.competencyCode(), g.competencyName()));
        trend.byCompetency().forEach((code, shares) -> chart.series(names.getOrDefault(code, code), shares));
        return chart.toJson();
    }

    /** Observations in the span of the trend. */
    public int observationsIn(Coaching.Trend trend) {
        return trend == null
                ? 0
                : trend.observations().stream().mapToInt(Integer::intValue).sum();
    }

    public Tick[] getTickValues() {
        return Tick.values();
    }

    public PagedModel<ObservationRow> getObservations() {
        return observations;
    }

    public List<CoachingChecklist.ChecklistGroup> getChecklist() {
        return checklist;
    }

    public Map<String, String> getTicks() {
        return ticks;
    }

    public Coaching.Trend getTeamTrend() {
        return teamTrend;
    }

    public Coaching.Trend getPersonTrend() {
        return personTrend;
    }

    public List<Coaching.PersonSummary> getPeople() {
        return people;
    }

    public String getShownPerson() {
        return shownPerson;
    }

    public String getShownPersonName() {
        return people.stream()
                .filter(p -> p.employeeNumber().equals(shownPerson))
                .map(Coaching.PersonSummary::name)
                .findFirst()
                .orElse(personLabel(shownPerson));
    }

    public LocalDate getToday() {
        return businessDay.today();
    }

    public LocalDate getEarliest() {
        return businessDay.today().minusDays(CoachingObservation.MAX_DAYS_BACK);
    }

    public List<Competency> getCompetencies() {
        return competencies;
    }

    public String getBehaviourCode() {
        return behaviourCode;
    }

    public void setBehaviourCode(String behaviourCode) {
        this.behaviourCode = behaviourCode;
    }

    public String getBehaviourCompetency() {
        return behaviourCompetency;
    }

    public void setBehaviourCompetency(String behaviourCompetency) {
        this.behaviourCompetency = behaviourCompetency;
    }

    public String getBehaviourName() {
        return behaviourName;
    }

    public void setBehaviourName(String behaviourName) {
        this.behaviourName = behaviourName;
    }

    public String getBehaviourDescription() {
        return behaviourDescription;
    }

    public void setBehaviourDescription(String behaviourDescription) {
        this.behaviourDescription = behaviourDescription;
    }

    public String getEmployeeNumber() {
        return employeeNumber;
    }

    public void setEmployeeNumber(String employeeNumber) {
        this.employeeNumber = employeeNumber;
    }

    public LocalDate getObservedOn() {
        return observedOn;
    }

    public void setObservedOn(LocalDate observedOn) {
        this.observedOn = observedOn;
    }

    public String getInteraction() {
        return interaction;
    }

    public void setInteraction(String interaction) {
        this.interaction = interaction;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
