package org.jixiao.monitoring;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on {@code @Scheduled} for the periodic resume of OPENING rounds (see {@link RoundResumer}). */
@Configuration
@EnableScheduling
class MonitoringScheduling {
}
