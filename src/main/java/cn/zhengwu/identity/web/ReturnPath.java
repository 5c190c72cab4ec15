package cn.zhengwu.identity.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Where to send someone back to after an action they took from the page layout: the page named by the
 * {@code Referer}, but only on this site. Anything else (another site, a scheme-relative path, nonsense) goes
 * home, so the header cannot turn the redirect into an open one.
 */
final class ReturnPath {

    static final String HOME = "/";

    private ReturnPath() {
    }

    /**
     * @param referer the {@code Referer} header, if any
     * @param origin this site as the client reached it: scheme, host and port
     * @param contextPath the application's context path ({@code ""} at the root)
     * @return a path within the application, with its query, without the context path
     */
    static String from(@Nullable String referer, URI origin, String contextPath) {
        if (referer == null || referer.isBlank()) {
            return HOME;
        }
        URI uri;
        try {
            uri = new URI(referer.strip());
        }
        catch (URISyntaxException unreadable) {
            return HOME;
        }
        String path = uri.getRawPath();
        if (!sameOrigin(uri, origin) || path == null || !path.startsWith(contextPath + "/")) {
            return HOME;
        }
        String within = path.substring(contextPath.length());
        if (within.startsWith("//") || within.contains("\\")) {
            return HOME;
        }
        return uri.getRawQuery() == null ? within : within + "?" + uri.getRawQuery();
    }

    private static boolean sameOrigin(URI uri, URI origin) {
        return uri.getScheme() != null && uri.getHost() != null
            && uri.getScheme().equalsIgnoreCase(origin.getScheme())
            && uri.getHost().toLowerCase(Locale.ROOT).equals(origin.getHost().toLowerCase(Locale.ROOT))
            && port(uri) == port(origin);
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
