package org.jixiao.rounds;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Turns on {@code @Scheduled} for the periodic resume of OPENING rounds of every kind (see {@link RoundResumer}).
 * {@code jixiao.rounds.sweep-enabled=false} leaves only the resume at start-up (the tests do that); the former name
 * {@code jixiao.monitoring.sweep-enabled} still works.
 */
@Configuration
@EnableScheduling
@ConditionalOnExpression("${jixiao.rounds.sweep-enabled:${jixiao.monitoring.sweep-enabled:true}}")
class RoundScheduling {
}
