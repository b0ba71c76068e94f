package org.agendum.consumers.jackson2;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.agendum.json.AgendumJsonModule;
import org.junit.jupiter.api.Test;

/**
 * What cannot work beside Jackson 2.17 fails at once and says what to do: {@link
 * AgendumJsonModule} belongs in a Jackson 3 mapper, and a Jackson 3 mapper needs newer annotations.
 */
class AgendumJsonModuleOnJackson2Test {

    @Test
    void creatingTheModule_failsNamingTheVersionNeeded_theVersionFound_andHowToGetIt() {
        assertThatThrownBy(AgendumJsonModule::new)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("com.fasterxml.jackson.core:jackson-annotations 2.21 or newer")
                .hasMessageContaining("found version " + Jackson2App.pinnedJacksonVersion() + " (")
                .hasMessageContaining("jackson-annotations-" + Jackson2App.pinnedJacksonVersion() + ".jar")
                .hasMessageContaining("<dependency><groupId>com.fasterxml.jackson.core</groupId>"
                        + "<artifactId>jackson-annotations</artifactId><version>2.21</version></dependency>")
                .hasMessageContaining("tools.jackson:jackson-bom")
                .hasMessageContaining("JsonEventFormat itself works");
    }
}
