package org.jixiao.approval.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys everything under {@code processes/} with stable resource names and duplicate filtering,
 * so tests, {@code spring-boot:run} and {@code java -jar} against one database share versions
 * (the starter's auto-deployment names resources by absolute path and redeploys each time).
 *
 * <p>It deploys before the web server starts (after all singletons, before the lifecycle phase that opens the
 * port): as a start-up runner it ran after the port opened, and a target submitted in that window found no process
 * ("no processes deployed", answered 409), as the fresh-start test did on a busy machine. On MySQL/MariaDB this
 * is still inside the start-up lock ({@code cluster/StartupLock}, held until the application is ready).
 */
@Component
class ProcessDeployer implements SmartInitializingSingleton {
    static final String DEPLOYMENT_NAME = "jixiao-processes";

    private final RepositoryService repositoryService;

    ProcessDeployer(RepositoryService repositoryService) {
        this.repositoryService = repositoryService;
    }

    @Override
    public void afterSingletonsInstantiated() {
        try {
            deploy();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read processes/", e);
        }
    }

    private void deploy() throws IOException {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        DeploymentBuilder deployment = repositoryService.createDeployment()
                .name(DEPLOYMENT_NAME).source(DEPLOYMENT_NAME).enableDuplicateFiltering(true);
        for (String pattern : new String[] {"classpath*:processes/**/*.bpmn", "classpath*:processes/**/*.dmn"}) {
            for (Resource resource : resolver.getResources(pattern)) {
                deployment.addInputStream(resource.getFilename(), resource.getInputStream());
            }
        }
        deployment.deploy();
    }
}
