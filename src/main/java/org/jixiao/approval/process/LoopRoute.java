package org.jixiao.approval.process;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where the review loop of one case stands and where it goes next (issue 13 §3), as plain values: the step of the
 * captured chain, the added signer whose review the open task is (加签), a signer waiting to follow the step, and
 * for 直送退回人 the steps to go straight back to. Pure, so every route is a table test; {@link ChainSteps} reads it
 * from and writes it to the process variables.
 *
 * @param index    the step of the run ({@code stepIndex})
 * @param signer   the open task is this added signer's review (null: the step's own task)
 * @param signerBefore whether that signer was added before the step (the step's holders get the case back after it)
 * @param signerAfter a signer added after the step, who reviews once the step approves (null: none)
 * @param resume   直送退回人: the steps that returned the case, innermost last; an approval goes back to the last one
 * @param steps    how many steps the run has
 */
public record LoopRoute(int index, Long signer, boolean signerBefore, Long signerAfter, List<Integer> resume,
                        int steps) {

    public LoopRoute {
        resume = List.copyOf(resume);
    }

    /**
     * Where an approval of the open task leads: a signer before the step hands back to the step; the step hands on to
     * a signer waiting after it; otherwise the case goes straight back to the last returner, else to the next step.
     * Empty: the chain is done (已批复).
     */
    public Optional<LoopRoute> next() {
        if (signer != null && signerBefore) {
            return Optional.of(new LoopRoute(index, null, false, signerAfter, resume, steps));
        }
        if (signer == null && signerAfter != null) {
            return Optional.of(new LoopRoute(index, signerAfter, false, null, resume, steps));
        }
        if (!resume.isEmpty()) {
            return Optional.of(new LoopRoute(resume.get(resume.size() - 1), null, false, null,
                    resume.subList(0, resume.size() - 1), steps));
        }
        return index + 1 < steps ? Optional.of(new LoopRoute(index + 1, null, false, null, resume, steps))
                : Optional.empty();
    }

    /**
     * 退回到指定环节: back to the passed step {@code to}; with {@code straightBack} (直送退回人) the returning step is
     * remembered so that the step returned to hands the case straight back to it. Signers of the step are dropped.
     */
    public LoopRoute returnTo(int to, boolean straightBack) {
        if (to < 0 || to >= index) {
            throw new IllegalArgumentException("step " + to + " is not before step " + index);
        }
        List<Integer> back = new ArrayList<>(resume);
        if (straightBack) {
            back.add(index);
        }
        return new LoopRoute(to, null, false, null, back, steps);
    }

    /** 加签 before the step: the signer's review opens now, the step's own task comes after it. */
    public LoopRoute signFirst(Long signerId) {
        return new LoopRoute(index, signerId, true, signerAfter, resume, steps);
    }

    /** The {@code resume} list as the process keeps it ("3,1"); empty for none. */
    public String resumeText() {
        return String.join(",", resume.stream().map(String::valueOf).toList());
    }

    public static List<Integer> parseResume(Object text) {
        List<Integer> result = new ArrayList<>();
        if (text != null && !text.toString().isBlank()) {
            for (String part : text.toString().split(",")) {
                result.add(Integer.valueOf(part.strip()));
            }
        }
        return result;
    }
}
