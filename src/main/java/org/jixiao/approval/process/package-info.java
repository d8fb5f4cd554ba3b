/**
 * The one door to the process engine (ReviewEngine for what moves a review on, EngineQueries and OpenTaskInventory
 * for its reads) and its health, which the round deadlines and the admin overview use.
 */
@NamedInterface("engine")
package org.jixiao.approval.process;

import org.springframework.modulith.NamedInterface;
