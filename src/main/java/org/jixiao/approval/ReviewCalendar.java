package org.jixiao.approval;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The review's calendar: a step's deadline, the daily sweep and the once-a-day 催办 count whole days in the bureau's
 * time zone ({@code jixiao.time-zone}). Tests replace the clock ({@link #useClock}), as {@link Deputies} does.
 */
@Component
public class ReviewCalendar {
    private final ZoneId zone;
    private volatile Clock clock;

    ReviewCalendar(@Value("${jixiao.time-zone:Asia/Shanghai}") String zone) {
        this.zone = ZoneId.of(zone);
        this.clock = Clock.system(this.zone);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Instant now() {
        return clock.instant();
    }

    /** Replaces the clock (tests move it across deadlines); {@code null} restores the system clock. */
    public void useClock(Clock replacement) {
        clock = replacement == null ? Clock.system(zone) : replacement;
    }

    public ZoneId zone() {
        return zone;
    }
}
