package org.agendum.processor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles a value type and a composer whose step is annotated {@code @ComposerStep}, and checks the
 * step's generated base against text written here by hand, and that the step's methods, called through
 * the public step as a user would, set the value's attributes.
 */
class ComposerStepTest {

    private static final String ANNOTATION = String.join("\n",
            "package p;",
            "import java.lang.annotation.ElementType;",
            "import java.lang.annotation.Retention;",
            "import java.lang.annotation.RetentionPolicy;",
            "import java.lang.annotation.Target;",
            "@Retention(RetentionPolicy.SOURCE)",
            "@Target(ElementType.TYPE)",
            "@interface ComposerStep {",
            "    Class<?> of();",
            "    Class<?> extending();",
            "    String builtBy();",
            "    String[] except() default {};",
            "}",
            "");

    private static final String SESSION = String.join("\n",
            "package p;",
            "import java.util.List;",
            "import java.util.Optional;",
            "import org.immutables.value.Value;",
            "/** A session. */",
            "@Value.Immutable",
            "public abstract class Session {",
            "    Session() {}",
            "    /**",
            "     * Returns the title.",
            "     *",
            "     * @return the title",
            "     */",
            "    public abstract String title();",
            "    /**",
            "     * Returns the room, as printed.",
            "     *",
            "     * @return the room, if any",
            "     * @refusedIf the room is blank",
            "     */",
            "    public abstract Optional<String> room();",
            "    /**",
            "     * Returns a note.",
            "     *",
            "     * @return the note, if any",
            "     */",
            "    public abstract Optional<String> note();",
            "    /**",
            "     * Returns the themes of the session.",
            "     *",
            "     * @return the topics",
            "     */",
            "    public abstract List<String> topics();",
            "    /** @return whether the session is recorded; true by default */",
            "    @Value.Default",
            "    public boolean recorded() {",
            "        return true;",
            "    }",
            "    /** @return a builder */",
            "    public static Builder builder() {",
            "        return ImmutableSession.builder();",
            "    }",
            "    /** Builds sessions. */",
            "    public abstract static class Builder extends SessionBuilderBase {",
            "        Builder() {}",
            "    }",
            "}",
            "");

    private static final String CHAIN = String.join("\n",
            "package p;",
            "abstract class Chain {",
            "    Chain() {}",
            "    /** @return a greeting */",
            "    public String hello() {",
            "        return \"hello\";",
            "    }",
            "}",
            "");

    private static final String PROGRAMME = String.join("\n",
            "package p;",
            "import java.util.ArrayList;",
            "import java.util.LinkedHashMap;",
            "import java.util.List;",
            "import java.util.Map;",
            "import java.util.function.Consumer;",
            "/** Composes a session. */",
            "public final class Programme {",
            "    private final Map<String, Consumer<Session.Builder>> values = new LinkedHashMap<>();",
            "    private final List<Consumer<Session.Builder>> additions = new ArrayList<>();",
            "    /** @return the step */",
            "    public Step step() {",
            "        return new Step();",
            "    }",
            "    /** A session being composed. */",
            "    @ComposerStep(of = Session.class, extending = Chain.class, builtBy = \"build()\", except = \"note\")",
            "    public final class Step extends ProgrammeStepBase {",
            "        Step() {}",
            "        @Override",
            "        Step put(String attribute, Consumer<Session.Builder> setter) {",
            "            values.put(attribute, setter);",
            "            return this;",
            "        }",
            "        @Override",
            "        Step append(Consumer<Session.Builder> adder) {",
            "            additions.add(adder);",
            "            return this;",
            "        }",
            "        /** @return the session */",
            "        public Session build() {",
            "            Session.Builder builder = Session.builder().title(\"Opening\");",
            "            values.values().forEach(setter -> setter.accept(builder));",
            "            additions.forEach(adder -> adder.accept(builder));",
            "            return builder.build();",
            "        }",
            "    }",
            "}",
            "");

    @TempDir
    static Path dir;

    private static Compilation compilation;
    private static String base;

    @BeforeAll
    static void compile() throws IOException {
        compilation = Compilation.of(dir,
                Map.of("ComposerStep.java", ANNOTATION, "Session.java", SESSION, "Chain.java", CHAIN, "Programme.java", PROGRAMME));
        assertThat(compilation.succeeded).as("compilation: %s", compilation.diagnostics).isTrue();
        base = compilation.generated("ProgrammeStepBase");
    }

    @Test
    void theBase_isNamedAfterTheStep_andExtendsTheClassTheAnnotationNames() {
        assertThat(base).contains("abstract class ProgrammeStepBase extends Chain {");
    }

    @Test
    void anOptionalAttribute_getsASetter_thatSaysWhatTheStepsBuildRefuses() {
        assertThat(base).contains(String.join("\n",
                "    /**",
                "     * Sets the room, in place of any set before.",
                "     *",
                "     * <p>{@link Programme.Step#build() build()} throws {@link InvariantViolationException} if the room is blank.",
                "     *",
                "     * @param room the room, as printed",
                "     * @return this session",
                "     * @throws NullPointerException if {@code room} is null",
                "     * @see Session#room()",
                "     */",
                "    public Programme.Step room(java.lang.String room) {"));
    }

    @Test
    void aList_getsAVarargsAdder() {
        assertThat(base).contains(String.join("\n",
                "     * Adds topics, in order, after those already added.",
                "     *",
                "     * <p>{@link Programme.Step#build() build()} throws {@link NullPointerException} if one of the topics is null.",
                "     *",
                "     * @param topics the themes of the session",
                "     * @return this session",
                "     * @throws NullPointerException if {@code topics} is null",
                "     * @see Session#topics()",
                "     */",
                "    public Programme.Step topics(java.lang.String... topics) {"));
    }

    @Test
    void requiredDefaultedAndExceptedAttributes_getNoMethod() {
        assertThat(base).doesNotContain(" title(", " recorded(", " note(");
    }

    @Test
    void theStepsMethods_setTheValue_throughThePublicStep() throws Exception {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {compilation.classes.toUri().toURL()}, getClass().getClassLoader())) {
            Class<?> programme = loader.loadClass("p.Programme");
            Class<?> step = loader.loadClass("p.Programme$Step");
            Object composing = programme.getMethod("step").invoke(programme.getConstructor().newInstance());
            Method room = step.getMethod("room", String.class);
            Method topics = step.getMethod("topics", String[].class);
            assertThat(room.getDeclaringClass()).as("javac's public bridge").isEqualTo(step);
            room.invoke(composing, "A");
            room.invoke(composing, "B");
            topics.invoke(composing, (Object) new String[] {"x", "y"});
            topics.invoke(composing, (Object) new String[] {"z"});
            Object session = step.getMethod("build").invoke(composing);
            Class<?> type = loader.loadClass("p.Session");
            assertThat(type.getMethod("room").invoke(session)).as("the last room set").isEqualTo(Optional.of("B"));
            assertThat(type.getMethod("topics").invoke(session)).as("every topic, in order").isEqualTo(List.of("x", "y", "z"));
            assertThat(step.getMethod("hello").invoke(composing)).isEqualTo("hello");
            assertThatThrownBy(() -> room.invoke(composing, (Object) null)).isInstanceOf(InvocationTargetException.class)
                    .hasRootCauseInstanceOf(NullPointerException.class).hasRootCauseMessage("room");
        }
    }

    @Test
    void theCompilation_hasNoWarnings() {
        assertThat(compilation.diagnostics).allMatch(d -> d.getKind() == javax.tools.Diagnostic.Kind.NOTE);
    }
}
