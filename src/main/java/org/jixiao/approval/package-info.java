/**
 * The review chain every subject goes through (targets, monitoring reports, self-evaluations): submit, withdraw,
 * approve, return, the inbox (待办/已办) and the audit trail. {@code process/} is the one door to the engine
 * (named interface {@code engine}); {@code ui/} holds the review screens' shared components (named interface
 * {@code ui}).
 */
@NullMarked
package org.jixiao.approval;

import org.jspecify.annotations.NullMarked;
