package io.newspipe.fetcher.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MediaTypesTest {

    @Test
    void readsTypeAndCharset() {
        assertThat(MediaTypes.mediaType("Text/HTML; Charset=\"utf-8\"")).isEqualTo("text/html");
        assertThat(MediaTypes.charset("Text/HTML; Charset=\"utf-8\"")).isEqualTo("UTF-8");
        assertThat(MediaTypes.charset("text/html; charset=windows-1254")).isEqualTo("windows-1254");
        assertThat(MediaTypes.charset("text/html; charset=latin1")).isEqualTo("ISO-8859-1");
        assertThat(MediaTypes.charset("text/html; charset=bogus!")).isNull();
        assertThat(MediaTypes.charset("text/html")).isNull();
        assertThat(MediaTypes.mediaType(" ")).isNull();
    }

    @Test
    void pagesAreHtmlAndText() {
        assertThat(MediaTypes.PAGES).accepts("text/html", "text/plain", "application/xhtml+xml");
        assertThat(MediaTypes.PAGES).rejects("image/png", "application/pdf", "application/json");
        assertThat(MediaTypes.XML_DOCUMENTS).accepts("application/rss+xml", "application/xml", "text/xml", "application/x-gzip");
    }
}
