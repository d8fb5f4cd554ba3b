package org.jixiao.targets.internal;

import java.time.Instant;

/** 附件: a document attached to a target; {@code content} is loaded only when downloaded. */
public record Attachment(Long id, Long targetId, String fileName, String contentType, long sizeBytes,
                         String uploadedBy, Instant uploadedAt) {
}
