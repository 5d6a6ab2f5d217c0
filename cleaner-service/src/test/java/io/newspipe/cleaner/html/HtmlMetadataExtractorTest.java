package io.newspipe.cleaner.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class HtmlMetadataExtractorTest {

    @Test
    void jsonLdWrappedInCdataIsRead() {
        PageMetadata m = HtmlMetadataExtractor.extract(Jsoup.parse("""
                <html><head><title>Short social title - Example Times</title>
                <meta property="og:title" content="Short social title">
                <script type="application/ld+json">
                //<![CDATA[
                {"@type":"NewsArticle","headline":"The full editorial headline of the story",
                 "datePublished":"2024-03-05T10:15:00+01:00","author":{"@type":"Person","name":"Jane Doe"}}
                //]]>
                </script></head><body><h1>The full editorial headline of the story</h1></body></html>
                """));
        assertThat(m.title()).isEqualTo("The full editorial headline of the story");
        assertThat(m.publishedAt()).isEqualTo(Instant.parse("2024-03-05T09:15:00Z"));
        assertThat(m.byline()).isEqualTo("Jane Doe");
    }

    @Test
    void dublinCorePropertyWinsOverNameAndOverPlainAuthor() {
        PageMetadata m = HtmlMetadataExtractor.extract(Jsoup.parse("""
                <html><head><title>Title element</title>
                <meta name="author" content="Meta author">
                <meta name="DC.title" content="Name title">
                <meta property="dc:title" content="Property title">
                <meta property="dc:creator" content="Property creator">
                </head><body></body></html>
                """));
        assertThat(m.title()).isEqualTo("Property title");
        assertThat(m.byline()).isEqualTo("Property creator");
    }

    @Test
    void titleElementIsCutToTheSegmentShownAsHeadline() {
        PageMetadata m = HtmlMetadataExtractor.extract(Jsoup.parse("""
                <html><head><title>World | Floods close the northern rail line - The Daily Example</title></head>
                <body><h1>Floods close the northern rail line</h1><p>Text.</p></body></html>
                """));
        assertThat(m.title()).isEqualTo("Floods close the northern rail line");
    }
}
