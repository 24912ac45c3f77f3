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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
        for (RolloutDimension dimension : dimensions()) {
            PersonMetric metric = METRICS.get(dimension);
            Map<Long, Tally> before =
                    tallies.perTeam(metric, period.beforeFrom(), period.beforeTo(), units, PersonTallies.Filters.NONE);
            Map<Long, Tally> recent =
                    tallies.perTeam(metric, period.recentFrom(), period.today(), units, PersonTallies.Filters.NONE);
            Set<Long> either = new HashSet<>(before.keySet());
            either.addAll(recent.keySet());
            for (Long unit : either) {
                Tally b = before.getOrDefault(unit, Tally.NONE);
                Tally r = recent.getOrDefault(unit, Tally.NONE);
                counts.add(new UnitCounts(dimension.code(), unit, new long[] {
                    b.sample(), b.positive() - b.negative(), r.sample(), r.positive() - r.negative()
                }));
            }
        }
        return counts;
    }
}
