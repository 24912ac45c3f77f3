package com.cxcentric.rewards.control;

import com.cxcentric.demo.DemoCompanyGenerator;
import com.cxcentric.demo.DemoContext;
import com.cxcentric.demo.DemoDataContributor;
import com.cxcentric.organization.entity.Employee;
import com.cxcentric.organization.entity.Motivator;
import com.cxcentric.rewards.entity.ItemDefinition;
import com.cxcentric.rewards.entity.PointsAccount;
import com.cxcentric.rewards.entity.RewardItem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * The demo company's reward catalog, one or two rewards of each kind people rank, and what the
 * people with the most points spent on them over the last months through the real redemption:
 * most handed over, the latest few waiting for HR, one refused (its points given back). The demo
 * employee keeps enough points to redeem something themselves.
 */
@ApplicationScoped
public class RewardCatalogDemoData implements DemoDataContributor {

    private static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");

    private static final int SPENDERS = 40;

    private static final int EACH = 2;

    private static final int WAITING = 3;

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    @Inject
    private RewardShop shop;

    @Override
    public int order() {
        return 255;
    }

    @Override
    public void contribute(DemoContext context) {
        List<ItemDefinition> catalog = List.of(
                item(
                        "COFFEE",
                        "Coffee voucher",
                        "Two coffees at the corner café.",
                        Motivator.MONEY_OR_VOUCHERS,
                        60,
                        null),
                item(
                        "SHOP-VOUCHER",
                        "Shopping voucher €25",
                        "A voucher for the department store, sent by e-mail.",
                        Motivator.MONEY_OR_VOUCHERS,
                        500,
                        null),
                item(
                        "HALF-DAY",
                        "Half a day off",
                        "Four hours off, agreed with your lead.",
                        Motivator.TIME_OFF,
                        800,
                        null),
                item(
                        "SHOUT-OUT",
                        "Shout-out at the town hall",
                        "Your story told at the monthly town hall.",
                        Motivator.PUBLIC_RECOGNITION,
                        50,
                        null),
                item(
                        "BOOK",
                        "A book of your choice",
                        "Any book up to €20 for your learning.",
                        Motivator.LEARNING_BUDGET,
                        300,
                        null),
                item(
                        "DONATION",
                        "Donation to a children's charity",
                        "€5 to the charity the company supports.",
                        Motivator.CHARITY_DONATION,
                        100,
                        null),
                item("CINEMA", "Cinema for two", "Two tickets and popcorn.", Motivator.GIFT_OR_EXPERIENCE, 200, 40),
                item(
                        "DINNER",
                        "Dinner for two",
                        "A dinner at a restaurant of your choice.",
                        Motivator.GIFT_OR_EXPERIENCE,
                        900,
                        5));
        catalog.forEach(shop::save);
        Random random = context.randomFor(RewardCatalogDemoData.class);
        Long demoEmployee = em.createNamedQuery(Employee.FIND_BY_NUMBER, Employee.class)
                .setParameter(
                        "number",
                        context.company().logins().stream()
                                .filter(l -> DemoCompanyGenerator.EMPLOYEE_LOGIN.equals(l.username()))
                                .map(l -> l.employeeNumber())
                                .findFirst()
                                .orElse(""))
                .getResultStream()
                .findFirst()
                .map(Employee::getId)
                .orElse(null);
        List<PointsAccount> richest = em.createQuery(
                        "SELECT a FROM PointsAccount a WHERE a.kind = com.cxcentric.rewards.entity.AccountKind.RECEIVED"
                                + " AND a.balance >= 50 ORDER BY a.balance DESC, a.id",
                        PointsAccount.class)
                .setMaxResults(SPENDERS)
                .getResultList();
        List<RewardItem> items =
                em.createNamedQuery(RewardItem.FIND_ALL, RewardItem.class).getResultList();
        int made = 0;
        for (PointsAccount account : richest) {
            Employee person = em.find(Employee.class, account.getEmployeeId());
            boolean demo = person.getId().equals(demoEmployee);
            long spendable = demo ? account.getBalance() / 3 : account.getBalance();
            for (int each = 0; each < EACH; each++) {
                long left = spendable;
                RewardItem chosen = items.stream()
                        .filter(i -> i.getCostPoints() <= left && i.inStock())
                        .filter(i -> shop.eligible(i, person, context.today()))
                        .min(Comparator.comparing((RewardItem i) -> rank(person, i))
                                .thenComparing(i -> -i.getCostPoints()))
                        .orElse(null);
                if (chosen == null) {
                    break;
                }
                spendable -= chosen.getCostPoints();
                made++;
                redeem(context, person, chosen, each, made, made <= WAITING && !demo, random);
            }
        }
    }

    /** One redemption through the real one: waiting, or decided a few days after it was asked for. */
    private void redeem(
            DemoContext context, Employee person, RewardItem item, int each, int made, boolean waiting, Random random) {
        LocalDate asked = waiting
                ? context.today().minusDays(1 + random.nextInt(6))
                : context.today().minusDays(10 + random.nextInt(110));
        var redemption = shop.redeem(
                        "demo:redeem:" + person.getId() + ":" + each,
                        item.getCode(),
                        person,
                        "demo",
                        asked,
                        asked.atTime(9 + random.nextInt(8), 0).atZone(ZONE).toInstant())
                .redemption();
        if (waiting) {
            return;
        }
        LocalDate decided = asked.plusDays(1 + random.nextInt(7));
        if (made % 9 == 5) {
            shop.refuse(
                    redemption.getId(),
                    "demo",
                    "This reward cannot be supplied this month; please choose another one.",
                    decided,
                    decided.atTime(11, 0).atZone(ZONE).toInstant());
        } else {
            shop.settle(
                    redemption.getId(),
                    "demo",
                    null,
                    decided.atTime(11, 0).atZone(ZONE).toInstant());
        }
    }

    private static int rank(Employee person, RewardItem item) {
        int at = person.getMotivators().indexOf(item.getMotivator());
        return at < 0 ? Integer.MAX_VALUE : at;
    }

    private static ItemDefinition item(
            String code, String name, String description, Motivator motivator, long cost, Integer stock) {
        return new ItemDefinition(code, name, description, motivator, cost, stock, null, 0, true);
    }
}
