package org.jixiao.common;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;
import org.jixiao.common.web.DatabaseOutage;
import org.jixiao.common.web.JsonLimits;
import org.jixiao.common.web.RequestBodyLimit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every API error is RFC 9457 problem JSON with a Chinese title and detail; user mistakes never 500. Not limited to
 * our controllers' package: a 405, 406 or 415 is raised while looking for a handler, before any controller is
 * chosen, and must be problem JSON too (the fuzz test found Boot's plain error body there).
 */
@RestControllerAdvice
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);
    private static final String TYPE_BASE = "https://jixiao.org/problems/";

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "未找到", e.getMessage());
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        ProblemDetail body = problem(HttpStatus.CONFLICT, "conflict", "操作冲突", e.getMessage());
        e.properties().forEach(body::setProperty);
        return body;
    }

    @ExceptionHandler(ForbiddenException.class)
    ProblemDetail forbidden(ForbiddenException e) {
        return problem(HttpStatus.FORBIDDEN, "forbidden", "无权操作", e.getMessage());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail accessDenied(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, "forbidden", "无权操作", "当前用户没有执行此操作的权限");
    }

    @ExceptionHandler(ValidationException.class)
    ProblemDetail invalid(ValidationException e) {
        return validationProblem(e.getMessage(), e.violations());
    }

    /**
     * Only a duplicate key or a vanished reference is a conflict with other data (and the checks should have said
     * so first). Anything else the database refuses (a text too long, a number too large, a check constraint) is a
     * value no retry can fix, and means a check in front of the database is missing: logged as an error, answered
     * 422 without pretending a conflict.
     */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail integrity(DataIntegrityViolationException e) {
        if (DatabaseRefusals.isConflict(e)) {
            log.warn("Data integrity conflict surfaced to the API", e);
            return problem(HttpStatus.CONFLICT, "conflict", "操作冲突", "数据与现有记录冲突，请刷新后重试");
        }
        log.error("The database refused a value no check caught", e);
        return problem(HttpStatus.UNPROCESSABLE_ENTITY, "validation", "数据校验未通过",
                "数据超出允许的长度或范围，未保存，请检查填写的内容");
    }

    /**
     * A lock wait that timed out or a deadlock: another request held the same rows (issue 9 §1). Nothing was
     * written; the request may be repeated after a refresh.
     */
    @ExceptionHandler(PessimisticLockingFailureException.class)
    ProblemDetail lockConflict(PessimisticLockingFailureException e) {
        log.warn("Lock conflict surfaced to the API", e);
        return problem(HttpStatus.CONFLICT, "conflict", "操作冲突", "他人正在同时处理该事项，本次操作未生效，请刷新后查看");
    }

    /**
     * Any other database or transaction failure (issue 9 §6 c). The connection failed (server restarting, connection
     * killed, a commit or rollback that could not reach it): 503 with {@code Retry-After}, as the request may well
     * succeed on retry; nothing was committed, or, when the commit itself failed, the action's state guard answers
     * the retry. Anything else is a fault of ours: 500, still problem JSON.
     */
    @ExceptionHandler({DataAccessException.class, TransactionException.class})
    ResponseEntity<ProblemDetail> databaseFailure(RuntimeException e) {
        if (DatabaseOutage.isCause(e)) {
            log.warn("Database unavailable, answered 503: {}", e.getMessage());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "2")
                    .body(problem(HttpStatus.SERVICE_UNAVAILABLE, "unavailable", "服务暂不可用",
                            "数据库暂不可用，本次请求未完成，请稍后重试（带 Idempotency-Key 的请求用同一个键重试）"));
        }
        log.error("Database error surfaced to the API", e);
        return ResponseEntity.internalServerError().body(problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal",
                "服务器内部错误", "请求未能完成，请稍后重试；如仍失败请联系系统管理员"));
    }

    @ExceptionHandler(RequestBodyLimit.TooLarge.class)
    ProblemDetail bodyTooLarge(RequestBodyLimit.TooLarge e) {
        return problem(HttpStatus.PAYLOAD_TOO_LARGE, "too-large", "请求体过大", "请求体不能超过 1 MB");
    }

    /**
     * A multipart body that cannot be read: no boundary, cut off, or a control character in a part header (a file
     * too large is the 413 below, which Spring matches more closely).
     */
    @ExceptionHandler(MultipartException.class)
    ProblemDetail brokenMultipart(MultipartException e) {
        return problem(HttpStatus.BAD_REQUEST, "bad-request", "请求格式错误", "上传的表单（multipart）格式不正确，无法读取");
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail body;
        if (ex.getCause() instanceof RequestBodyLimit.TooLarge tooLarge) {
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(bodyTooLarge(tooLarge));
        } else if (ex.getCause() instanceof JsonLimits.OutOfRange range) {
            String field = path(range);
            body = validationProblem("请求数据超出范围", List.of(new FieldViolation(field, range.getOriginalMessage())));
            return ResponseEntity.unprocessableEntity().body(body);
        } else if (ex.getCause() instanceof InvalidNullException nulls) {
            String field = path(nulls);
            body = problem(HttpStatus.BAD_REQUEST, "bad-request", "请求格式错误", "字段 " + field + " 不能包含空值（null）");
            body.setProperty("errors", List.of(new FieldViolation(field, "不能包含空值")));
        } else if (ex.getCause() instanceof StreamConstraintsException) {
            body = problem(HttpStatus.BAD_REQUEST, "bad-request", "请求格式错误", "请求体的数字过长或嵌套过深");
        } else if (ex.getCause() instanceof JsonParseException parse && parse.getOriginalMessage() != null
                && parse.getOriginalMessage().startsWith("Duplicate field")) {
            String field = parse.getOriginalMessage().replaceAll("^Duplicate field '(.*)'$", "$1");
            body = problem(HttpStatus.BAD_REQUEST, "bad-request", "请求格式错误", "字段 " + field + " 在请求体中重复出现");
            body.setProperty("errors", List.of(new FieldViolation(field, "重复出现")));
        } else if (ex.getCause() instanceof InvalidFormatException format) {
            String field = path(format);
            body = problem(HttpStatus.BAD_REQUEST, "bad-request", "请求格式错误",
                    "字段 " + field + " 的值「" + format.getValue() + "」类型不正确");
            body.setProperty("errors", List.of(new FieldViolation(field, "类型不正确")));
        } else if (ex.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = path(mapping);
            body = problem(HttpStatus.BAD_REQUEST, "bad-request", "请求格式错误", "字段 " + field + " 的值无法读取");
            body.setProperty("errors", List.of(new FieldViolation(field, "无法读取")));
        } else {
            body = problem(HttpStatus.BAD_REQUEST, "bad-request", "请求格式错误", "请求体不是有效的 JSON");
        }
        return ResponseEntity.badRequest().body(body);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldViolation> violations = ex.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldViolation(error.getField(), error.getDefaultMessage()))
                .toList();
        return ResponseEntity.unprocessableEntity().body(validationProblem("请求数据不完整", violations));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        ProblemDetail body = problem(HttpStatus.BAD_REQUEST, "bad-request", "请求格式错误",
                "参数 " + e.getName() + " 的值「" + e.getValue() + "」类型不正确");
        body.setProperty("errors", List.of(new FieldViolation(e.getName(), "类型不正确")));
        return body;
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail body = problem(HttpStatus.PAYLOAD_TOO_LARGE, "too-large", "文件过大", "上传的文件超过 10 MB");
        body.setProperty("errors", List.of(new FieldViolation("file", "上传的文件超过 10 MB")));
        return createResponseEntity(body, headers, HttpStatus.PAYLOAD_TOO_LARGE, request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestPart(MissingServletRequestPartException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail body = problem(HttpStatus.BAD_REQUEST, "bad-request", "请求格式错误",
                "缺少上传的文件（表单字段 " + e.getRequestPartName() + "）");
        body.setProperty("errors", List.of(new FieldViolation(e.getRequestPartName(), "请选择要上传的文件")));
        return createResponseEntity(body, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        if (body instanceof ProblemDetail detail && detail.getTitle() != null && !hasChinese(detail.getTitle())) {
            detail.setTitle(chineseTitle(statusCode));
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    private static ProblemDetail validationProblem(String detail, List<FieldViolation> violations) {
        String summary = violations.stream().map(FieldViolation::message).collect(Collectors.joining("；"));
        ProblemDetail body = problem(HttpStatus.UNPROCESSABLE_ENTITY, "validation", "数据校验未通过",
                summary.isEmpty() ? detail : detail + "：" + summary);
        body.setProperty("errors", violations);
        return body;
    }

    static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setType(URI.create(TYPE_BASE + type));
        body.setTitle(title);
        return body;
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static boolean hasChinese(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    private static String chineseTitle(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> "请求格式错误";
            case 401 -> "未登录";
            case 403 -> "无权操作";
            case 404 -> "未找到";
            case 405 -> "不支持的请求方法";
            case 409 -> "操作冲突";
            case 415 -> "不支持的内容类型";
            case 422 -> "数据校验未通过";
            default -> "请求失败";
        };
    }
}
