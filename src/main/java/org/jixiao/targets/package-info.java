/**
 * 绩效目标: drafting, submission and adjustment of performance targets with their indicators, the official
 * 绩效目标表 import and export, and {@link org.jixiao.targets.TargetLookup}, through which other features read
 * targets.
 */
@NullMarked
package org.jixiao.targets;

import org.jspecify.annotations.NullMarked;
