package com.cxcentric.testsupport;

import com.cxcentric.organization.entity.Employee;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.util.UUID;
import java.util.concurrent.Callable;
import javax.sql.DataSource;

/**
 * What an area's in-container tests stand on. Each area keeps its tests in an interface of its own
 * test package (the tests are its default methods); {@code platform.InContainerIT} implements them
 * all, so the tier deploys the WAR once and starts one server for every area.
 */
public interface InContainerTest {

    /** The persistence unit {@code cx}, joined to the test's transaction. */
    EntityManager em();

    UserTransaction tx();

    /** {@code java:app/jdbc/cx}, for what a test checks with plain SQL. */
    DataSource dataSource();

    /** A bean of the application (an EJB, a control), from the container. */
    default <T> T bean(Class<T> type) {
        return CDI.current().select(type).get();
    }

    /** Runs the work in a transaction of its own, committed when it returns and rolled back when it throws. */
    default <T> T inTransaction(Callable<T> work) throws Exception {
        UserTransaction tx = tx();
        tx.begin();
        try {
            T result = work.call();
            tx.commit();
            return result;
        } catch (Exception e) {
            if (tx.getStatus() == Status.STATUS_ACTIVE || tx.getStatus() == Status.STATUS_MARKED_ROLLBACK) {
                tx.rollback();
            }
            throw e;
        }
    }

    /** The employee with this number, in the caller's transaction. */
    default Employee employee(String number) {
        return em().createNamedQuery(Employee.FIND_BY_NUMBER, Employee.class)
                .setParameter("number", number)
                .getSingleResult();
    }

    /** A name no other test run uses. */
    default String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
