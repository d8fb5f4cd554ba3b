package org.jixiao.rounds;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Turns on {@code @Scheduled} for the periodic resume of OPENING rounds of every kind (see {@link RoundResumer}).
 * {@code jixiao.monitoring.sweep-enabled=false} leaves only the resume at start-up (the tests do that).
 */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "jixiao.monitoring.sweep-enabled", havingValue = "true", matchIfMissing = true)
class RoundScheduling {
}
