package org.jixiao.admin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What an audit entry changed, field by field, from the snapshots {@link AuditLog} keeps: an auditor reads
 * "所在单位 示范市财政局 → 绩效科", not two blocks of JSON. The row's id and version are bookkeeping, and an id is left
 * out where the snapshot also names what it points at ({@code orgId} beside {@code orgName}).
 */
public final class AuditChanges {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> BOOKKEEPING = Set.of("id", "version");

    /** A changed field; a missing or null value is {@link NullNode}, never null. */
    public record Change(String field, JsonNode before, JsonNode after) {
    }

    private AuditChanges() {
    }

    /**
     * The fields that differ, in the snapshots' order (a created subject lists what it was created with); empty
     * when a snapshot cannot be read as an object, e.g. one cut at {@link AuditLog}'s limit, so the caller shows
     * the text as stored.
     */
    public static Optional<List<Change>> between(String beforeJson, String afterJson) {
        Optional<JsonNode> before = object(beforeJson);
        Optional<JsonNode> after = object(afterJson);
        if (before.isEmpty() || after.isEmpty()) {
            return Optional.empty();
        }
        Set<String> fields = new LinkedHashSet<>();
        before.get().fieldNames().forEachRemaining(fields::add);
        after.get().fieldNames().forEachRemaining(fields::add);
        List<Change> changes = new ArrayList<>();
        for (String field : fields) {
            JsonNode was = value(before.get(), field);
            JsonNode is = value(after.get(), field);
            if (!was.equals(is) && shown(field, fields)) {
                changes.add(new Change(field, was, is));
            }
        }
        return Optional.of(changes);
    }

    private static boolean shown(String field, Set<String> fields) {
        return !BOOKKEEPING.contains(field)
                && !(field.endsWith("Id") && fields.contains(field.substring(0, field.length() - 2) + "Name"));
    }

    private static JsonNode value(JsonNode object, String field) {
        JsonNode v = object.get(field);
        return v == null ? NullNode.getInstance() : v;
    }

    /** No snapshot (before a creation) reads as an empty object. */
    private static Optional<JsonNode> object(String json) {
        if (json == null || json.isBlank()) {
            return Optional.of(JSON.createObjectNode());
        }
        try {
            JsonNode node = JSON.readTree(json);
            return node != null && node.isObject() ? Optional.of(node) : Optional.empty();
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }
}
