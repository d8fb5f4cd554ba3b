package org.jixiao.notify.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.jixiao.notify.CarbonCopies;
import org.jixiao.notify.CcItem;
import org.jixiao.notify.Notifications;
import org.jixiao.security.CurrentUserProvider;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 抄送 (issue 13 §3): copy an open task to colleagues; 抄送我的 (issue 12 §2). */
@RestController
@Tag(name = "抄送", description = "Copy a task to colleagues in scope; the tasks copied to me")
class CcController {
    private final CarbonCopies copies;
    private final CurrentUserProvider currentUser;

    CcController(CarbonCopies copies, CurrentUserProvider currentUser) {
        this.copies = copies;
        this.currentUser = currentUser;
    }

    record CcRequest(List<String> users, String note) {
    }

    record CcResult(String taskId, List<String> copied) {
    }

    record CcJson(Long id, String taskId, String step, String type, Long subjectId, String subjectName,
                  String unitName, String sender, String note, Instant created, String location) {
        static CcJson of(CcItem c) {
            return new CcJson(c.getId(), c.getTaskId(), c.getTaskName(), c.getSubjectType(), c.getSubjectId(),
                    c.getSubjectName(), c.getUnitName(), c.getSenderName(), c.getNote(), c.getCreatedAt(),
                    c.location());
        }
    }

    record CcPage(List<CcJson> items, long total) {
    }

    @PostMapping("/api/tasks/{id}/cc")
    @Operation(summary = "抄送: the task's holder copies it to 1–20 users (usernames) of the same bureau whose data "
            + "scope includes the subject (else 422 naming the user); users already copied are skipped, nobody new → 409")
    CcResult copy(@PathVariable String id, @RequestBody(required = false) CcRequest body) {
        List<String> copied = copies.copy(id, currentUser.require(), body == null ? null : body.users(),
                body == null ? null : body.note());
        return new CcResult(id, copied);
    }

    @GetMapping("/api/tasks/cc")
    @Operation(summary = "抄送我的: tasks copied to me, newest first; page from 0, size 1–100 (default 20)")
    CcPage copiedToMe(@RequestParam(required = false) String page, @RequestParam(required = false) String size) {
        Notifications.PageOf<CcItem> result = copies.copiedTo(currentUser.require(),
                NotificationController.number("page", page, 0, 100_000, 0),
                NotificationController.number("size", size, 1, Notifications.MAX_PAGE_SIZE, 20));
        return new CcPage(result.items().stream().map(CcJson::of).toList(), result.total());
    }
}
