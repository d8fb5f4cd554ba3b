package org.jixiao.targets.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jixiao.org.CurrentUser;
import org.jixiao.security.CurrentUserProvider;
import org.jixiao.targets.internal.Attachment;
import org.jixiao.targets.AttachmentService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/targets/{targetId}/attachments")
@Tag(name = "绩效目标附件", description = "Documents attached to a target (PDF, Word, Excel, images …, 10 MB each)")
class AttachmentController {
    private final AttachmentService attachments;
    private final CurrentUserProvider currentUser;

    AttachmentController(AttachmentService attachments, CurrentUserProvider currentUser) {
        this.attachments = attachments;
        this.currentUser = currentUser;
    }

    @GetMapping
    @Operation(summary = "The target's attachments (without content)")
    List<Attachment> list(@PathVariable Long targetId) {
        return attachments.list(user(), targetId);
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Attach a document (multipart field `file`); drafter only, while the target is editable")
    ResponseEntity<Attachment> upload(@PathVariable Long targetId, @RequestParam("file") MultipartFile file)
            throws IOException {
        Attachment stored = attachments.add(user(), targetId, file.getOriginalFilename(), file.getBytes());
        return ResponseEntity.created(URI.create("/api/targets/" + targetId + "/attachments/" + stored.id()))
                .body(stored);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Download an attachment")
    ResponseEntity<byte[]> download(@PathVariable Long targetId, @PathVariable Long id) {
        AttachmentService.Download download = attachments.download(user(), targetId, id);
        Attachment meta = download.attachment();
        byte[] content = download.content();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(meta.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(AttachmentService.cleanName(meta.fileName()), StandardCharsets.UTF_8).build().toString())
                .body(content);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Remove an attachment; drafter only, while the target is editable")
    ResponseEntity<Void> delete(@PathVariable Long targetId, @PathVariable Long id) {
        attachments.remove(user(), targetId, id);
        return ResponseEntity.noContent().build();
    }

    private CurrentUser user() {
        return currentUser.require();
    }
}
