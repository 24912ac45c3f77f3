package com.cxcentric.rewards.control;

import com.cxcentric.demo.DemoCompanyGenerator;
import com.cxcentric.demo.DemoContext;
import com.cxcentric.demo.DemoDataContributor;
import com.cxcentric.organization.entity.Employee;
import com.cxcentric.rewards.entity.Badge;
import com.cxcentric.rewards.entity.BadgeDefinition;
import com.cxcentric.rewards.entity.BadgeRule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo company's badges, defined before training's demo certifies people (so its
 * certifications earn them through the real event) and after the schemes' periods were granted
 * (so the streak badge catches up on them); the one granted by hand goes to a few people,
 * the demo employee among them.
 */
@ApplicationScoped
public class BadgeDemoData implements DemoDataContributor {

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    @Inject
    private BadgeBook book;

    @Override
    public int order() {
        return 280;
    }

    @Override
    public void contribute(DemoContext context) {
        List<BadgeDefinition> badges = List.of(
                new BadgeDefinition(
                        "STARTER",
                        "Customer-centric starter",
                        "Certified in every course of the starter curriculum.",
                        "pi-verified",
                        "#1b7a43",
                        BadgeRule.STARTER_CURRICULUM,
                        null,
                        null,
                        null,
                        null,
                        true),
                new BadgeDefinition(
                        "RECOVERY-PRO",
                        "Service recovery pro",
                        "Certified in service recovery; holds for two years.",
                        "pi-shield",
                        "#2563eb",
                        BadgeRule.COURSE_CERTIFIED,
                        "CX-RECOVERY",
                        null,
                        null,
                        24,
                        true),
                new BadgeDefinition(
                        "FAVOURITE",
                        "Customers' favourite",
                        "Complimented by customers at least twice a month, two months running.",
                        "pi-heart",
                        "#be123c",
                        BadgeRule.SCHEME_STREAK,
                        null,
                        "COMPLIMENTS-2",
                        2,
                        null,
                        true),
                new BadgeDefinition(
                        "ABOVE-BEYOND",
                        "Above and beyond",
                        "Granted by HR for something a customer will not forget.",
                        "pi-trophy",
                        "#b45309",
                        BadgeRule.BY_HAND,
                        null,
                        null,
                        null,
                        null,
                        true));
        badges.forEach(b -> book.save(b, context.today()));
        Badge byHand = book.find("ABOVE-BEYOND");
        String demoNumber = context.company().logins().stream()
                .filter(l -> DemoCompanyGenerator.EMPLOYEE_LOGIN.equals(l.username()))
                .map(l -> l.employeeNumber())
                .findFirst()
                .orElse("");
        List<Employee> people = new ArrayList<>(em.createNamedQuery(Employee.FIND_BY_NUMBER, Employee.class)
                .setParameter("number", demoNumber)
                .getResultList());
        people.addAll(em.createQuery(
                        "SELECT e FROM Employee e WHERE MOD(e.id, 17) = 3 ORDER BY e.employeeNumber", Employee.class)
                .setMaxResults(4)
                .getResultList());
        String[] reasons = {
            "Drove a replacement part to a customer on a Sunday so their shop could open.",
            "Stayed with a distressed customer until the bank confirmed the refund.",
            "Spotted that the delivery-area rule charged loyal customers twice, and got it changed."
        };
        for (int i = 0; i < people.size(); i++) {
            book.grant(
                    byHand,
                    people.get(i).getId(),
                    context.today().minusDays(10 + i * 9L),
                    "hr",
                    reasons[i % reasons.length]);
        }
    }
}
