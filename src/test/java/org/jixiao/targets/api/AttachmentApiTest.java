package org.jixiao.targets.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.jixiao.support.Api;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.TargetFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

@IntegrationTest
class AttachmentApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    TestRestTemplate rest;

    ResponseEntity<String> upload(String user, long targetId, String fileName, byte[] content) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, "demo");
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        return rest.exchange("/api/targets/" + targetId + "/attachments", HttpMethod.POST,
                new HttpEntity<>(form, headers), String.class);
    }

    ResponseEntity<byte[]> download(String user, String location) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, "demo");
        return rest.exchange(location, HttpMethod.GET, new HttpEntity<>(headers), byte[].class);
    }

    static JsonNode json(ResponseEntity<String> response) throws Exception {
        return JSON.readTree(response.getBody());
    }

    @Test
    void drafterAttachesListsDownloadsAndRemovesDocuments() throws Exception {
        Api staff = Api.as(rest, "staff");
        long id = staff.post("/api/targets", TargetFixtures.validProject("附件测试目标")).expect(201).id();
        byte[] pdf = "%PDF-1.4 测试立项依据".getBytes(StandardCharsets.UTF_8);

        ResponseEntity<String> created = upload("staff", id, "2025年项目立项依据.pdf", pdf);
        assertThat(created.getStatusCode().value()).isEqualTo(201);
        JsonNode stored = json(created);
        assertThat(stored.get("fileName").asText()).isEqualTo("2025年项目立项依据.pdf");
        assertThat(stored.get("contentType").asText()).isEqualTo("application/pdf");
        assertThat(stored.get("sizeBytes").asLong()).isEqualTo(pdf.length);
        assertThat(stored.get("uploadedBy").asText()).isEqualTo("staff");

        JsonNode list = staff.get("/api/targets/" + id + "/attachments").expect(200).body();
        assertThat(list.findValuesAsText("fileName")).containsExactly("2025年项目立项依据.pdf");

        ResponseEntity<byte[]> file = download("leader", created.getHeaders().getLocation().getPath());
        assertThat(file.getStatusCode().value()).isEqualTo(200);
        assertThat(file.getBody()).isEqualTo(pdf);
        assertThat(file.getHeaders().getContentDisposition().getFilename()).isEqualTo("2025年项目立项依据.pdf");
        assertThat(download("staff2", created.getHeaders().getLocation().getPath()).getStatusCode().value())
                .as("another unit does not learn it exists").isEqualTo(404);

        assertThat(upload("leader", id, "负责人上传.pdf", pdf).getStatusCode().value()).isEqualTo(403);
        assertThat(upload("staff2", id, "越权.pdf", pdf).getStatusCode().value()).isEqualTo(404);

        HttpHeaders auth = new HttpHeaders();
        auth.setBasicAuth("staff", "demo");
        ResponseEntity<String> removed = rest.exchange(created.getHeaders().getLocation().getPath(), HttpMethod.DELETE,
                new HttpEntity<>(auth), String.class);
        assertThat(removed.getStatusCode().value()).isEqualTo(204);
        assertThat(staff.get("/api/targets/" + id + "/attachments").body()).isEmpty();
    }

    @Test
    void badFilesAreRefusedWithTheReason() throws Exception {
        long id = Api.as(rest, "staff").post("/api/targets", TargetFixtures.validProject("附件校验目标")).expect(201).id();

        ResponseEntity<String> exe = upload("staff", id, "setup.exe", new byte[] {1, 2, 3});
        assertThat(exe.getStatusCode().value()).isEqualTo(422);
        assertThat(json(exe).get("errors").get(0).get("field").asText()).isEqualTo("file");
        assertThat(json(exe).get("errors").get(0).get("message").asText()).contains("不支持的附件类型");

        ResponseEntity<String> empty = upload("staff", id, "空文件.docx", new byte[0]);
        assertThat(empty.getStatusCode().value()).isIn(400, 422);

        ResponseEntity<String> huge = upload("staff", id, "扫描件.pdf", new byte[12 * 1024 * 1024]);
        assertThat(huge.getStatusCode().value()).isEqualTo(413);
        assertThat(json(huge).get("detail").asText()).contains("10 MB");
        assertThat(huge.getHeaders().getContentType().toString()).contains("application/problem+json");

        assertThat(Api.as(rest, "staff").get("/api/targets/" + id + "/attachments").body()).isEmpty();
    }

    @Test
    void submittedTargetsKeepTheirDocuments() throws Exception {
        Api staff = Api.as(rest, "staff");
        long id = staff.post("/api/targets", TargetFixtures.validProject("送审后附件锁定")).expect(201).id();
        ResponseEntity<String> created = upload("staff", id, "测算依据.xlsx", new byte[] {80, 75, 3, 4});
        assertThat(created.getStatusCode().value()).isEqualTo(201);
        staff.post("/api/targets/" + id + "/submit", null).expect(200);

        assertThat(upload("staff", id, "补充.pdf", new byte[] {1}).getStatusCode().value()).isEqualTo(409);
        HttpHeaders auth = new HttpHeaders();
        auth.setBasicAuth("staff", "demo");
        assertThat(rest.exchange(created.getHeaders().getLocation().getPath(), HttpMethod.DELETE,
                new HttpEntity<>(auth), String.class).getStatusCode().value()).isEqualTo(409);
        assertThat(staff.get("/api/targets/" + id + "/attachments").body()).hasSize(1);
        assertThat(staff.get("/api/targets/" + id + "/attachments/999999").status()).isEqualTo(404);
    }

    @Test
    void theCheckIsPureAndNamesTheFile() {
        assertThat(org.jixiao.targets.AttachmentService.check("C:\\\\文档\\\\方案.PDF", new byte[] {1})).isEmpty();
        assertThat(org.jixiao.targets.AttachmentService.check("", new byte[] {1}))
                .extracting(v -> v.message()).containsExactly("附件缺少文件名");
    }
}
