package org.jixiao.approval.process;

import java.io.IOException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys everything under {@code processes/} with stable resource names and duplicate filtering,
 * so tests, {@code spring-boot:run} and {@code java -jar} against one database share versions
 * (the starter's auto-deployment names resources by absolute path and redeploys each time).
 */
@Component
@Order(0)
class ProcessDeployer implements ApplicationRunner {
    static final String DEPLOYMENT_NAME = "jixiao-processes";

    private final RepositoryService repositoryService;

    ProcessDeployer(RepositoryService repositoryService) {
        this.repositoryService = repositoryService;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
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
