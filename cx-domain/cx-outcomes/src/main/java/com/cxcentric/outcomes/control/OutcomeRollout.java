package com.cxcentric.outcomes.control;

import com.cxcentric.outcomes.entity.PersonMetric;
import com.cxcentric.outcomes.entity.Tally;
import com.cxcentric.rollout.Formula;
import com.cxcentric.rollout.RolloutContributor;
import com.cxcentric.rollout.RolloutDimension;
import com.cxcentric.rollout.RolloutPeriod;
import com.cxcentric.rollout.UnitCounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Outcomes' heatmap columns: the change in NPS, CSAT and CES (docs/METRICS.md's definitions, the
 * team tallies of {@link PersonTallies}) from the window before the rollout began to the latest
 * window, each withheld (grey) below the minimum sample in either window. A record naming people of
 * two teams counts for each team, as a team's own figure does.
 */
@ApplicationScoped
public class OutcomeRollout implements RolloutContributor {

    public static final RolloutDimension NPS_CHANGE =
            new RolloutDimension("NPS_CHANGE", "outcomes", 40, Formula.SCORE_CHANGE, 5, 0, 30);
    public static final RolloutDimension CSAT_CHANGE =
            new RolloutDimension("CSAT_CHANGE", "outcomes", 41, Formula.SCORE_CHANGE, 3, 0, 30);
    public static final RolloutDimension CES_CHANGE =
            new RolloutDimension("CES_CHANGE", "outcomes", 42, Formula.SCORE_CHANGE, 3, 0, 30);

    private static final Map<RolloutDimension, PersonMetric> METRICS = Map.of(
            NPS_CHANGE, PersonMetric.NPS,
            CSAT_CHANGE, PersonMetric.CSAT_PERCENT,
            CES_CHANGE, PersonMetric.CES_EASY_PERCENT);

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    @Inject
    private PersonTallies tallies;

    @Override
    public List<RolloutDimension> dimensions() {
        return List.of(NPS_CHANGE, CSAT_CHANGE, CES_CHANGE);
    }

    @Override
    public List<UnitCounts> counts(RolloutPeriod period) {
        List<Long> units =
                em.createQuery("SELECT u.id FROM OrgUnit u", Long.class).getResultList();
        List<UnitCounts> counts = new ArrayList<>();
        // both windows and the three survey metrics in one pass over the rollups (it was six)
        var teams = tallies.surveyTalliesPerTeam(
                units,
                List.of(
                        new PersonTallies.Period(period.beforeFrom(), period.beforeTo()),
                        new PersonTallies.Period(period.recentFrom(), period.today())));
        for (RolloutDimension dimension : dimensions()) {
            PersonMetric metric = METRICS.get(dimension);
            teams.forEach((unit, windows) -> {
                Tally b = windows.get(0).get(metric);
                Tally r = windows.get(1).get(metric);
                if (b.sample() == 0 && r.sample() == 0) {
                    return;
                }
                counts.add(new UnitCounts(dimension.code(), unit, new long[] {
                    b.sample(), b.positive() - b.negative(), r.sample(), r.positive() - r.negative()
                }));
            });
        }
        return counts;
    }
}
