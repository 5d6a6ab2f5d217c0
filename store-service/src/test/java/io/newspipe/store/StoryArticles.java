package io.newspipe.store;

import static io.newspipe.store.TestArticles.article;
import static io.newspipe.store.TestArticles.entity;

import io.newspipe.contract.EnrichedArticle;
import io.newspipe.contract.EnrichedArticle.EntityType;
import java.time.Instant;
import java.util.List;

/**
 * Articles for story and search tests: a Turkish and an English report of one event (Lukashenko and Putin
 * in Minsk, S-400 and Iskander on duty), written like the seed articles and with the shared canonical
 * entity ids an enricher gives them, and reports of other events.
 */
public final class StoryArticles {

    public static final String LUKASHENKO = "per:alexander-lukashenko";
    public static final String PUTIN = "per:vladimir-putin";

    private StoryArticles() {
    }

    public static EnrichedArticle turkishMinskSummit(Instant fetchedAt) {
        return article("https://haber.example/dunya/lukasenko-s-400-iskender", "tr", fetchedAt, List.of(
                        "Aleksandr Lukaşenko: S-400 ve İskender sistemleri devrede",
                        "Belarus Cumhurbaşkanı Aleksandr Lukaşenko, ülkesinin başkenti Minsk’te Rusya Devlet Başkanı"
                                + " Vladimir Putin ile bir araya geldi.",
                        "Rusya, İskender'i ve S-400 hava savunma sistemlerini daha önce Belarus’a sevk etmişti.",
                        "Lukaşenko, \"S-400 sistemlerini ve en önemlisi İskender sistemini bugün devreye soktuk.\" dedi.",
                        "Putin, ABD'nin de NATO kapsamında benzer faaliyetler yürüttüğünü söyledi."),
                entity(LUKASHENKO, EntityType.PERSON, "Alexander Lukashenko", "Q7314", 0.9, "Aleksandr Lukaşenko", "Lukaşenko"),
                entity(PUTIN, EntityType.PERSON, "Vladimir Putin", "Q7747", 0.7, "Vladimir Putin", "Putin"),
                entity("loc:minsk", EntityType.LOCATION, "Minsk", "Q2280", 0.3, "Minsk"),
                entity("loc:belarus", EntityType.LOCATION, "Belarus", "Q184", 0.6, "Belarus"),
                entity("loc:russia", EntityType.LOCATION, "Russia", "Q159", 0.5, "Rusya"),
                entity("misc:s-400", EntityType.MISC, "S-400", "Q379364", 0.4, "S-400"),
                entity("misc:iskander", EntityType.MISC, "9K720 Iskander", "Q379488", 0.4, "İskender"),
                entity("org:nato", EntityType.ORGANIZATION, "NATO", "Q7184", 0.1, "NATO"),
                entity("loc:usa", EntityType.LOCATION, "United States", "Q30", 0.1, "ABD"));
    }

    public static EnrichedArticle englishMinskSummit(Instant fetchedAt) {
        return article("https://news.example/world/lukashenka-missile-system-combat-duty", "en", fetchedAt, List.of(
                        "Lukashenka: Russian supplied missile system enters combat duty state",
                        "President Lukashenka of Belarus and visiting Russian President Putin attended the press conference"
                                + " after holding talks in Minsk.",
                        "According to the Interfax News Agency, Lukashenko said the S-400 air defense missile system and the"
                                + " Iskandar missile system provided by Russia had entered combat duty.",
                        "Lukashenko was worried about the policy pursued by the governments of Lithuania and Poland."),
                entity(LUKASHENKO, EntityType.PERSON, "Alexander Lukashenko", "Q7314", 0.9, "Lukashenka", "Lukashenka", "Lukashenko"),
                entity(PUTIN, EntityType.PERSON, "Vladimir Putin", "Q7747", 0.7, "Putin"),
                entity("loc:minsk", EntityType.LOCATION, "Minsk", "Q2280", 0.4, "Minsk"),
                entity("loc:belarus", EntityType.LOCATION, "Belarus", "Q184", 0.6, "Belarus"),
                entity("loc:russia", EntityType.LOCATION, "Russia", "Q159", 0.5, "Russia"),
                entity("misc:s-400", EntityType.MISC, "S-400", "Q379364", 0.5, "S-400"),
                entity("misc:iskander", EntityType.MISC, "9K720 Iskander", "Q379488", 0.4, "Iskandar"),
                entity("org:interfax", EntityType.ORGANIZATION, "Interfax", "Q1136489", 0.2, "Interfax News Agency"),
                entity("loc:lithuania", EntityType.LOCATION, "Lithuania", "Q37", 0.1, "Lithuania"),
                entity("loc:poland", EntityType.LOCATION, "Poland", "Q36", 0.1, "Poland"));
    }

    /** Another event with two of the summit's people and places: Putin in Moscow, about gas. */
    public static EnrichedArticle putinOnGas(Instant fetchedAt) {
        return article("https://news.example/business/putin-gas-exports", "en", fetchedAt, List.of(
                        "Putin orders review of gas exports",
                        "Vladimir Putin told Gazprom executives in Moscow that Russia would review its gas exports."),
                entity(PUTIN, EntityType.PERSON, "Vladimir Putin", "Q7747", 0.9, "Putin", "Vladimir Putin"),
                entity("org:gazprom", EntityType.ORGANIZATION, "Gazprom", "Q102673", 0.5, "Gazprom"),
                entity("loc:moscow", EntityType.LOCATION, "Moscow", "Q649", 0.4, "Moscow"),
                entity("loc:russia", EntityType.LOCATION, "Russia", "Q159", 0.6, "Russia"));
    }

    /** An unrelated event: markets in Frankfurt. */
    public static EnrichedArticle frankfurtMarkets(Instant fetchedAt) {
        return article("https://news.example/markets/frankfurt-stocks", "en", fetchedAt, List.of(
                        "Stocks rise in Frankfurt",
                        "Shares rose in Frankfurt after the European Central Bank held rates."),
                entity("loc:frankfurt", EntityType.LOCATION, "Frankfurt", "Q1794", 0.7, "Frankfurt", "Frankfurt"),
                entity("org:ecb", EntityType.ORGANIZATION, "European Central Bank", "Q8901", 0.8, "European Central Bank"));
    }
}
