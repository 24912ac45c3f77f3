package com.cxcentric.benchmark;

import com.cxcentric.testsupport.PortalClient;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Issue 16's ledger target: 200 parallel gifts per second from different clients for one minute,
 * without an error, a lost entry or a negative balance. Each of C clients is a person of the
 * imported company signed in with a session of their own (accounts written to the benchmark's
 * database beforehand); each sends one recognition a second with one point from their monthly
 * allowance to one of five colleagues in turn, each with an idempotency key of its own, on a
 * fixed schedule (a late answer does not slow the next request down). Afterwards the ledger is
 * checked in SQL: every answered gift is one transfer of two entries, all entries sum to zero,
 * every balance is the sum of its entries, nobody is below zero. Run by .ci/benchmark-gifts.sh.
 */
public final class GiftsBenchmark {

    static final String PASSWORD = "bench-gifts-password";

    static final long FIRST_ACCOUNT_ID = 9_000_000;

    private GiftsBenchmark() {}

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0].endsWith("/") ? args[0] : args[0] + "/");
        String jdbcUrl = args[1];
        int clients = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        List<String> people;
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "postgres")) {
            people = accounts(connection, clients);
        }
        PortalClient[] sessions = new PortalClient[clients];
        long signIn = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            for (int i = 0; i < clients; i++) {
                int index = i;
                String username = "gift" + i;
                pool.submit(() -> {
                    PortalClient client = new PortalClient(base);
                    if (client.login(username, PASSWORD).statusCode() / 100 != 3) {
                        throw new IllegalStateException("sign-in failed for " + username);
                    }
                    sessions[index] = client;
                });
            }
        } finally {
            pool.shutdown();
            pool.awaitTermination(10, TimeUnit.MINUTES);
        }
        long signedIn = Arrays.stream(sessions).filter(Objects::nonNull).count();
        if (signedIn != clients) {
            throw new IllegalStateException(signedIn + " of " + clients + " signed in");
        }
        System.out.printf(Locale.ROOT, "%d clients signed in in %.1f s%n", clients, (System.nanoTime() - signIn) / 1e9);

        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        ConcurrentHashMap<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
        AtomicLong failures = new AtomicLong();
        CountDownLatch done = new CountDownLatch(clients);
        long start = System.nanoTime() + 1_000_000_000L;
        // One thread a client, as many clients as there are.
        ExecutorService threads = Executors.newFixedThreadPool(clients);
        try {
            for (int c = 0; c < clients; c++) {
                int client = c;
                PortalClient session = sessions[c];
                threads.submit(() -> {
                    try {
                        // Spread the clients over the second, so that 200 a second means 200 a second.
                        long offset = 1_000_000_000L * client / clients;
                        for (int s = 0; s < seconds; s++) {
                            long due = start + offset + 1_000_000_000L * s;
                            long wait = due - System.nanoTime();
                            if (wait > 0) {
                                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                            }
                            String colleague = people.get((client + 1 + s % 5) % clients);
                            long sent = System.nanoTime();
                            try {
                                HttpResponse<String> answer = session.send(HttpRequest.newBuilder(
                                                session.resolve("api/v1/recognitions"))
                                        .header("Content-Type", "application/json")
                                        .header("Accept", "application/json")
                                        .header("X-Requested-With", "CxBenchmark")
                                        .header(
                                                "Idempotency-Key",
                                                UUID.randomUUID().toString())
                                        .POST(HttpRequest.BodyPublishers.ofString("{\"recipients\":[\"" + colleague
                                                + "\"],\"value\":\"BENCH\",\"message\":\"Thank you for the customer"
                                                + " call\",\"pointsEach\":1,\"publicFeed\":true}"))
                                        .build());
                                latencies.add(System.nanoTime() - sent);
                                statuses.computeIfAbsent(answer.statusCode(), k -> new AtomicLong())
                                        .incrementAndGet();
                            } catch (RuntimeException failed) {
                                failures.incrementAndGet();
                            }
                        }
                    } catch (InterruptedException stopped) {
                        Thread.currentThread().interrupt();
                    } finally {
                        done.countDown();
                    }
                });
            }
            done.await();
        } finally {
            threads.shutdown();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        long created = statuses.getOrDefault(201, new AtomicLong()).get();
        System.out.printf(
                Locale.ROOT,
                "%d gifts sent by %d clients in %.1f s: %.1f a second answered; statuses %s, %d failed to connect%n",
                sorted.size(),
                clients,
                elapsed,
                sorted.size() / elapsed,
                statuses,
                failures.get());
        System.out.printf(
                Locale.ROOT,
                "latency p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                percentile(sorted, 0.50),
                percentile(sorted, 0.95),
                percentile(sorted, 0.99),
                sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1) / 1e6);
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
                Statement sql = connection.createStatement()) {
            long gifts = single(sql, "SELECT count(*) FROM points_transfer WHERE kind = 'GIFT'");
            long entries = single(
                    sql,
                    "SELECT count(*) FROM points_entry e JOIN points_transfer t ON t.id ="
                            + " e.transfer_id WHERE t.kind = 'GIFT'");
            long sum = single(sql, "SELECT COALESCE(SUM(amount), 0) FROM points_entry");
            long unbalanced = single(
                    sql,
                    "SELECT count(*) FROM points_account a WHERE a.balance <>"
                            + " (SELECT COALESCE(SUM(e.amount), 0) FROM points_entry e WHERE e.account_id = a.id)");
            long negative = single(
                    sql, "SELECT count(*) FROM points_account WHERE kind IN ('GIVING', 'RECEIVED') AND balance < 0");
            System.out.printf(
                    Locale.ROOT,
                    "ledger: %d gift transfers for %d answered 201, %d entries, sum of all entries %d, %d balances"
                            + " unequal to their entries, %d negative%n",
                    gifts,
                    created,
                    entries,
                    sum,
                    unbalanced,
                    negative);
            boolean ok = gifts == created
                    && entries == 2 * gifts
                    && sum == 0
                    && unbalanced == 0
                    && negative == 0
                    && created == (long) clients * seconds
                    && failures.get() == 0;
            System.out.println(ok ? "RESULT: every gift paid once, the ledger balances" : "RESULT: FAILED");
            if (!ok) {
                System.exit(1);
            }
        }
    }

    /**
     * Accounts gift0..gift(n-1) for the first n people (by employee number), each signing in with
     * the same password, and the company value BENCH; returns their employee numbers in order.
     */
    private static List<String> accounts(Connection connection, int clients) throws Exception {
        String hash = pbkdf2(PASSWORD);
        List<Long> ids = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        try (Statement sql = connection.createStatement();
                ResultSet rows = sql.executeQuery("SELECT id, employee_number FROM employee WHERE status <> 'LEFT'"
                        + " ORDER BY employee_number LIMIT " + clients)) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
                numbers.add(rows.getString(2));
            }
        }
        if (ids.size() < clients) {
            throw new IllegalStateException("only " + ids.size() + " people; import more first");
        }
        try (Statement sql = connection.createStatement()) {
            sql.executeUpdate("INSERT INTO company_value (id, version, created_at, updated_at, code, name, description,"
                    + " sort_order, active) VALUES (9000000, 0, now(), now(), 'BENCH', 'Benchmark', NULL, 1, TRUE)"
                    + " ON CONFLICT DO NOTHING");
        }
        try (PreparedStatement account =
                        connection.prepareStatement("INSERT INTO user_account (id, version, created_at,"
                                + " updated_at, username, password_hash, employee_id, enabled, failed_logins) VALUES (?, 0, now(),"
                                + " now(), ?, ?, ?, TRUE, 0)");
                PreparedStatement role = connection.prepareStatement(
                        "INSERT INTO user_account_role (account_id, role) VALUES (?, 'EMPLOYEE')")) {
            for (int i = 0; i < clients; i++) {
                account.setLong(1, FIRST_ACCOUNT_ID + i);
                account.setString(2, "gift" + i);
                account.setString(3, hash);
                account.setLong(4, ids.get(i));
                account.addBatch();
                role.setLong(1, FIRST_ACCOUNT_ID + i);
                role.addBatch();
            }
            account.executeBatch();
            role.executeBatch();
        }
        return numbers;
    }

    /** A hash as the container's Pbkdf2PasswordHash writes it: algorithm:iterations:salt:key, Base64. */
    private static String pbkdf2(String password) throws Exception {
        byte[] salt = new byte[32];
        new SecureRandom().nextBytes(salt);
        var spec = new PBEKeySpec(password.toCharArray(), salt, 210_000, 256);
        byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(spec)
                .getEncoded();
        return "PBKDF2WithHmacSHA256:210000:" + Base64.getEncoder().encodeToString(salt) + ":"
                + Base64.getEncoder().encodeToString(key);
    }

    private static double percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1)) / 1e6;
    }

    private static long single(Statement sql, String query) throws Exception {
        try (ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
