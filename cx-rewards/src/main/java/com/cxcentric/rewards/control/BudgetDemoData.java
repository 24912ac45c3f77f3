package com.cxcentric.rewards.control;

import com.cxcentric.demo.DemoContext;
import com.cxcentric.demo.DemoDataContributor;
import com.cxcentric.organization.entity.EmploymentStatus;
import com.cxcentric.organization.entity.OrgUnit;
import com.cxcentric.organization.entity.OrgUnitType;
import com.cxcentric.rewards.entity.BudgetMode;
import com.cxcentric.rewards.entity.PeriodKind;
import com.cxcentric.rewards.entity.RewardBudget;
import com.cxcentric.rewards.entity.SchemePeriod;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo company's budgets, made before its recognition so that the months of allowances,
 * awards, boosts and nominations draw on them: one per department and month, from the first month
 * of recognition to the next month, sized to the department's headcount (its allowances and a
 * margin for awards and boosts). Most are fixed; every third department's is flexible, and set in
 * money.
 */
@ApplicationScoped
public class BudgetDemoData implements DemoDataContributor {

    /** Points per person and month beyond the allowance, for awards, boosts and nominations. */
    static final int MARGIN_EACH = 60;

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    @Inject
    private PointsLedger ledger;

    @Inject
    private RewardShop shop;

    @Override
    public int order() {
        return 240;
    }

    @Override
    public void contribute(DemoContext context) {
        List<OrgUnit> departments = em.createNamedQuery(OrgUnit.FIND_BY_TYPE, OrgUnit.class)
                .setParameter("type", OrgUnitType.DEPARTMENT)
                .getResultList();
        Map<Long, Long> headcount = headcounts(departments);
        Instant now = Instant.now();
        for (int d = 0; d < departments.size(); d++) {
            OrgUnit department = departments.get(d);
            long people = headcount.getOrDefault(department.getId(), 0L);
            if (people == 0) {
                continue;
            }
            BudgetMode mode = d % 3 == 2 ? BudgetMode.FLEXIBLE : BudgetMode.FIXED;
            long limit = people * (ledger.monthlyAllowance() + MARGIN_EACH);
            for (int back = RecognitionDemoData.MONTHS - 1; back >= -1; back--) {
                SchemePeriod month = SchemePeriod.containing(
                        PeriodKind.MONTH, context.today().minusMonths(back));
                var budget = new RewardBudget(department.getId(), month, limit, mode, null, now);
                if (mode == BudgetMode.FLEXIBLE) {
                    // Set in money, as a finance department would: the same limit, shown as its amount.
                    budget.setInMoney(shop.money(limit), limit, mode, null, now);
                }
                em.persist(budget);
            }
        }
        em.flush();
    }

    /** The current people of each department, those of the teams below it included. */
    private Map<Long, Long> headcounts(List<OrgUnit> departments) {
        Map<Long, Long> counts = new HashMap<>();
        for (OrgUnit department : departments) {
            counts.put(department.getId(), 0L);
        }
        em.createQuery(
                        "SELECT e.orgUnit FROM Employee e WHERE e.status <> :left AND e.orgUnit IS NOT NULL",
                        OrgUnit.class)
                .setParameter("left", EmploymentStatus.LEFT)
                .getResultList()
                .forEach(unit -> {
                    for (OrgUnit step = unit; step != null; step = step.getParent()) {
                        if (counts.containsKey(step.getId())) {
                            counts.merge(step.getId(), 1L, Long::sum);
                            break;
                        }
                    }
                });
        return counts;
    }
}
