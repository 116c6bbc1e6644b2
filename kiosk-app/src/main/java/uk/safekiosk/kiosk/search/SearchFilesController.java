package uk.safekiosk.kiosk.search;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriUtils;

/**
 * Serves the pictures stored with vetted sites ({@code /search-files/<site>/<path>}) to logged-on users. A picture is
 * sent with a policy that lets nothing in it run (an SVG opened on its own included).
 */
@RestController
class SearchFilesController {

    private static final String PREFIX = "/" + PageSanitiser.FILES + "/";
    private static final Map<String, MediaType> TYPES = Map.of(
            "svg", MediaType.valueOf("image/svg+xml"), "png", MediaType.IMAGE_PNG, "gif", MediaType.IMAGE_GIF,
            "jpg", MediaType.IMAGE_JPEG, "jpeg", MediaType.IMAGE_JPEG, "webp", MediaType.valueOf("image/webp"));

    private final SearchService search;

    SearchFilesController(SearchService search) {
        this.search = search;
    }

    @GetMapping(PREFIX + "{siteId}/**")
    ResponseEntity<byte[]> picture(@PathVariable String siteId, HttpServletRequest request) {
        String uri = request.getRequestURI().substring(request.getContextPath().length());
        String path = UriUtils.decode(uri.substring(PREFIX.length() + siteId.length() + 1), StandardCharsets.UTF_8);
        String extension = path.substring(path.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return search.picture(siteId, path)
                .map(bytes -> ResponseEntity.ok()
                        .contentType(TYPES.getOrDefault(extension, MediaType.APPLICATION_OCTET_STREAM))
                        .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePrivate())
                        .header("X-Content-Type-Options", "nosniff")
                        .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox")
                        .body(bytes))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
