package org.agendum.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles a small value type with this processor and Immutables, as core is compiled, and checks
 * the declarations and Javadoc it writes against text written here by hand, and that the generated
 * implementation defines every method declared.
 */
class ValueMethodsProcessorTest {

    private static final String TALK = String.join("\n",
            "package p;",
            "import java.util.List;",
            "import java.util.Optional;",
            "import org.immutables.value.Value;",
            "/** A talk. */",
            "@Value.Immutable",
            "public abstract class Talk extends TalkWithers {",
            "    Talk() {}",
            "    /**",
            "     * Returns the title as printed.",
            "     *",
            "     * @return the title",
            "     * @refusedIf the title is blank",
            "     */",
            "    public abstract String title();",
            "    /**",
            "     * Returns the room, e.g. {@code \"A.1\"}.",
            "     *",
            "     * @return the room, if any",
            "     * @refusedIfEmpty the talk would have no place",
            "     */",
            "    public abstract Optional<String> room();",
            "    /**",
            "     * Returns the themes of the talk.",
            "     *",
            "     * @return the topics",
            "     * @refusedIf an entry is blank",
            "     * @refusedIfEmpty the talk would have no theme",
            "     */",
            "    public abstract List<String> topics();",
            "    /**",
            "     * Returns the people who speak.",
            "     *",
            "     * @return the speakers",
            "     * @noun person who speaks | people who speak",
            "     * @refusedIf an entry is blank",
            "     */",
            "    public abstract List<Object> people();",
            "    /**",
            "     * Returns the number of seats.",
            "     *",
            "     * @return the seats",
            "     */",
            "    @Value.Default",
            "    public int seats() {",
            "        return 10;",
            "    }",
            "    /**",
            "     * Returns the code in the printed programme.",
            "     *",
            "     * @return the code",
            "     * @refusedIf the code is blank",
            "     * @refusedIf the code names {@link #title()}",
            "     */",
            "    public abstract String code();",
            "    /** @return a builder */",
            "    public static Builder builder() {",
            "        return ImmutableTalk.builder();",
            "    }",
            "    /** Builds talks. */",
            "    public abstract static class Builder extends TalkBuilderBase {",
            "        Builder() {}",
            "    }",
            "}",
            "");

    /** A value type whose builder needs nothing set and refuses nothing. */
    private static final String BADGE = String.join("\n",
            "package p;",
            "import java.util.Optional;",
            "import org.immutables.value.Value;",
            "/** A badge. */",
            "@Value.Immutable",
            "public abstract class Badge {",
            "    Badge() {}",
            "    /**",
            "     * Returns the text printed on the badge.",
            "     *",
            "     * @return the text, if any",
            "     */",
            "    public abstract Optional<String> text();",
            "    /** @return a builder */",
            "    public static Builder builder() {",
            "        return ImmutableBadge.builder();",
            "    }",
            "    /** Builds badges. */",
            "    public abstract static class Builder extends BadgeBuilderBase {",
            "        Builder() {}",
            "    }",
            "}",
            "");

    /** A value type that does not extend the bases: nothing is generated for it. */
    private static final String ROOM = String.join("\n",
            "package p;",
            "import org.immutables.value.Value;",
            "@Value.Immutable",
            "public abstract class Room {",
            "    public abstract String name();",
            "}",
            "");

    @TempDir
    static Path dir;

    private static List<Diagnostic<? extends JavaFileObject>> diagnostics;
    private static String withers;
    private static String builderBase;

    @BeforeAll
    static void compile() throws IOException {
        Compilation compilation = Compilation.of(dir, Map.of("Talk.java", TALK, "Room.java", ROOM, "Badge.java", BADGE));
        diagnostics = compilation.diagnostics;
        assertThat(compilation.succeeded).as("compilation: %s", diagnostics).isTrue();
        withers = compilation.generated("TalkWithers");
        builderBase = compilation.generated("TalkBuilderBase");
    }

