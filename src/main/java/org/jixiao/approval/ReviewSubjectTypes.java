package org.jixiao.approval;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** The features' {@link ReviewSubjects}, by subject type, for the parts of the review chain. */
@Component
class ReviewSubjectTypes {
    /** Looked up lazily: the features implementing it depend on the review service themselves. */
    private final ObjectProvider<ReviewSubjects> subjectsProvider;

    ReviewSubjectTypes(ObjectProvider<ReviewSubjects> subjectsProvider) {
        this.subjectsProvider = subjectsProvider;
    }

    Map<String, ReviewSubjects> byType() {
        return subjectsProvider.orderedStream()
                .collect(Collectors.toMap(ReviewSubjects::subjectType, s -> s));
    }

    Collection<ReviewSubjects> all() {
        return byType().values();
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
