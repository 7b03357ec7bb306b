package com.invoice24.shared;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs every {@link Job} on db-scheduler, whose rows in {@code scheduled_tasks} make sure only one
 * instance of the application runs a given job at a time.
 */
@Component
public class JobScheduling implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(JobScheduling.class);

    private final List<Job> jobs;
    private final Scheduler scheduler;
    private final boolean enabled;
    private volatile boolean running;

    JobScheduling(List<Job> jobs, DataSource dataSource,
                  @Value("${invoice24.jobs.enabled:true}") boolean enabled,
                  @Value("${invoice24.jobs.polling-interval:10s}") Duration pollingInterval) {
        this.jobs = List.copyOf(jobs);
        this.enabled = enabled;
        List<RecurringTask<Void>> tasks = this.jobs.stream().map(JobScheduling::task).toList();
        this.scheduler = Scheduler.create(dataSource)
                .startTasks(tasks)
                .pollingInterval(pollingInterval)
                .threads(2)
                .build();
    }

    /** Runs every job now, one after the other, in the caller's thread. */
    public List<String> runAllNow() {
        for (Job job : jobs) {
            job.work().run();
        }
        return jobs.stream().map(Job::name).toList();
    }

    private static RecurringTask<Void> task(Job job) {
        return Tasks.recurring(job.name(), FixedDelay.of(job.every()))
                .execute((instance, context) -> job.work().run());
    }

    @Override
    public void start() {
        if (enabled) {
            scheduler.start();
            log.info("Scheduler started with jobs {}", jobs.stream().map(Job::name).toList());
        }
        running = true;
    }

    @Override
    public void stop() {
        if (enabled) {
            scheduler.stop();
        }
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
