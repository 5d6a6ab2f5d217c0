package io.newspipe.store.api;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** Answered as a 404 problem detail (RFC 9457). */
public class ArticleNotFoundException extends ErrorResponseException {

    public ArticleNotFoundException(String id) {
        super(HttpStatus.NOT_FOUND, problem(id), null);
    }

    private static ProblemDetail problem(String id) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No article with id " + id + " is stored.");
        problem.setTitle("Article not found");
        problem.setProperty("articleId", id);
        return problem;
    }
}