    @Test
    void aRequiredAttribute_getsAWitherAndASetter_withItsMeaningAndWhatIsRefused() {
        assertThat(withers).contains(String.join("\n",
                "    /**",
                "     * Returns a copy of this talk with another title.",
                "     *",
                "     * @param title the title as printed",
                "     * @return a talk based on this one with the requested title",
                "     * @throws NullPointerException if {@code title} is null",
                "     * @throws InvariantViolationException if the title is blank",
                "     * @see Talk#title()",
                "     */",
                "    public Talk withTitle(java.lang.String title) {",
                "        throw new AssertionError(\"ImmutableTalk overrides this method\");",
                "    }"));
        assertThat(builderBase).contains(String.join("\n",
                "     * Sets the title; required.",
                "     *",
                "     * <p>{@link Talk.Builder#build() build()} throws {@link InvariantViolationException} if the title is blank.",
                "     *",
                "     * @param title the title as printed",
                "     * @return this builder",
                "     * @throws NullPointerException if {@code title} is null",
                "     * @throws IllegalStateException if the title is already set",
                "     * @see Talk#title()",
                "     */",
                "    public Talk.Builder title(java.lang.String title) {"));
    }

    @Test
    void anOptionalAttribute_getsTwoOverloads_andSaysWhenRemovingItIsRefused() {
        assertThat(withers).contains(
                "     * Returns a copy of this talk with a room, in place of any it has.",
                "     * @param room the room, e.g. {@code \"A.1\"}\n",
                "    public Talk withRoom(java.lang.String room) {",
                "     * Returns a copy of this talk with a room, or without one if {@code room} is empty.",
                "     * @param room the room, e.g. {@code \"A.1\"}, or empty to remove it",
                "     * @throws InvariantViolationException if it is empty and the talk would have no place",
                "    public Talk withRoom(java.util.Optional<java.lang.String> room) {");
        assertThat(builderBase).contains(
                "     * Sets the room, or leaves the talk without one if {@code room} is empty.",
                "    public Talk.Builder room(java.util.Optional<java.lang.String> room) {");
    }

    @Test
    void aList_getsVarargsAndIterableOverloads_namedAsImmutablesNamesThem() {
        assertThat(withers).contains(
                "     * Returns a copy of this talk with these topics in place of its own.",
                "     * @param topics the themes of the talk; none to remove them all",
                "     * @throws NullPointerException if {@code topics} or one of its elements is null",
                "    public Talk withTopics(java.lang.String... topics) {",
                "     * Returns a copy of this talk with these topics, in iteration order, in place of its own.",
                "    public Talk withTopics(java.lang.Iterable<java.lang.String> topics) {",
                "    public Talk withPeople(java.lang.Iterable<? extends java.lang.Object> people) {");
        assertThat(builderBase).contains(
                "     * Adds a topic after those already added.",
                "     * @param topic the topic to add",
                "    public Talk.Builder addTopic(java.lang.String topic) {",
                "     * Adds topics, in order, after those already added.",
                "    public Talk.Builder addTopics(java.lang.String... topics) {",
                "    public Talk.Builder addAllTopics(java.lang.Iterable<java.lang.String> topics) {",
                "     * Adds a person who speaks after those already added.",
                "    public Talk.Builder addPerson(java.lang.Object person) {",
                "     * Adds people who speak, in order, after those already added.");
    }

    @Test
    void aDefaultedPrimitive_isSetInPlaceOfItsDefault_andCannotBeNull() {
        assertThat(builderBase).contains(String.join("\n",
                "     * Sets the seats, in place of the default that {@link Talk#seats()} states.",
                "     *",
                "     * @param seats the number of seats",
                "     * @return this builder",
                "     * @throws IllegalStateException if the seats is already set"));
        assertThat(withers).contains("    public Talk withSeats(int seats) {")
                .doesNotContain("{@code seats} is null");
    }

