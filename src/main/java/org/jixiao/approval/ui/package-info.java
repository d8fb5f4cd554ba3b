/**
 * The review screens' shared components (ReviewDecisionPanel, HistoryTimeline) and the inbox screen, which the
 * features' review screens and the workbench use.
 */
@NamedInterface("ui")
package org.jixiao.approval.ui;

import org.springframework.modulith.NamedInterface;
