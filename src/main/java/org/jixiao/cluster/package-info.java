/**
 * Running several nodes on one database: the {@code Idempotency-Key} header on state-changing API requests
 * ({@link org.jixiao.cluster.IdempotencyFilter}) and the start-up lock that lets nodes start at once against an
 * empty database ({@link org.jixiao.cluster.StartupLock}). See docs/cluster.md.
 */
@NullMarked
package org.jixiao.cluster;

import org.jspecify.annotations.NullMarked;