    @Test
    void build_saysWhichAttributesMustBeSet_andListsEachDistinctRefusalInAccessorOrder() {
        // Required: the title and the code (not the optional room, the lists or the defaulted seats).
        // Refused: each accessor's @refusedIf, the room's and the topics' @refusedIfEmpty (an unset room
        // and a list left empty are empty), and the text the topics and the people share, once; each of
        // the code's two tags, as an item of its own; links to the type's members are qualified.
        assertThat(builderBase).contains(String.join("\n",
                "    /**",
                "     * Builds the talk from the attributes set so far.",
                "     *",
                "     * <p>The title and the code must be set. Then it checks the talk's invariants, and throws {@link "
                        + "InvariantViolationException} if:",
                "     * <ul>",
                "     * <li>the title is blank;",
                "     * <li>the talk would have no place;",
                "     * <li>an entry is blank;",
                "     * <li>the talk would have no theme;",
                "     * <li>the code is blank;",
                "     * <li>the code names {@link Talk#title()}.",
                "     * </ul>",
                "     *",
                "     * @return the talk",
                "     * @throws IllegalStateException if the title or the code is not set",
                "     * @throws InvariantViolationException if an invariant above does not hold",
                "     */",
                "    public Talk build() {",
                "        throw new AssertionError(\"ImmutableTalk overrides this method\");",
                "    }"));
    }

    @Test
    void build_withNothingRequiredAndNothingRefused_saysSoAndThrowsNothing() throws IOException {
        assertThat(Files.readString(dir.resolve("generated/p/BadgeBuilderBase.java"))).contains(String.join("\n",
                "    /**",
                "     * Builds the badge from the attributes set so far.",
                "     *",
                "     * @return the badge",
                "     */",
                "    public Badge build() {"));
    }

    @Test
    void repeatedRefusedIfTags_areJoinedInTheWithMethodsThrowsClause() {
        assertThat(withers).contains(String.join("\n",
                "     * @throws InvariantViolationException if the code is blank, or if the code names {@link Talk#title()}",
                "     * @see Talk#code()"));
    }

    @Test
    void immutablesImplementation_definesEveryDeclaredMethod() throws Exception {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.resolve("classes").toUri().toURL()}, getClass().getClassLoader())) {
            Class<?> talk = loader.loadClass("p.Talk");
            Object builder = talk.getMethod("builder").invoke(null);
            Class<?> builderType = loader.loadClass("p.Talk$Builder");
            builderType.getMethod("title", String.class).invoke(builder, "Keynote");
            builderType.getMethod("code", String.class).invoke(builder, "K1");
            builderType.getMethod("addTopics", String[].class).invoke(builder, (Object) new String[] {"a", "b"});
            Method build = builderType.getMethod("build");
            assertThat(build.getDeclaringClass()).as("javac's public bridge").isEqualTo(builderType);
            Object value = build.invoke(builder);
            // Called by reflection through the public types, as Groovy or a bean tool would: the
            // methods are declared in package-private bases, reachable through javac's public bridges.
            Method withTitle = talk.getMethod("withTitle", String.class);
            Object copy = withTitle.invoke(value, "Closing");
            assertThat(talk.getMethod("title").invoke(copy)).isEqualTo("Closing");
            assertThat(talk.getMethod("topics").invoke(copy)).isEqualTo(List.of("a", "b"));
            assertThat(talk.getMethod("room").invoke(talk.getMethod("withRoom", String.class).invoke(copy, "A.1"))).isEqualTo(Optional.of("A.1"));
            assertThat(talk.getMethod("seats").invoke(copy)).isEqualTo(10);
        }
    }

    @Test
    void aTypeThatDoesNotExtendTheBases_getsNothing() {
        assertThat(dir.resolve("generated/p/RoomWithers.java")).doesNotExist();
        assertThat(dir.resolve("generated/p/RoomBuilderBase.java")).doesNotExist();
        assertThat(dir.resolve("generated/p/TalkWithers.java")).exists();
    }

    @Test
    void theCompilation_hasNoWarnings() {
        List<String> warnings = new ArrayList<>();
        diagnostics.stream().filter(d -> d.getKind() != Diagnostic.Kind.NOTE).forEach(d -> warnings.add(d.toString()));
        assertThat(warnings).isEmpty();
    }
}
