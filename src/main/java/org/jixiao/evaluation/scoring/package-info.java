/**
 * The year-end self-evaluation scoring engine (docs/rules.md §3) as pure functions: budget execution score,
 * the default indicator formulas, qualitative bands, prose 评分标准 read into step rules, totals and grades.
 * No Spring, no database: configuration comes in as a {@link org.jixiao.evaluation.scoring.ScoringConfig}.
 */
@NamedInterface("scoring")
package org.jixiao.evaluation.scoring;

import org.springframework.modulith.NamedInterface;
