package io.newspipe.fetcher.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AddressGuardTest {

    private final AddressGuard strict = new AddressGuard(false, false);

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1/", "http://localhost/", "http://[::1]/", "http://10.1.2.3/",
            "http://192.168.0.1/", "http://172.16.5.5/", "http://169.254.169.254/latest/meta-data/",
            "http://[fd00:ec2::254]/", "http://100.64.0.1/", "http://0.0.0.0/", "http://[fe80::1]/"})
    void refusesNonPublicAddresses(String url) {
        assertThat(strict.refusal(URI.create(url))).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://93.184.215.14/", "https://[2606:4700::6810:84e5]/"})
    void allowsPublicAddresses(String url) {
        assertThat(strict.refusal(URI.create(url))).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://93.184.215.14/", "file:///etc/passwd", "gopher://93.184.215.14/"})
    void refusesOtherSchemes(String url) {
        assertThat(strict.refusal(URI.create(url))).startsWith("scheme not allowed");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8080/"})
    void allowsLoopbackOnlyWhenToldTo(String url) {
        assertThat(new AddressGuard(true, false).refusal(URI.create(url))).isNull();
        assertThat(new AddressGuard(true, false).refusal(URI.create("http://10.0.0.1/"))).isNotNull();
    }
}
