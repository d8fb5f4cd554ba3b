package org.jixiao.approval.chain;

import org.jixiao.org.Role;

/**
 * One configured step of a chain. {@code deskId} only for level DESK: the named finance desk, or null for "the desk
 * in charge of the subject's department". {@code slaDays} null: no deadline.
 */
public record ChainStep(String key, String name, Role role, ChainLevel level, Long deskId, boolean grading,
                        Integer slaDays, boolean mayReturn, boolean opinionRequired) {
}
