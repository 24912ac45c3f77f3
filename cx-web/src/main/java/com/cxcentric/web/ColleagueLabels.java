package com.cxcentric.web;

import com.cxcentric.rewards.boundary.Recognitions;
import com.cxcentric.rewards.control.RecognitionViews.Person;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A colleague chooser's suggestions (employee numbers, which stay unique where names repeat) and
 * the labels it shows for them, "Name (number)", remembered for the view.
 */
public final class ColleagueLabels implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<String, String> labels = new HashMap<>();

    /** Up to 20 current colleagues matching the query, by employee number. */
    public List<String> complete(Recognitions recognitions, String query) {
        List<Person> found = recognitions.colleagues(query);
        found.forEach(p -> labels.put(p.employeeNumber(), p.name() + " (" + p.employeeNumber() + ")"));
        return found.stream().map(Person::employeeNumber).toList();
    }

    public String label(String number) {
        return number == null ? "" : labels.getOrDefault(number, number);
    }
}
