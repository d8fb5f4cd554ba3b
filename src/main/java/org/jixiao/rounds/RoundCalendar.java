package org.jixiao.rounds;

import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The bureau's calendar: "today" and deadlines are in its time zone ({@code jixiao.time-zone}), not the server's. */
@Component
public class RoundCalendar {
    private final ZoneId zone;

    RoundCalendar(@Value("${jixiao.time-zone:Asia/Shanghai}") String zone) {
        this.zone = ZoneId.of(zone);
    }

    public ZoneId zone() {
        return zone;
    }

    public LocalDate today() {
        return LocalDate.now(zone);
    }
}
