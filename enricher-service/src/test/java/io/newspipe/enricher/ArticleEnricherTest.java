package io.newspipe.enricher;

import static org.assertj.core.api.Assertions.assertThat;

import io.newspipe.contract.CleanArticle;
import io.newspipe.contract.EnrichedArticle;
import io.newspipe.contract.EventCodec;
import io.newspipe.contract.Topics;
import io.newspipe.testsupport.ContractAssertions;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleEnricherTest {

    private final ArticleEnricher enricher = TestEnrichers.enricher();
    private final EventCodec codec = new EventCodec();

    @Test
    void enrichesAnArticleIntoAValidEvent() {
        CleanArticle article = TestEnrichers.article("0123456789abcdef0123456789abcdef", "Erdoğan Ankara'da",
                List.of("Cumhurbaşkanı Recep Tayyip Erdoğan, Ankara’da NATO Genel Sekreteri ile görüştü.",
                        "Görüşmede Ukrayna ve Karadeniz’deki güvenlik durumu ele alındı."));
        EnrichedArticle enriched = enricher.enrich(article);
        assertThat(enriched.id()).isEqualTo(article.id());
        assertThat(enriched.article()).isEqualTo(article);
        assertThat(enriched.enrichedAt()).isEqualTo(TestEnrichers.CLOCK.instant());
        assertThat(enriched.language().code()).isEqualTo("tr");
        assertThat(enriched.entities()).extracting(EnrichedArticle.Entity::id).contains(
                "per:recep-tayyip-erdogan", "loc:city:ankara", "org:nato", "loc:country:UA", "loc:region:black-sea");
        assertThat(enriched.entities().get(0).id()).as("in the title and first").isEqualTo("per:recep-tayyip-erdogan");
        assertThat(enriched.entities().get(0).qid()).isEqualTo("Q39259");
        ContractAssertions.assertConforms(Topics.ENRICHED_ARTICLES, codec.write(enriched));
    }

    @Test
    void oddInputGivesUndeterminedAndNoEntities() {
        for (List<String> paragraphs : List.of(List.<String>of(), List.of("   "), List.of("12 34 56", "…"))) {
            CleanArticle article = TestEnrichers.article("0123456789abcdef0123456789abcdef", null, paragraphs);
            EnrichedArticle enriched = enricher.enrich(article);
            assertThat(enriched.language().code()).isEqualTo("und");
            assertThat(enriched.entities()).isEmpty();
            ContractAssertions.assertConforms(Topics.ENRICHED_ARTICLES, codec.write(enriched));
        }
        CleanArticle nulls = new CleanArticle(1, "0123456789abcdef0123456789abcdef", "x", null, null, "0".repeat(64), null,
                null, null, null, null, null, null, null, null, null, null, null, CleanArticle.Status.EMPTY, "empty", null);
        assertThat(enricher.enrich(nulls).language().code()).isEqualTo("und");
    }
}
