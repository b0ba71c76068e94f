package org.agendum.core.validation.internal;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.agendum.core.model.Event;
import org.agendum.core.validation.Reporter;
import org.agendum.core.validation.ValidationContext;

/**
 * Checks of contact data: e-mail addresses, web addresses and telephone numbers of every party,
 * and the event's own links.
 */
public final class ContactDataChecks {

    /**
     * A local part without spaces or {@code @}, and a domain of two or more labels of letters,
     * digits and inner hyphens (internationalized domains included).
     */
    private static final Pattern EMAIL = Pattern.compile(
            "[^\\s@]+@(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?\\.)+[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?");

    /**
     * Digits with the separators people print ({@code " " . - / ( )}), an optional leading
     * {@code +}: "+33 (0)1 53 41 81 92", "(02) 9876 5432".
     */
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ().\\-/]+");

    /** Fewer digits than this cannot reach anyone outside a building. */
    private static final int MIN_PHONE_DIGITS = 6;

    /** E.164 allows 15 digits; printed numbers may add a trunk prefix such as "(0)". */
    private static final int MAX_PHONE_DIGITS = 17;

    private ContactDataChecks() {}

    /** INVALID_EMAIL. */
    public static void emails(ValidationContext context, Reporter reporter) {
        for (PartyOccurrences.Occurrence occurrence : PartyOccurrences.of(context.event())) {
            occurrence.party.email().filter(email -> !EMAIL.matcher(email).matches()).ifPresent(email ->
                    reporter.report(occurrence.path + "/email", "e-mail address '" + email + "' of '"
                            + occurrence.party.displayName() + "' is not of the form name@example.org"));
        }
    }

    /** INVALID_PHONE. */
    public static void phones(ValidationContext context, Reporter reporter) {
        for (PartyOccurrences.Occurrence occurrence : PartyOccurrences.of(context.event())) {
            occurrence.party.phone().filter(phone -> !isPhone(phone)).ifPresent(phone ->
                    reporter.report(occurrence.path + "/phone", "telephone number '" + phone + "' of '"
                            + occurrence.party.displayName() + "' should be " + MIN_PHONE_DIGITS + " to "
                            + MAX_PHONE_DIGITS + " digits with spaces, dots, dashes or brackets, and '+' only first"));
        }
    }

    static boolean isPhone(String phone) {
        long digits = phone.chars().filter(c -> c >= '0' && c <= '9').count();
        return PHONE.matcher(phone).matches() && digits >= MIN_PHONE_DIGITS && digits <= MAX_PHONE_DIGITS;
    }

    /** INVALID_URL. */
    public static void urls(ValidationContext context, Reporter reporter) {
        Event event = context.event();
        Map<String, URI> urls = new LinkedHashMap<>();
        for (PartyOccurrences.Occurrence occurrence : PartyOccurrences.of(event)) {
            add(urls, occurrence.party.url(), occurrence.path + "/url");
        }
        for (int i = 0; i < event.links().size(); i++) {
            add(urls, Optional.of(event.links().get(i).uri()), "/links/" + i + "/uri");
        }
        add(urls, event.registration().flatMap(r -> r.url()), "/registration/url");
        add(urls, event.onlineLocation().flatMap(o -> o.url()), "/onlineLocation/url");
        add(urls, event.venue().flatMap(v -> v.url()), "/venue/url");
        urls.forEach((path, uri) -> {
            if (!isWebAddress(uri)) {
                reporter.report(path, "'" + uri + "' is not a web address: it needs http or https and a host");
            }
        });
    }

    private static void add(Map<String, URI> urls, Optional<URI> uri, String path) {
        uri.ifPresent(u -> urls.put(path, u));
    }

    static boolean isWebAddress(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String authority = uri.getRawAuthority();
        return (scheme.equals("http") || scheme.equals("https")) && !uri.isOpaque()
                && authority != null && !authority.isEmpty() && !authority.startsWith(":") && !authority.startsWith("@");
    }
}
