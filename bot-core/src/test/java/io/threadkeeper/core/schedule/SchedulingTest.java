package io.threadkeeper.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.junit.jupiter.api.Test;

class SchedulingTest {
  @Test
  void theSchedulerIsAClusteredPostgresJobStoreOnOurTables() {
    Properties properties = Scheduling.properties(SchedulingSettings.defaults(), "ds");

    assertThat(properties)
        .containsEntry("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX")
        .containsEntry(
            "org.quartz.jobStore.driverDelegateClass",
            "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate")
        .containsEntry("org.quartz.jobStore.isClustered", "true")
        .containsEntry("org.quartz.jobStore.tablePrefix", "qrtz_")
        .containsEntry("org.quartz.scheduler.instanceId", "AUTO")
        .containsEntry("org.quartz.jobStore.misfireThreshold", "15000")
        .containsEntry("org.quartz.jobStore.dataSource", "ds");
  }

  @Test
  void instanceIdsDifferEvenWhenMadeTogether() {
    NodeInstanceId ids = new NodeInstanceId();
    assertThat(ids.generateInstanceId()).isNotEqualTo(ids.generateInstanceId());
  }
}
