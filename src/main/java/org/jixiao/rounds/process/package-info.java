/**
 * Round deadlines (reminder, overdue) over the engine, which each kind's timer glue calls.
 */
@NamedInterface("process")
package org.jixiao.rounds.process;

import org.springframework.modulith.NamedInterface;
