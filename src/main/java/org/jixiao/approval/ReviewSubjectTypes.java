package org.jixiao.approval;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** The features' {@link ReviewSubjects}, by subject type, for the parts of the review chain and its notices. */
@Component
public class ReviewSubjectTypes {
    /** Looked up lazily: the features implementing it depend on the review service themselves. */
    private final ObjectProvider<ReviewSubjects> subjectsProvider;

    /**
     * Resolved on first use and kept: the features are singletons, fixed once the context is up, and resolving them
     * (a bean-factory lookup and an ordering) on each call was 1.4 % of the request threads' CPU on deadline day.
     */
    private volatile Map<String, ReviewSubjects> byType;

    ReviewSubjectTypes(ObjectProvider<ReviewSubjects> subjectsProvider) {
        this.subjectsProvider = subjectsProvider;
    }

    Map<String, ReviewSubjects> byType() {
        Map<String, ReviewSubjects> resolved = byType;
        if (resolved == null) {
            resolved = Collections.unmodifiableMap(subjectsProvider.orderedStream()
                    .collect(Collectors.toMap(ReviewSubjects::subjectType, s -> s, (a, b) -> {
                        throw new IllegalStateException("Two review processes for subject type " + a.subjectType());
                    }, LinkedHashMap::new)));
            byType = resolved;
        }
        return resolved;
    }

    Collection<ReviewSubjects> all() {
        return byType().values();
    }

    /** The subjects of that type, or null when nobody reviews that type. */
    public ReviewSubjects find(String subjectType) {
        return byType().get(subjectType);
    }

    /** The subjects of that type; a type nobody reviews is a programming error, not a request's. */
    ReviewSubjects of(String subjectType) {
        ReviewSubjects subjects = byType().get(subjectType);
        if (subjects == null) {
            throw new IllegalArgumentException("No review process for subject type " + subjectType);
        }
        return subjects;
    }
}
