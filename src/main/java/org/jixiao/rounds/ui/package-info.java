/**
 * The rounds screen every kind of round extends (RoundListView).
 */
@NamedInterface("ui")
package org.jixiao.rounds.ui;

import org.springframework.modulith.NamedInterface;
