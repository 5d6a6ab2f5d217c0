package io.newspipe.store.api;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A story or entity that is not stored: answered as a 404 problem detail (RFC 9457). */
public class NotFoundException extends ErrorResponseException {

    public NotFoundException(String kind, String id) {
        super(HttpStatus.NOT_FOUND, problem(kind, id), null);
    }

    private static ProblemDetail problem(String kind, String id) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No " + kind + " with id " + id + " is stored.");
        problem.setTitle(Character.toUpperCase(kind.charAt(0)) + kind.substring(1) + " not found");
        problem.setProperty("id", id);
        return problem;
    }
}
