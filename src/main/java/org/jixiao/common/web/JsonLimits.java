package org.jixiao.common.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.ResolvableDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Function;
import org.jixiao.common.Limits;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How the API reads JSON, so that no request can make the server do unbounded work or read something other than
 * what was sent: a key twice is refused (which value would win?), a fraction is never rounded into an integer,
 * every {@link BigDecimal} is bounded before any code sees it ({@code 1E+1000000} is refused here, not expanded by
 * the first {@code stripTrailingZeros}), and every {@link LocalDate} has a four-digit year. The field's own check
 * (see {@link Limits}) then says the precise limit.
 */
@Configuration
public class JsonLimits {
    /** Years a date may carry: what SQL DATE columns and people write. */
    static final int MIN_YEAR = 1000;
    static final int MAX_YEAR = 9999;

    @Bean
    Jackson2ObjectMapperBuilderCustomizer strictJson() {
        return builder -> builder
                .featuresToEnable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .featuresToDisable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .modulesToInstall(new SimpleModule("jixiao-json-limits").setDeserializerModifier(new Bounds()))
                .postConfigurer(mapper -> mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(64).maxNumberLength(100).build()));
    }

    /** A value that was read but is out of range: 422 on its field (see ApiExceptionHandler). */
    public static final class OutOfRange extends JsonMappingException {
        OutOfRange(JsonParser parser, String message) {
            super(parser, message);
        }
    }

    static String numberProblem(BigDecimal value) {
        String problem = Limits.JSON_NUMBER.problem(value);
        return problem == null ? null : "数值" + problem;
    }

    static String dateProblem(LocalDate date) {
        return date == null || (date.getYear() >= MIN_YEAR && date.getYear() <= MAX_YEAR) ? null
                : "日期的年份须在 " + MIN_YEAR + "–" + MAX_YEAR + " 之间";
    }

    /** Wraps whichever deserializer Jackson picked for BigDecimal and LocalDate (modules register in any order). */
    private static final class Bounds extends BeanDeserializerModifier {
        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                                                      JsonDeserializer<?> deserializer) {
            Class<?> type = description.getBeanClass();
            if (type == BigDecimal.class) {
                return new Checked<>((JsonDeserializer<BigDecimal>) deserializer, JsonLimits::numberProblem);
            }
            if (type == LocalDate.class) {
                return new Checked<>((JsonDeserializer<LocalDate>) deserializer, JsonLimits::dateProblem);
            }
            return deserializer;
        }
    }

    private static final class Checked<T> extends JsonDeserializer<T> implements ContextualDeserializer,
            ResolvableDeserializer {
        private final JsonDeserializer<T> delegate;
        private final Function<T, String> check;

        Checked(JsonDeserializer<T> delegate, Function<T, String> check) {
            this.delegate = delegate;
            this.check = check;
        }

        @Override
        public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            T value = delegate.deserialize(parser, context);
            String problem = check.apply(value);
            if (problem != null) {
                throw new OutOfRange(parser, problem);
            }
            return value;
        }

        @Override
        @SuppressWarnings("unchecked")
        public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property)
                throws JsonMappingException {
            if (delegate instanceof ContextualDeserializer contextual) {
                return new Checked<>((JsonDeserializer<T>) contextual.createContextual(context, property), check);
            }
            return this;
        }

        @Override
        public void resolve(DeserializationContext context) throws JsonMappingException {
            if (delegate instanceof ResolvableDeserializer resolvable) {
                resolvable.resolve(context);
            }
        }

        @Override
        public Class<?> handledType() {
            return delegate.handledType();
        }

        @Override
        public T getNullValue(DeserializationContext context) throws JsonMappingException {
            return delegate.getNullValue(context);
        }
    }
}
