package com.cxcentric.rewards.control;

import com.cxcentric.demo.DemoContext;
import com.cxcentric.demo.DemoDataContributor;
import com.cxcentric.organization.entity.Employee;
import com.cxcentric.organization.entity.EmploymentStatus;
import com.cxcentric.rewards.entity.Reaction;
import com.cxcentric.rewards.entity.Recognition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Random;

/**
 * A feed people talk in: colleagues react to and comment on the latest public recognition, one is
 * reported by a colleague and one flagged by the share-of-allowance rule, both waiting for HR.
 */
@ApplicationScoped
public class FeedDemoData implements DemoDataContributor {

    static final int LATEST = 24;

    private static final String[] COMMENTS = {
        "Well deserved!",
        "Saw this happen, the customer was so relieved.",
        "This is exactly what we mean by owning it.",
        "Thank you for doing this for all of us.",
        "Great example for the new starters."
    };

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    @Inject
    private FeedActivity activity;

    @Override
    public int order() {
        return 295;
    }

    @Override
    public void contribute(DemoContext context) {
        Random random = context.randomFor(FeedDemoData.class);
        List<Recognition> latest = em.createQuery(
                        "SELECT r FROM Recognition r WHERE r.publicFeed = TRUE ORDER BY r.createdAt DESC, r.id DESC",
                        Recognition.class)
                .setMaxResults(LATEST)
                .getResultList();
        List<Employee> people = em.createQuery(
                        "SELECT e FROM Employee e WHERE e.status <> :left ORDER BY e.id", Employee.class)
                .setParameter("left", EmploymentStatus.LEFT)
                .getResultList();
        if (latest.size() < 3 || people.size() < 5) {
            return;
        }
        int key = 0;
        Reaction[] reactions = Reaction.values();
        for (Recognition recognition : latest) {
            int reacting = random.nextInt(6);
            for (int i = 0; i < reacting; i++) {
                Caller reader = reader(people.get(random.nextInt(people.size())));
                activity.react(recognition.getId(), reactions[random.nextInt(reactions.length)], true, reader);
            }
            if (random.nextInt(3) == 0) {
                activity.comment(
                        recognition.getId(),
                        "demo:" + (++key),
                        COMMENTS[random.nextInt(COMMENTS.length)],
                        reader(people.get(random.nextInt(people.size()))));
            }
        }
        activity.report(
                latest.get(1).getId(),
                "These two recognise each other every week for the same thing; it looks like a points swap.",
                reader(people.get(random.nextInt(people.size()))));
        activity.flag(
                latest.get(2).getId(),
                "The giver sent this colleague more than half of a month's allowance in a month, by the rule",
                Instant.now());
        em.flush();
    }

    private static Caller reader(Employee person) {
        return new Caller(person, person.getEmployeeNumber(), false);
    }
}
