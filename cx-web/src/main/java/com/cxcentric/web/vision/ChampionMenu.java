package com.cxcentric.web.vision;

import com.cxcentric.vision.boundary.Champions;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Whether the menu offers the front-line ideas to an employee: only to customer champions. */
@Named
@RequestScoped
public class ChampionMenu {

    @Inject
    private Champions champions;

    private Boolean champion;

    public boolean isChampion() {
        if (champion == null) {
            champion = !champions.mine().isEmpty();
        }
        return champion;
    }
}
