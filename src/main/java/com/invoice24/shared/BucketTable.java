package com.invoice24.shared;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * bucket4j token buckets kept in a PostgreSQL table ({@code id TEXT PRIMARY KEY, state BYTEA, expires_at BIGINT}),
 * one row per bucket, each use taking the row lock: every instance spends from the same budgets. A row may go once
 * its bucket is full again, which is all a bucket that is full would say.
 */
public final class BucketTable {

    private static final int FORGOTTEN_PER_BATCH = 1_000;

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

    public BucketTable(DataSource dataSource, String table) {
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table(table)
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO))
                .build();
    }

    /** The bucket of row {@code id}, made with {@code configuration} when it has no row yet. */
    public BucketProxy bucket(String id, BucketConfiguration configuration) {
        return buckets.getProxy(id, () -> configuration);
    }

    /** Drops the rows of buckets that are full again; returns how many went. */
    public int forgetRested() {
        int forgotten = 0;
        int batch;
        do {
            batch = buckets.removeExpired(FORGOTTEN_PER_BATCH);
            forgotten += batch;
        } while (batch == FORGOTTEN_PER_BATCH);
        return forgotten;
    }
}
