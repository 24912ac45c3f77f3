package com.cxcentric.segmentation.control;

import com.cxcentric.demo.DemoContext;
import com.cxcentric.demo.DemoDataContributor;
import com.cxcentric.organization.entity.ContactLevel;
import com.cxcentric.organization.entity.Motivator;
import com.cxcentric.segmentation.entity.ContactLevelCriterion;
import com.cxcentric.segmentation.entity.JobTitleMatchesCriterion;
import com.cxcentric.segmentation.entity.OrgUnitCriterion;
import com.cxcentric.segmentation.entity.RuleGroup;
import com.cxcentric.segmentation.entity.Segment;
import com.cxcentric.segmentation.entity.SegmentRule;
import com.cxcentric.segmentation.entity.TenureCriterion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;

/**
 * The demo company's segments. Their history is written as if the segments had existed for a year:
 * each member joined on their hire date or a year ago, whichever is later, so the size-over-time
 * chart has something to show on a fresh demo.
 */
@ApplicationScoped
public class SegmentDemoData implements DemoDataContributor {

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    @Inject
    private SegmentMembershipStore membership;

    @Override
    public int order() {
        return 100;
    }

    @Override
    public void contribute(DemoContext context) {
        segment(
                "Front-line store staff",
                "Sales associates, cashiers and designers who serve customers in our stores every day.",
                all(new OrgUnitCriterion(Set.of("RET")), new ContactLevelCriterion(Set.of(ContactLevel.FRONT_LINE))),
                Set.of("QUESTIONING", "SERVICE_STANDARDS"),
                Set.of(Motivator.MONEY_OR_VOUCHERS, Motivator.TIME_OFF));
        segment(
                "Contact centre",
                "Agents and specialists on the phone, chat, e-mail and social channels, and complaint handlers.",
                all(new OrgUnitCriterion(Set.of("CC"))),
                Set.of("SERVICE_RECOVERY", "QUESTIONING"),
                Set.of(Motivator.TIME_OFF, Motivator.PUBLIC_RECOGNITION));
        segment(
                "Field service",
                "Installation and service technicians and delivery crews who work in customers' homes.",
                new RuleGroup(
                        RuleGroup.Match.ANY,
                        List.of(
                                new OrgUnitCriterion(Set.of("FS")),
                                new JobTitleMatchesCriterion("technician|delivery (driver|crew)"))),
                Set.of("SERVICE_STANDARDS", "SERVICE_RECOVERY"),
                Set.of(Motivator.MONEY_OR_VOUCHERS, Motivator.GIFT_OR_EXPERIENCE));
        segment(
                "Back office",
                "People who rarely meet customers but shape what they experience: warehouse, finance, IT, HR.",
                all(new ContactLevelCriterion(Set.of(ContactLevel.BACK_OFFICE))),
                Set.of("CX_VISION"),
                Set.of(Motivator.LEARNING_BUDGET, Motivator.CHARITY_DONATION));
        segment(
                "New joiners (under 6 months)",
                "Everyone hired in the last six months: the company's CX vision and service standards first.",
                all(new TenureCriterion(null, 5)),
                Set.of("CX_VISION", "SERVICE_STANDARDS"),
                Set.of(Motivator.PUBLIC_RECOGNITION, Motivator.LEARNING_BUDGET));
        membership.recomputeAll(context.today());
        em.createNativeQuery("UPDATE segment_membership SET joined_on = (SELECT CASE WHEN e.hire_date > ?1 THEN"
                        + " e.hire_date ELSE ?1 END FROM employee e WHERE e.id = segment_membership.employee_id)")
                .setParameter(1, context.today().minusYears(1))
                .executeUpdate();
    }

    private void segment(
            String name, String description, RuleGroup rule, Set<String> competencies, Set<Motivator> rewards) {
        Segment segment = new Segment(name);
        segment.setDescription(description);
        segment.changeRule(rule);
        segment.setNeeds(competencies, rewards);
        em.persist(segment);
    }

    private static RuleGroup all(SegmentRule... parts) {
        return new RuleGroup(RuleGroup.Match.ALL, List.of(parts));
    }
}
