package org.jixiao.approval;

import java.util.List;
import org.jixiao.org.CurrentUser;

/**
 * 抄送 as the review screens offer it (issue 13 §3). Implemented where the copies are kept (the notify feature),
 * so the review chain's screens offer it without depending on that feature.
 */
public interface TaskCopies {

    /** Copies the open task to the users (usernames); returns the display names newly copied. 422 per user, 409 none new. */
    List<String> copy(String taskId, CurrentUser holder, List<String> usernames, String note);

    /** The people the holder may copy the task to (the holder left out). */
    List<CurrentUser> candidates(String taskId, CurrentUser holder);
}
