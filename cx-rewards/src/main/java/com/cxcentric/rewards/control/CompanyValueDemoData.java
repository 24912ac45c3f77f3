package com.cxcentric.rewards.control;

import com.cxcentric.demo.DemoContext;
import com.cxcentric.demo.DemoDataContributor;
import com.cxcentric.rewards.entity.CompanyValue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The demo company's values, which peer recognition will name. */
@ApplicationScoped
public class CompanyValueDemoData implements DemoDataContributor {

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    @Override
    public int order() {
        return 200;
    }

    @Override
    public void contribute(DemoContext context) {
        em.persist(new CompanyValue(
                "CUSTOMER_FIRST",
                "Customer first",
                "We start from what the customer is trying to get done, not from our process.",
                1));
        em.persist(new CompanyValue(
                "OWN_IT", "Own it", "Whoever hears about a problem owns it until the customer has an answer.", 2));
        em.persist(new CompanyValue(
                "LISTEN_TO_UNDERSTAND",
                "Listen to understand",
                "We ask before we tell, and we check that we understood.",
                3));
        em.persist(new CompanyValue(
                "KEEP_OUR_PROMISES",
                "Keep our promises",
                "On time, as agreed, or we call before the customer has to.",
                4));
        em.persist(new CompanyValue("ONE_TEAM", "One team", "Front line and back office succeed or fail together.", 5));
    }
}
