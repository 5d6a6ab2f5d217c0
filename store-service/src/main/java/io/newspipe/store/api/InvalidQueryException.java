package io.newspipe.store.api;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A query parameter out of range or malformed: answered as a 400 problem detail naming the parameter. */
public class InvalidQueryException extends ErrorResponseException {

    public InvalidQueryException(String parameter, String reason) {
        super(HttpStatus.BAD_REQUEST, problem(parameter, reason), null);
    }

    private static ProblemDetail problem(String parameter, String reason) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Parameter '" + parameter + "' " + reason);
        problem.setTitle("Invalid query parameter");
        problem.setProperty("parameter", parameter);
        return problem;
    }
}
