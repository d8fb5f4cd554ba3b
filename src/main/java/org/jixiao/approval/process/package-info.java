/**
 * The one door to the process engine (ReviewEngine) and its health, which the round deadlines and the admin
 * overview use.
 */
@NamedInterface("engine")
package org.jixiao.approval.process;

import org.springframework.modulith.NamedInterface;
