package com.cxcentric.vision.control;

import com.cxcentric.organization.control.OrgTree;
import com.cxcentric.organization.entity.OrgUnit;
import com.cxcentric.organization.entity.OrgUnitType;
import com.cxcentric.rollout.Rating;
import com.cxcentric.rollout.RolloutContributor;
import com.cxcentric.rollout.RolloutDimension;
import com.cxcentric.rollout.RolloutPeriod;
import com.cxcentric.rollout.UnitCounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Folds the areas' per-unit counts into heatmap rows: a row's figure is computed from the sum of
 * the counts of its unit and every unit below it, the scope's total from those of the whole scope.
 */
@ApplicationScoped
public class RolloutFold {

    /** One cell: the figure (null without data), its sample, its rating and what it is judged against. */
    public record Cell(String dimension, Double value, long sample, Rating rating, double target, long minimumSample) {}

    /** One row: a unit with everything below it. */
    public record Row(long unitId, String name, OrgUnitType type, long people, boolean drillable, List<Cell> cells) {

        public long behind() {
            return count(Rating.BEHIND);
        }

        public long close() {
            return count(Rating.CLOSE);
        }

        public long onTarget() {
            return count(Rating.ON_TARGET);
        }

        private long count(Rating rating) {
            return cells.stream().filter(c -> c.rating() == rating).count();
        }

        /** The cell of a dimension. */
        public Cell cell(String dimension) {
            return cells.stream()
                    .filter(c -> c.dimension().equals(dimension))
                    .findFirst()
                    .orElseThrow();
        }
    }

    /** Every contributor's dimensions in their order, the scope's total and the rows. */
    public record Folded(List<RolloutDimension> dimensions, Row total, List<Row> rows) {}

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    @Inject
    private OrgTree orgTree;

    public Folded fold(
            Iterable<RolloutContributor> contributors,
            RolloutPeriod period,
            List<OrgUnit> level,
            Collection<Long> scope) {
        List<RolloutDimension> dimensions = new ArrayList<>();
        Map<String, Map<Long, long[]>> counts = new HashMap<>();
        for (RolloutContributor contributor : contributors) {
            dimensions.addAll(contributor.dimensions());
            for (UnitCounts unit : contributor.counts(period)) {
                counts.computeIfAbsent(unit.dimension(), d -> new HashMap<>()).put(unit.unitId(), unit.counts());
            }
        }
        dimensions.sort(Comparator.comparingInt(RolloutDimension::order).thenComparing(RolloutDimension::code));
        Map<Long, Long> people = new HashMap<>();
        for (Object result : em.createNativeQuery("SELECT e.org_unit_id, COUNT(*) FROM employee e"
                        + " WHERE e.status <> 'LEFT' AND e.org_unit_id IS NOT NULL GROUP BY e.org_unit_id")
                .getResultList()) {
            Object[] row = (Object[]) result;
            people.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
        }
        Map<Long, Long> parents = orgTree.parentOfEachUnit();
        Set<Long> withChildren = Set.copyOf(parents.values());
        List<Row> rows = new ArrayList<>();
        for (OrgUnit unit : level) {
            Set<Long> subtree = orgTree.subtreeOf(List.of(unit.getId()), parents);
            rows.add(row(
                    unit.getId(), unit.getName(), unit.getType(), subtree, withChildren, dimensions, counts, people));
        }
        Row total = row(0, null, null, scope, withChildren, dimensions, counts, people);
        return new Folded(List.copyOf(dimensions), total, rows);
    }

    private static Row row(
            long unitId,
            String name,
            OrgUnitType type,
            Collection<Long> units,
            Set<Long> withChildren,
            List<RolloutDimension> dimensions,
            Map<String, Map<Long, long[]>> counts,
            Map<Long, Long> people) {
        List<Cell> cells = new ArrayList<>();
        for (RolloutDimension dimension : dimensions) {
            long[] sum = new long[dimension.formula().counts()];
            Map<Long, long[]> byUnit = counts.getOrDefault(dimension.code(), Map.of());
            for (Long unit : units) {
                long[] c = byUnit.get(unit);
                if (c != null) {
                    for (int i = 0; i < sum.length; i++) {
                        sum[i] += c[i];
                    }
                }
            }
            Double value = dimension.formula().value(sum);
            long sample = dimension.formula().sample(sum);
            cells.add(new Cell(
                    dimension.code(),
                    value,
                    sample,
                    dimension.rate(value, sample),
                    dimension.target(),
                    dimension.minimumSample()));
        }
        long heads = units.stream().mapToLong(u -> people.getOrDefault(u, 0L)).sum();
        boolean drillable = withChildren.contains(unitId);
        return new Row(unitId, name, type, heads, drillable, List.copyOf(cells));
    }
}
