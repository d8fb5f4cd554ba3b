package org.jixiao.support;

import org.springframework.test.context.ActiveProfilesResolver;

/** The same suite runs on H2 (default) or MySQL/MariaDB ({@code -Dtest.db=mysql}, see .ci/run). */
public class TestProfiles implements ActiveProfilesResolver {

    @Override
    public String[] resolve(Class<?> testClass) {
        return "mysql".equals(System.getProperty("jixiao.test.db", "h2"))
                ? new String[] {"mysql", "demo", "test", "test-mysql"}
                : new String[] {"demo", "test", "test-h2"};
    }
}
