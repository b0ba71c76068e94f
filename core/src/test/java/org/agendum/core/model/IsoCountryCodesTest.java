package org.agendum.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link IsoCountryCodes}, the model's fixed list of ISO 3166-1 alpha-2 codes. */
class IsoCountryCodesTest {

    @Test
    void codes_areTheJdksIsoCountries_onTheJdksTheBuildRunsOn() {
        // JDK 17 and 25 agree (249 codes). Should a later JDK differ, the model keeps its list:
        // deciding to follow is a change of the format, with the schema's countryCode enum.
        assertThat(IsoCountryCodes.all())
                .as("the JDK's Locale.getISOCountries() on Java %s", Runtime.version())
                .isEqualTo(Set.of(Locale.getISOCountries()))
                .hasSize(249);
    }

    @Test
    void codes_leaveOutReservedAndUserAssignedCodes() {
        // Exceptionally reserved (UK, EU), user-assigned (XK, XX, ZZ), withdrawn (AN, YU), not codes at all.
        for (String code : new String[] {"UK", "EU", "XK", "XX", "AN", "YU", "ZZ", "mx", "MEX", ""}) {
            assertThat(IsoCountryCodes.isAssigned(code)).as(code).isFalse();
        }
        for (String code : new String[] {"MX", "UY", "FR", "GB", "SS", "BQ", "CW", "SX"}) {
            assertThat(IsoCountryCodes.isAssigned(code)).as(code).isTrue();
        }
    }
}
