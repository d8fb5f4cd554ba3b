package org.jixiao.approval.chain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jixiao.approval.internal.ChainMapper;
import org.jixiao.org.CandidateGroups;
import org.jixiao.org.OrgDirectory;
import org.jixiao.org.OrgKind;
import org.jixiao.org.OrgNode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Chain runs: the chain in force captured when a subject is submitted, each step's actor resolved against the
 * subject's org. A run never changes once written, so what the engine asks about it on every task (its group, name,
 * status) is kept in memory after the first read.
 */
@Service
public class ChainRuns {
    private static final int CACHED_RUNS = 2_000;

    private final ChainMapper mapper;
    private final ApprovalChains chains;
    private final OrgDirectory directory;
    private final Map<Long, List<StepRow>> cache = new ConcurrentHashMap<>();
    /** Added signers never change either, and the loop asks about the open one on every expression. */
    private final Map<Long, AddedSigner> signers = new ConcurrentHashMap<>();

    ChainRuns(ChainMapper mapper, ApprovalChains chains, OrgDirectory directory) {
        this.mapper = mapper;
        this.chains = chains;
        this.directory = directory;
    }

    /** Where the subject sits: its unit, department and finance bureau. */
    public record SubjectOrg(Long unitId, Long departmentId, Long financeBureauId) {
    }

    /**
     * Captures the chain in force for this submission and returns the run's id. The caller has claimed the subject,
     * so submissions of one subject never race here; the unique key on (subject, submission) would refuse one.
     */
    @Transactional
    public Long capture(String subjectType, Long subjectId, ChainType type, int fiscalYear, SubjectOrg org) {
        ChainSetting setting = chains.inForce(org.financeBureauId(), fiscalYear, type);
        ChainRun run = new ChainRun();
        run.setSubjectType(subjectType);
        run.setSubjectId(subjectId);
        run.setSubmission(mapper.lastSubmission(subjectType, subjectId) + 1);
        run.setChainType(type.name());
        run.setFiscalYear(fiscalYear);
        run.setChainVersion(setting.version());
        run.setCreatedAt(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        run.setAfterReturn(setting.afterReturn().name());
        mapper.insertRun(run);
        for (int i = 0; i < setting.steps().size(); i++) {
            ChainStep step = setting.steps().get(i);
            StepRow row = StepRow.of(i, step);
            row.setOrgId(actingOrg(step, org));
            row.setCandidateGroup(CandidateGroups.of(step.role(), row.getOrgId()));
            mapper.insertRunStep(run.getId(), row);
        }
        return run.getId();
    }

    /** The run's steps in order; empty for an unknown run. */
    @Transactional(readOnly = true)
    public List<StepRow> steps(Long runId) {
        if (runId == null) {
            return List.of();
        }
        List<StepRow> cached = cache.get(runId);
        if (cached != null) {
            return cached;
        }
        List<StepRow> steps = List.copyOf(mapper.runSteps(runId));
        if (!steps.isEmpty()) {
            if (cache.size() >= CACHED_RUNS) {
                cache.clear();
            }
            cache.put(runId, steps);
        }
        return steps;
    }

    /** The step at {@code index} of the run. */
    public StepRow step(Long runId, int index) {
        List<StepRow> steps = steps(runId);
        if (index < 0 || index >= steps.size()) {
            throw new IllegalStateException("Chain run " + runId + " has no step " + index);
        }
        return steps.get(index);
    }

    @Transactional(readOnly = true)
    public ChainRun run(Long runId) {
        return mapper.run(runId);
    }

    /**
     * Adds a signer to a case (加签); its id is set. The row is unique on the task it was added on: a second one
     * fails with {@code DuplicateKeyException}, which the caller answers 409.
     */
    @Transactional
    public void addSigner(AddedSigner signer) {
        mapper.insertSigner(signer);
    }

    /** The added signer; an unknown id is a fault (the process holds only ids it was given). */
    @Transactional(readOnly = true)
    public AddedSigner signer(Long id) {
        AddedSigner cached = signers.get(id);
        if (cached != null) {
            return cached;
        }
        AddedSigner signer = mapper.signer(id);
        if (signer == null) {
            throw new IllegalStateException("No added signer " + id);
        }
        if (signers.size() >= CACHED_RUNS) {
            signers.clear();
        }
        signers.put(id, signer);
        return signer;
    }

    /**
     * The org node whose holders of the step's role act: the unit, its department, the bureau, or a desk. A DESK step
     * without a named desk goes to the desk in charge of the subject's department; where the department has none (or
     * the desk was closed since), the bureau's finance reviewers as a whole take it, so no case is stuck unrouted.
     */
    private Long actingOrg(ChainStep step, SubjectOrg org) {
        return switch (step.level()) {
            case UNIT -> org.unitId();
            case DEPARTMENT -> org.departmentId();
            case FINANCE -> org.financeBureauId();
            case DESK -> {
                Long desk = step.deskId() != null ? step.deskId() : directory.node(org.departmentId())
                        .map(OrgNode::getInChargeDeskId).orElse(null);
                yield directory.node(desk).filter(n -> n.getKind() == OrgKind.DESK && n.isActive())
                        .map(OrgNode::getId).orElse(org.financeBureauId());
            }
        };
    }
}
