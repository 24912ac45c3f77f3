package com.cxcentric.platform;

import com.cxcentric.organization.OrganizationInContainerTests;
import com.cxcentric.outcomes.OutcomesInContainerTests;
import com.cxcentric.rewards.BadgesInContainerTests;
import com.cxcentric.rewards.BudgetsAndApprovalsInContainerTests;
import com.cxcentric.rewards.FeedInContainerTests;
import com.cxcentric.rewards.RecognitionEquityInContainerTests;
import com.cxcentric.rewards.RewardSchemesInContainerTests;
import com.cxcentric.rewards.RewardsInContainerTests;
import com.cxcentric.security.SecurityInContainerTests;
import com.cxcentric.segmentation.SegmentationInContainerTests;
import com.cxcentric.testsupport.Deployments;
import com.cxcentric.testsupport.InContainerTest;
import com.cxcentric.training.TrainingImpactInContainerTests;
import com.cxcentric.training.TrainingInContainerTests;
import com.cxcentric.vision.VisionInContainerTests;
import jakarta.annotation.Resource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The in-container tier: the built WAR, deployed once, runs the in-container tests of every area
 * inside Payara Micro against the real database. Each area's tests live next to that area (an
 * interface in its test package whose default methods are the tests); this class only deploys
 * and hands them the persistence context, the transaction and the data source.
 */
@ExtendWith(ArquillianExtension.class)
class InContainerIT
        implements PlatformInContainerTests,
                SecurityInContainerTests,
                OrganizationInContainerTests,
                SegmentationInContainerTests,
                RewardSchemesInContainerTests,
                RecognitionEquityInContainerTests,
                BadgesInContainerTests,
                BudgetsAndApprovalsInContainerTests,
                FeedInContainerTests,
                OutcomesInContainerTests,
                TrainingInContainerTests,
                TrainingImpactInContainerTests,
                RewardsInContainerTests,
                VisionInContainerTests {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWithTestRunner()
                .addClasses(
                        InContainerIT.class,
                        InContainerTest.class,
                        PlatformInContainerTests.class,
                        SecurityInContainerTests.class,
                        OrganizationInContainerTests.class,
                        SegmentationInContainerTests.class,
                        OutcomesInContainerTests.class,
                        TrainingInContainerTests.class,
                        TrainingImpactInContainerTests.class,
                        RewardsInContainerTests.class,
                        RewardSchemesInContainerTests.class,
                        RecognitionEquityInContainerTests.class,
                        BadgesInContainerTests.class,
                        BudgetsAndApprovalsInContainerTests.class,
                        FeedInContainerTests.class,
                        VisionInContainerTests.class);
    }

    @PersistenceContext(unitName = "cx")
    EntityManager em;

    @Resource
    UserTransaction tx;

    @Resource(lookup = "java:app/jdbc/cx")
    DataSource dataSource;

    @Override
    public EntityManager em() {
        return em;
    }

    @Override
    public UserTransaction tx() {
        return tx;
    }

    @Override
    public DataSource dataSource() {
        return dataSource;
    }
}
