package org.jixiao.targets;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jixiao.common.FieldViolation;
import org.jixiao.common.ConflictException;
import org.jixiao.common.ForbiddenException;
import org.jixiao.common.NotFoundException;
import org.jixiao.common.ValidationException;
import org.jixiao.org.CurrentUser;
import org.jixiao.org.Role;
import org.jixiao.targets.internal.Attachment;
import org.jixiao.targets.internal.AttachmentMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 附件 of a target. Anyone who may see the target may read them; only its drafter adds or removes
 * them, and only while the target is editable, so an approved target's documents stay as approved.
 */
@Service
public class AttachmentService {
    public static final long MAX_BYTES = 10L * 1024 * 1024;
    public static final int MAX_PER_TARGET = 20;

    /** What budget documents come as; anything else (executables, scripts) is refused. */
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("pdf", "application/pdf"),
            Map.entry("doc", "application/msword"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("xls", "application/vnd.ms-excel"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Map.entry("wps", "application/vnd.ms-works"),
            Map.entry("et", "application/vnd.ms-excel"),
            Map.entry("ofd", "application/ofd"),
            Map.entry("txt", "text/plain"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("png", "image/png"),
            Map.entry("zip", "application/zip"));

    private final TargetLookup targets;
    private final AttachmentMapper mapper;

    AttachmentService(TargetLookup targets, AttachmentMapper mapper) {
        this.targets = targets;
        this.mapper = mapper;
    }

    /** An attachment with its bytes, read in one go for a download. */
    public record Download(Attachment attachment, byte[] content) {
    }

    @Transactional(readOnly = true)
    public List<Attachment> list(CurrentUser user, Long targetId) {
        requireVisible(user, targetId);
        return mapper.findByTarget(targetId);
    }

    @Transactional(readOnly = true)
    public Download download(CurrentUser user, Long targetId, Long attachmentId) {
        requireVisible(user, targetId);
        Attachment found = attachmentId == null ? null : mapper.find(targetId, attachmentId);
        if (found == null) {
            throw new NotFoundException("附件 " + attachmentId + " 不存在");
        }
        return new Download(found, mapper.content(targetId, attachmentId).content);
    }

    /** Scope only: the header row decides, without loading the target's indicators and plan. */
    private void requireVisible(CurrentUser user, Long targetId) {
        if (!targets.visibleTo(user, targetId)) {
            throw new NotFoundException("绩效目标 " + targetId + " 不存在");
        }
    }

    @Transactional
    public Attachment add(CurrentUser user, Long targetId, String fileName, byte[] content) {
        PerformanceTarget target = editableBy(user, targetId);
        List<FieldViolation> problems = check(fileName, content);
        if (mapper.count(targetId) >= MAX_PER_TARGET) {
            problems.add(new FieldViolation("file", "每个绩效目标最多 " + MAX_PER_TARGET + " 个附件"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException("附件未上传", problems);
        }
        AttachmentMapper.NewAttachment row = new AttachmentMapper.NewAttachment();
        row.targetId = target.getId();
        row.fileName = cleanName(fileName);
        row.contentType = TYPES.get(extension(row.fileName));
        row.sizeBytes = content.length;
        row.content = content;
        row.uploadedBy = user.username();
        row.uploadedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        mapper.insert(row);
        return mapper.find(targetId, row.id);
    }

    @Transactional
    public void remove(CurrentUser user, Long targetId, Long attachmentId) {
        editableBy(user, targetId);
        if (attachmentId == null || mapper.delete(targetId, attachmentId) == 0) {
            throw new NotFoundException("附件 " + attachmentId + " 不存在");
        }
    }

    /** Per-field problems with a file, before anything is stored; pure so the screen can say the same. */
    public static List<FieldViolation> check(String fileName, byte[] content) {
        List<FieldViolation> v = new ArrayList<>();
        String name = cleanName(fileName);
        if (name.isEmpty()) {
            v.add(new FieldViolation("file", "附件缺少文件名"));
        } else if (name.length() > 255) {
            v.add(new FieldViolation("file", "附件文件名不能超过 255 个字"));
        } else if (!TYPES.containsKey(extension(name))) {
            v.add(new FieldViolation("file", "不支持的附件类型「" + name + "」，可上传 PDF、Word、Excel、WPS、OFD、图片、文本或 ZIP"));
        }
        if (content == null || content.length == 0) {
            v.add(new FieldViolation("file", "附件「" + name + "」是空文件"));
        } else if (content.length > MAX_BYTES) {
            v.add(new FieldViolation("file", "附件「" + name + "」超过 10 MB"));
        }
        return v;
    }

    private PerformanceTarget editableBy(CurrentUser user, Long targetId) {
        PerformanceTarget target = targets.get(user, targetId);
        if (!user.hasRole(Role.STAFF) || !Objects.equals(user.orgId(), target.getUnitId())) {
            throw new ForbiddenException("只有本单位的项目经办人可以上传或删除附件");
        }
        if (!target.getStatus().editable()) {
            throw new ConflictException("目标当前状态为「" + TargetService.statusLabel(target.getStatus()) + "」，附件不能再修改");
        }
        return target;
    }

    /**
     * Browsers send a bare name, some old ones a full client path; keep only the name. Control characters and
     * invisible format characters go: bidi overrides make {@code invoice\u202Eexe.pdf} display as
     * "invoicefdp.exe", and a NUL or line break has no place in a name shown and sent back in a header.
     */
    public static String cleanName(String fileName) {
        if (fileName == null) {
            return "";
        }
        String name = INVISIBLE.matcher(fileName).replaceAll("").replace('\\', '/');
        return name.substring(name.lastIndexOf('/') + 1).strip();
    }

    /** Cc (controls, NUL) and Cf (bidi embeddings, overrides and isolates, zero-width characters, BOM). */
    private static final java.util.regex.Pattern INVISIBLE = java.util.regex.Pattern.compile("[\\p{Cc}\\p{Cf}]");

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
