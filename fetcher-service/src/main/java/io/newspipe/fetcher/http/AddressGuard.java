package io.newspipe.fetcher.http;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Keeps the fetcher from being pointed at the machine it runs on or at its private network (server-side
 * request forgery): only http and https, and every address a host resolves to must be public, unless a
 * setting allows loopback or private addresses (tests, intranet news sites).
 */
public final class AddressGuard {

    private final boolean allowLoopback;
    private final boolean allowPrivate;

    public AddressGuard(boolean allowLoopback, boolean allowPrivate) {
        this.allowLoopback = allowLoopback;
        this.allowPrivate = allowPrivate;
    }

    /** Why {@code url} must not be fetched, or null when it may. Resolves the host name. */
    public String refusal(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return "scheme not allowed: " + scheme;
        }
        String host = url.getHost();
        if (host == null || host.isEmpty()) {
            return "no host";
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            return null; // the request itself reports the unknown host, as a network error
        }
        for (InetAddress address : addresses) {
            String refused = refusal(address);
            if (refused != null) {
                return host + " resolves to " + address.getHostAddress() + ", " + refused;
            }
        }
        return null;
    }

    /** Why a connection to {@code address} is refused, or null. */
    String refusal(InetAddress address) {
        if (address.isLoopbackAddress()) {
            return allowLoopback ? null : "a loopback address";
        }
        if (allowPrivate) {
            return null;
        }
        if (address.isAnyLocalAddress()) {
            return "the unspecified address";
        }
        if (address.isLinkLocalAddress()) {
            return "a link-local address (cloud metadata lives there)";
        }
        if (address.isSiteLocalAddress() || isUniqueLocal(address) || isCarrierGradeNat(address)) {
            return "a private address";
        }
        if (address.isMulticastAddress()) {
            return "a multicast address";
        }
        return null;
    }

    private static boolean isUniqueLocal(InetAddress address) {
        return address instanceof Inet6Address && (address.getAddress()[0] & 0xfe) == 0xfc; // fc00::/7
    }

    private static boolean isCarrierGradeNat(InetAddress address) {
        if (!(address instanceof Inet4Address)) {
            return false;
        }
        byte[] b = address.getAddress();
        return (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64; // 100.64.0.0/10
    }
}
