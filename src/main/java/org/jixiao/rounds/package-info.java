/**
 * The round lifecycle shared by monitoring (绩效运行监控) and self-evaluation (绩效自评) rounds, and by any kind of
 * round to come: opening ({@link org.jixiao.rounds.RoundOpening}: who may, due date and scope checks, exactly once
 * under the kind's unique key, 409 for the losers), scope and visible units ({@link org.jixiao.rounds.RoundScopes}),
 * one item (report, self-evaluation) per approved target in scope created exactly once in bounded chunks in the
 * background, resumable after a crash and safe with several nodes on one database
 * ({@link org.jixiao.rounds.RoundWorker}, {@link org.jixiao.rounds.RoundResumer}, lease), deadlines (reminder and
 * overdue, {@link org.jixiao.rounds.process.RoundDeadlines}), the shared SQL
 * ({@link org.jixiao.rounds.internal.RoundTableMapper}) and the rounds screen ({@link org.jixiao.rounds.ui.RoundListView}).
 * Settings: {@code jixiao.rounds.*}.
 *
 * <p>A new kind of round is one {@link org.jixiao.rounds.RoundKind} implementation (its tables, how an item is made,
 * what a reminder and "overdue" do) plus its tables: the round (with the columns of
 * {@link org.jixiao.rounds.RoundHeader} and the lease columns {@code worker}, {@code lease_until}, {@code version},
 * and a unique key per bureau and period), its departments, and its items with {@code UNIQUE(round_id, target_id)}.
 */
package org.jixiao.rounds;
