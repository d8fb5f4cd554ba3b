package org.jixiao.cluster;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

@Configuration
class ClusterConfig {

    /** Static: a bean post-processor must exist before the DataSource it watches. */
    @Bean
    static StartupLock startupLock(Environment environment) {
        return new StartupLock(environment);
    }
}
