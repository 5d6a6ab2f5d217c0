package io.newspipe.store;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the store ({@code NEWSPIPE_STORE_*}). The database is Spring's {@code spring.datasource.*}
 * ({@code SPRING_DATASOURCE_URL}, {@code _USERNAME}, {@code _PASSWORD}).
 *
 * @param defaultPageSize articles per page when the query does not say
 * @param maxPageSize     larger page sizes asked for are cut down to this
 */
@ConfigurationProperties("newspipe.store")
public record StoreProperties(
        @DefaultValue("20") int defaultPageSize,
        @DefaultValue("100") int maxPageSize) {
}
