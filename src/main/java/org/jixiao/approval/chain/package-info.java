/**
 * Approval chains as configuration (issue 13 §1): the per bureau × year × subject type steps, their validator, and
 * the chain runs captured when a subject is submitted. A named interface because the features that submit subjects
 * (targets today) capture their run here before starting the review loop.
 */
@NamedInterface("chain")
package org.jixiao.approval.chain;

import org.springframework.modulith.NamedInterface;
