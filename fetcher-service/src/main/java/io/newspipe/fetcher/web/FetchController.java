package io.newspipe.fetcher.web;

import io.newspipe.fetcher.remote.AdHocFetch;
import io.newspipe.fetcher.source.ScanReport;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** {@code POST /api/fetch} with a JSON list of URLs: fetched now, each page published once. */
@RestController
@RequestMapping("/api/fetch")
class FetchController {

    private final AdHocFetch adHoc;

    FetchController(AdHocFetch adHoc) {
        this.adHoc = adHoc;
    }

    /**
     * Waits for the fetches and answers what happened to each URL. A refused request (too many URLs, a
     * {@code file:} URI outside the directory root) answers 400 with the reason as a problem detail.
     */
    @PostMapping
    ScanReport fetch(@RequestBody List<String> urls) {
        try {
            return adHoc.fetch(urls);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
    }

    /** The caller needs the reason; the default error page leaves messages out. */
    @ExceptionHandler(ResponseStatusException.class)
    ResponseEntity<ProblemDetail> refused(ResponseStatusException e) {
        return ResponseEntity.status(e.getStatusCode()).body(e.getBody());
    }
}
