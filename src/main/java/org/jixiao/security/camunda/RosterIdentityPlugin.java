package org.jixiao.security.camunda;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.jixiao.org.PeopleDirectory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Replaces the engine's own identity store (ACT_ID_*) with {@link RosterIdentityProvider}. The Camunda Spring Boot
 * starter hands every {@code ProcessEnginePlugin} bean to the engine. The directory is looked up when a command
 * first needs it, not while the engine is being configured.
 */
@Component
class RosterIdentityPlugin extends AbstractProcessEnginePlugin {
    private final ObjectProvider<PeopleDirectory> directory;

    RosterIdentityPlugin(ObjectProvider<PeopleDirectory> directory) {
        this.directory = directory;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setIdentityProviderSessionFactory(new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                // not a WritableIdentityProvider: the engine then reports its identity service as read-only
                return RosterIdentityProvider.class;
            }

            @Override
            public Session openSession() {
                return new RosterIdentityProvider(directory.getObject());
            }
        });
    }
}
