package io.newspipe.fetcher.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UrlCanonicalizerTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "HTTP://News.Example.COM/World/Story|http://news.example.com/World/Story",
            "https://example.com:443/a|https://example.com/a",
            "http://example.com:80/a|http://example.com/a",
            "http://example.com:8080/a|http://example.com:8080/a",
            "https://example.com|https://example.com/",
            "https://example.com/a#comments|https://example.com/a",
            "https://example.com/a?utm_source=rss&utm_medium=feed&id=7|https://example.com/a?id=7",
            "https://example.com/a?fbclid=abc&gclid=def|https://example.com/a",
            "https://example.com/a?b=2&a=1&c=3|https://example.com/a?a=1&b=2&c=3",
            "https://example.com/x/../a/./b|https://example.com/a/b",
            "https://example.com./a|https://example.com/a",
            "https://example.com/a b|https://example.com/a%20b",
    })
    void normalises(String input, String expected) {
        assertThat(UrlCanonicalizer.canonicalize(input)).isEqualTo(expected);
    }

    @Test
    void spellingsOfOneArticleBecomeOne() {
        assertThat(UrlCanonicalizer.canonicalize("https://EXAMPLE.com:443/story?utm_campaign=x&page=2#top"))
                .isEqualTo(UrlCanonicalizer.canonicalize("https://example.com/story?page=2&utm_source=y"));
    }

    @Test
    void keepsParametersThatChooseContentAndTheirEncoding() {
        assertThat(UrlCanonicalizer.canonicalize("https://example.com/s?q=a%26b&ref=home"))
                .isEqualTo("https://example.com/s?q=a%26b&ref=home");
    }

    @Test
    void resolvesRelativeLinks() {
        assertThat(UrlCanonicalizer.resolve("https://example.com/news/feed.xml", "../world/1.html?utm_source=rss"))
                .isEqualTo("https://example.com/world/1.html");
        assertThat(UrlCanonicalizer.resolve("https://example.com/news/", "//cdn.example.com/a"))
                .isEqualTo("https://cdn.example.com/a");
    }

    @Test
    void refusesWhatIsNotHttp() {
        assertThatThrownBy(() -> UrlCanonicalizer.canonicalize("file:///etc/passwd")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> UrlCanonicalizer.canonicalize("javascript:alert(1)")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> UrlCanonicalizer.canonicalize("/relative")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> UrlCanonicalizer.canonicalize(" ")).isInstanceOf(IllegalArgumentException.class);
    }
}
