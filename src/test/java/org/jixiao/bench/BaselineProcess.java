package org.jixiao.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The baseline: bare Camunda starting one instance per report of a one-user-task process, with the same
 * starts per transaction (chunk size) and the same three id variables as the round worker's report
 * processes, on the same engine and database.
 */
final class BaselineProcess {
    static final String KEY = "BenchBaselineProcess";

    /** One instance to start: its business key and the ids the report process gets as variables. */
    record Start(long reportId, Long unitId, Long departmentId, Long financeBureauId) {
    }

    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final TransactionTemplate transaction;
    private final ProcessEngineConfigurationImpl engine;

    BaselineProcess(RepositoryService repository, RuntimeService runtime, TransactionTemplate transaction,
                    ProcessEngineConfigurationImpl engine) {
        this.repository = repository;
        this.runtime = runtime;
        this.transaction = transaction;
        this.engine = engine;
    }

    void deploy() {
        BpmnModelInstance model = Bpmn.createExecutableProcess(KEY)
                .name("压测基线：单个用户任务")
                .camundaHistoryTimeToLive(180)
                .startEvent()
                .userTask("fill").name("填报监控报告").camundaCandidateGroups("STAFF:${unitId}")
                .endEvent()
                .done();
        repository.createDeployment().name("bench-baseline").addModelInstance("bench-baseline.bpmn", model).deploy();
    }

    /**
     * Starts every instance, {@code chunkSize} per transaction on {@code threads} threads; returns when all
     * committed. Each start is its own engine command (one flush per instance), unless {@code oneCommand}:
     * then the chunk's starts run nested in one command, whose context they share, so the engine flushes
     * (and batches its inserts) once per chunk.
     */
    void startAll(List<Start> starts, int chunkSize, int threads, boolean oneCommand) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> chunks = new ArrayList<>();
            for (int from = 0; from < starts.size(); from += chunkSize) {
                List<Start> chunk = starts.subList(from, Math.min(starts.size(), from + chunkSize));
                chunks.add(pool.submit(() -> transaction.executeWithoutResult(tx -> {
                    if (oneCommand) {
                        engine.getCommandExecutorTxRequired().execute(context -> {
                            startEach(chunk);
                            return null;
                        });
                    } else {
                        startEach(chunk);
                    }
                })));
            }
            for (Future<?> chunk : chunks) {
                chunk.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    private void startEach(List<Start> chunk) {
        for (Start s : chunk) {
            // the same variables as the report process (its candidate groups need them)
            Map<String, Object> ids = new java.util.LinkedHashMap<>();
            ids.put("unitId", s.unitId());
            ids.put("departmentId", s.departmentId());
            ids.put("financeBureauId", s.financeBureauId());
            runtime.startProcessInstanceByKey(KEY, String.valueOf(s.reportId()), ids);
        }
    }
}
