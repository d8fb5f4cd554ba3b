package org.jixiao.security;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document (issue 11 §3) declares how to sign in — HTTP Basic or a personal access token as bearer — for
 * every operation, and the problem responses (RFC 9457, one shared schema) each operation can give, so a generated
 * client authenticates and decodes our errors. Which problems apply follows from the operation's shape, the same
 * way the handlers behave: every call may be unauthenticated (401), refused by role or scope (403) or hit a sign-in
 * lock (429); a body or parameters can be unreadable (400); a path id can be unknown (404); a write can lose a race
 * (409) or break a rule (422).
 */
@Configuration
class ApiDocumentation {
    static final String BASIC = "basicAuth";
    static final String BEARER = "bearerToken";
    static final String PROBLEM = "Problem";
    private static final String PROBLEM_JSON = "application/problem+json";

    @Bean
    GlobalOpenApiCustomizer signInSchemesAndProblems() {
        return openApi -> {
            Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
            openApi.setComponents(components);
            components.addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                    .description("用户名和密码（每次调用都做一次 BCrypt 校验；连续失败会被锁定，见 429）"));
            components.addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                    .bearerFormat("jxp_ personal access token")
                    .description("个人访问令牌：POST /api/me/tokens 创建，Authorization: Bearer jxp_…"));
            components.addSchemas(PROBLEM, problemSchema());
            openApi.setSecurity(List.of(new SecurityRequirement().addList(BASIC), new SecurityRequirement().addList(BEARER)));
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach(
                    (method, operation) -> describe(path, method, operation)));
        };
    }

    private static void describe(String path, PathItem.HttpMethod method, Operation operation) {
        if (operation.getSecurity() == null || operation.getSecurity().isEmpty()) {
            operation.setSecurity(List.of(new SecurityRequirement().addList(BASIC),
                    new SecurityRequirement().addList(BEARER)));
        }
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        operation.setResponses(responses);
        boolean write = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD
                && method != PathItem.HttpMethod.OPTIONS;
        boolean input = operation.getRequestBody() != null
                || (operation.getParameters() != null && !operation.getParameters().isEmpty());
        Map<String, String> problems = new LinkedHashMap<>();
        if (input) {
            problems.put("400", "请求格式错误（JSON 无法读取、类型不符、参数无效）");
        }
        problems.put("401", "未登录，或密码/令牌错误");
        problems.put("403", "无权操作（角色或数据范围不符）");
        if (path.contains("{")) {
            problems.put("404", "未找到（或不在您的数据范围内）");
        }
        if (write) {
            problems.put("409", "操作冲突（已被他人处理或版本已变化）");
            problems.put("422", "数据校验未通过（errors 列出每个字段）");
        }
        problems.put("429", "登录失败次数过多，账户或地址已锁定（见 Retry-After）");
        problems.forEach((status, description) -> {
            if (!responses.containsKey(status)) {
                responses.addApiResponse(status, problem(description, "429".equals(status)));
            }
        });
    }

    private static ApiResponse problem(String description, boolean retryAfter) {
        ApiResponse response = new ApiResponse().description(description).content(new Content().addMediaType(
                PROBLEM_JSON, new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
        if (retryAfter) {
            response.addHeaderObject("Retry-After", new Header().description("锁定解除前的秒数")
                    .schema(new IntegerSchema()));
        }
        return response;
    }

    @SuppressWarnings("rawtypes")
    private static Schema problemSchema() {
        ObjectSchema violation = new ObjectSchema();
        violation.addProperty("field", new StringSchema().description("字段路径，例如 indicators[3].weight"));
        violation.addProperty("message", new StringSchema());
        ObjectSchema problem = new ObjectSchema();
        problem.description("RFC 9457 problem details");
        problem.addProperty("type", new StringSchema().format("uri"));
        problem.addProperty("title", new StringSchema());
        problem.addProperty("status", new IntegerSchema());
        problem.addProperty("detail", new StringSchema());
        problem.addProperty("instance", new StringSchema());
        problem.addProperty("code", new StringSchema().description("机器可读的原因，例如 SIGN_IN_LOCKED"));
        problem.addProperty("lockedUntil", new StringSchema().format("date-time").description("429：锁定解除时间"));
        problem.addProperty("errors", new ArraySchema().items(violation).description("422：每个字段的错误"));
        problem.setRequired(List.of("type", "title", "status"));
        return problem;
    }
}
