package org.jixiao.targets;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * A settled target's cached content is handed out as copies written by hand ({@link Indicator#copy()},
 * {@link AnnualTask#copy()}); a field added later and forgotten there would silently read as empty. Every field gets a
 * value no default has, and must come out of the copy the same, in a new object.
 */
class ContentCopyTest {

    @Test
    void anIndicatorsCopyKeepsEveryField() throws Exception {
        assertCopiesEveryField(new Indicator(), Indicator::copy);
    }

    @Test
    void anAnnualTasksCopyKeepsEveryField() throws Exception {
        assertCopiesEveryField(new AnnualTask(), AnnualTask::copy);
    }

    private static <T> void assertCopiesEveryField(T original, UnaryOperator<T> copy) throws Exception {
        Field[] fields = original.getClass().getDeclaredFields();
        int set = 0;
        for (Field field : fields) {
            if (Modifier.isStatic(field.getModifiers())) {
                continue;
            }
            field.setAccessible(true);
            field.set(original, sample(field.getType()));
            set++;
        }
        assertThat(set).isPositive();
        T copied = copy.apply(original);
        assertThat(copied).isNotSameAs(original);
        for (Field field : fields) {
            if (!Modifier.isStatic(field.getModifiers())) {
                assertThat(field.get(copied)).as(field.getName()).isEqualTo(field.get(original));
            }
        }
    }

    private static Object sample(Class<?> type) {
        if (type == String.class) {
            return "样例";
        }
        if (type == Long.class || type == long.class) {
            return 42L;
        }
        if (type == int.class || type == Integer.class) {
            return 7;
        }
        if (type == BigDecimal.class) {
            return new BigDecimal("12.34");
        }
        if (type.isEnum()) {
            Object[] constants = type.getEnumConstants();
            return constants[constants.length - 1];
        }
        throw new AssertionError("no sample value for " + type + ": teach this test the new field's type");
    }
}
