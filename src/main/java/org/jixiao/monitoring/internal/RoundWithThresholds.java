package org.jixiao.monitoring.internal;

import org.jixiao.monitoring.lights.LightThresholds;

/**
 * A round with its bureau's light thresholds for the round's year, read together: every open, save and submit of a
 * report needs both (deadline day: one statement a request fewer). {@code setting} is null where the bureau has
 * configured none for the year, and the defaults apply.
 */
public class RoundWithThresholds {
    private MonitoringRound round;
    private LightThresholdSetting setting;

    public LightThresholds thresholds() {
        return setting == null ? LightThresholds.defaults() : setting.thresholds();
    }

    public MonitoringRound getRound() { return round; }
    public void setRound(MonitoringRound round) { this.round = round; }
    public LightThresholdSetting getSetting() { return setting; }
    public void setSetting(LightThresholdSetting setting) { this.setting = setting; }
}
