/**
 * The round machinery shared by monitoring (绩效运行监控) and self-evaluation (绩效自评) rounds: one item (report,
 * self-evaluation) per approved target in scope, created exactly once, in bounded chunks, in the background,
 * resumable after a crash and safe with several nodes on one database. Each kind of round plugs its own tables in
 * through {@link org.jixiao.rounds.RoundKind}.
 */
package org.jixiao.rounds;
