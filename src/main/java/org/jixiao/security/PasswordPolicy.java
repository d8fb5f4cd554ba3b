package org.jixiao.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * What a new password must be: at least {@value #MIN_LENGTH} characters, not the username (in any case, also
 * reversed) and not one of the common passwords shipped in {@code security/common-passwords.txt}. A pure function
 * over its inputs; the list is read once from the jar.
 */
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 10;
    /** BCrypt reads only the first 72 bytes; a longer password would silently lose its tail. */
    public static final int MAX_BYTES = 72;
    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    /** Null when the password is acceptable, else the reason in Chinese (for the field it was typed in). */
    public static String violation(String username, String password) {
        if (password == null || password.isEmpty()) {
            return "请填写密码";
        }
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return "密码至少需要 " + MIN_LENGTH + " 个字符";
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return "密码不能超过 " + MAX_BYTES + " 个字节";
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && !username.isBlank()) {
            String name = username.strip().toLowerCase(Locale.ROOT);
            if (lower.equals(name) || lower.equals(new StringBuilder(name).reverse().toString())) {
                return "密码不能与用户名相同";
            }
        }
        if (COMMON.contains(lower)) {
            return "密码过于常见，请换一个";
        }
        return null;
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("/security/common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("security/common-passwords.txt is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
