package org.agendum.core.validation.internal;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agendum.core.model.Event;
import org.agendum.core.model.Link;
import org.agendum.core.model.Party;
import org.agendum.core.time.ScheduledBlock;
import org.agendum.core.validation.Reporter;
import org.agendum.core.validation.ValidationContext;

/**
 * Checks of contact data: e-mail addresses, web addresses and telephone numbers of every party,
 * and the links of the event and of its blocks.
 */
public final class ContactDataChecks {

    /** One atom of a local part: letters (any script), digits and RFC 5322's other atext characters. */
    private static final String ATOM = "[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]+";

    /** One label of a domain: letters (any script) and digits, with hyphens inside. */
    private static final String LABEL = "[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?";

    /**
     * A dot-atom local part ("f.medina", no leading, trailing or double dots, no spaces or
     * quotes), and a domain of two or more labels whose last one starts with a letter
     * ("cites-unies-france.org", "bücher.de"); internationalized addresses (RFC 6531) included.
     */
    private static final Pattern EMAIL = Pattern.compile(
            ATOM + "(?:\\." + ATOM + ")*@(?:" + LABEL + "\\.)+\\p{L}(?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?");

    /** A host name: labels separated by dots. */
    private static final Pattern HOST = Pattern.compile(LABEL + "(?:\\." + LABEL + ")*\\.?");

    /**
     * Digits with the separators people print (spaces, no-break spaces, {@code . - / ( )}), and
     * an optional leading {@code +}: "+33 (0)1 53 41 81 92", "(02) 9876 5432".
     */
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 \\u00A0\\u202F().\\-/]+");

    /**
     * An extension after the number, as people print it: "ext. 12", "ext 12", "extn 12",
     * "extension 12", "x12", "poste 12" (French), "#12", optionally after a comma or semicolon.
     * Its digits do not count towards the number's.
     */
    private static final Pattern EXTENSION = Pattern.compile(
            "[ \\u00A0\\u202F]*[,;]?[ \\u00A0\\u202F]*(?:ext\\.?|extn\\.?|extension|x|poste|#)[ \\u00A0\\u202F]*[0-9]{1,6}$",
            Pattern.CASE_INSENSITIVE);

    /** Fewer digits than this cannot reach anyone outside a building. */
    private static final int MIN_PHONE_DIGITS = 6;

    /** E.164 allows 15 digits; printed numbers may add a trunk prefix such as "(0)". */
    private static final int MAX_PHONE_DIGITS = 17;

    private ContactDataChecks() {}

    /** INVALID_EMAIL, at {@code /parties/i/email}: each party is defined, and checked, once. */
    public static void emails(ValidationContext context, Reporter reporter) {
        List<Party> parties = context.event().parties();
        for (int i = 0; i < parties.size(); i++) {
            Party party = parties.get(i);
            String path = "/parties/" + i + "/email";
            party.email().filter(email -> !EMAIL.matcher(email).matches()).ifPresent(email ->
                    reporter.report(path, "e-mail address '" + email + "' of '" + party.displayName()
                            + "' is not of the form name@example.org"));
        }
    }

    /** INVALID_PHONE, at {@code /parties/i/phone}. */
    public static void phones(ValidationContext context, Reporter reporter) {
        List<Party> parties = context.event().parties();
        for (int i = 0; i < parties.size(); i++) {
            Party party = parties.get(i);
            String path = "/parties/" + i + "/phone";
            party.phone().filter(phone -> !isPhone(phone)).ifPresent(phone ->
                    reporter.report(path, "telephone number '" + phone + "' of '" + party.displayName()
                            + "' should be " + MIN_PHONE_DIGITS + " to " + MAX_PHONE_DIGITS
                            + " digits with spaces, dots, dashes or brackets, '+' only first, and an optional"
                            + " extension ('ext. 12')"));
        }
    }

    static boolean isPhone(String phone) {
        Matcher extension = EXTENSION.matcher(phone);
        String number = extension.find() ? phone.substring(0, extension.start()) : phone;
        long digits = number.chars().filter(c -> c >= '0' && c <= '9').count();
        return PHONE.matcher(number).matches() && digits >= MIN_PHONE_DIGITS && digits <= MAX_PHONE_DIGITS;
    }

    /** INVALID_URL. */
    public static void urls(ValidationContext context, Reporter reporter) {
        Event event = context.event();
        Map<String, URI> urls = new LinkedHashMap<>();
        List<Party> parties = event.parties();
        for (int i = 0; i < parties.size(); i++) {
            add(urls, parties.get(i).url(), "/parties/" + i + "/url");
        }
        for (int i = 0; i < event.links().size(); i++) {
            add(urls, Optional.of(event.links().get(i).url()), "/links/" + i + "/url");
        }
        for (ScheduledBlock block : context.timetable().blocks()) {
            List<Link> links = block.block().links();
            for (int i = 0; i < links.size(); i++) {
                add(urls, Optional.of(links.get(i).url()), block.path() + "/links/" + i + "/url");
            }
            add(urls, block.block().registration().flatMap(r -> r.url()), block.path() + "/registration/url");
            add(urls, block.block().onlineLocation().flatMap(o -> o.url()), block.path() + "/onlineLocation/url");
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

    /**
     * An http or https URI with a host: a name (internationalized names included, which {@link
     * URI#getHost()} does not parse), an IPv4 address or a bracketed IPv6 address, after any user
     * information and before any port.
     */
    static boolean isWebAddress(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String authority = uri.getAuthority();
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.isOpaque() || authority == null) {
            return false;
        }
        String hostAndPort = authority.substring(authority.lastIndexOf('@') + 1);
        if (hostAndPort.startsWith("[")) {
            return hostAndPort.matches("\\[[0-9A-Fa-f:.]+](?::[0-9]*)?");
        }
        String host = hostAndPort.replaceFirst(":[0-9]*$", "");
        return HOST.matcher(host).matches();
    }
}
