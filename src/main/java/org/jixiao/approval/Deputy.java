package org.jixiao.approval;

import java.time.LocalDate;

/** A user's deputy during an absence: {@code deputyUsername} acts on the user's tasks from {@code startsOn} to {@code endsOn}, both inclusive. */
public record Deputy(String username, String deputyUsername, LocalDate startsOn, LocalDate endsOn) {

    public boolean covers(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }
}
