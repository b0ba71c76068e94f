package org.agendum.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.agendum.core.time.LocalTimeIssue;
import org.agendum.core.time.ScheduledBlock;
import org.agendum.core.time.TimeSpan;
import org.agendum.core.validation.Violation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The published API is the abstract types, and every method of it is declared with Javadoc of ours:
 * on the type itself, or, for with-methods and builder methods, on the package-private base that
 * agendum-processor declares from the accessors ({@code EventWithers}, {@code EventBuilderBase}),
 * whose methods the Javadoc tool shows as the type's own. Immutables generates package-private
 * classes ({@code ImmutableEvent}, its {@code Builder}); a method users can only reach through one of
 * them has no Javadoc of ours, and a new attribute whose with-methods or builder methods are declared
 * nowhere is not reachable at all. These tests fail in both cases, naming the method.
 */
class PublicApiTest {

    /** Small values made by their {@code of} factories, with no copies that change one attribute. */
    private static final Set<Class<?>> WITHOUT_WITHERS =
            Set.of(Capacity.class, DisplayZone.class, DurationOnly.class, GeoPoint.class);

    /** Values made by factories only, without a public builder. */
    private static final Set<Class<?>> WITHOUT_BUILDER = Set.of(Capacity.class, Contact.class, DisplayZone.class,
            DurationOnly.class, GeoPoint.class, Link.class, Moderator.class, Participant.class, Position.class,
            TransitAccess.class, Deadline.At.class, Deadline.Before.class, Deadline.Until.class,
            ScheduledBlock.class, TimeSpan.class, LocalTimeIssue.class, Violation.class);

    private static List<Class<?>> classes;

    @BeforeAll
    static void loadCoresClasses() throws URISyntaxException {
        Path root = Path.of(Event.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (Stream<Path> files = Files.walk(root)) {
            classes = files.filter(f -> f.toString().endsWith(".class") && !f.endsWith("module-info.class"))
                    .map(f -> root.relativize(f).toString().replace(f.getFileSystem().getSeparator(), "."))
                    .map(name -> name.substring(0, name.length() - ".class".length()))
                    .sorted()
                    .map(PublicApiTest::load)
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void exportedTypes_extendAndImplementOnlyPublicTypes() {
        List<String> hidden = new ArrayList<>();
        for (Class<?> type : exportedTypes()) {
            for (Class<?> supertype : supertypes(type)) {
                if (!isVisible(supertype) && !isDocumentedBase(supertype)) {
                    hidden.add(type.getName() + " extends or implements " + supertype.getName());
                }
            }
        }
        assertThat(hidden).isEmpty();
    }

    @Test
    void everyPublicMethodOfAnExportedType_isDeclaredInAPublicType() {
        List<String> undeclared = new ArrayList<>();
        for (Class<?> type : exportedTypes()) {
            for (Method method : type.getMethods()) {
                if (!isVisible(method.getDeclaringClass()) && !isDocumentedBase(method.getDeclaringClass())) {
                    undeclared.add(type.getName() + "." + signature(method) + " comes from "
                            + method.getDeclaringClass().getName() + ": declare it, with its Javadoc");
                }
            }
        }
        assertThat(undeclared).isEmpty();
    }

    @Test
    void everyGeneratedWither_isDeclaredOnItsModelType() {
        List<String> missing = new ArrayList<>();
        for (GeneratedValue value : generatedValues()) {
            if (WITHOUT_WITHERS.contains(value.model())) {
                continue;
            }
            for (Method wither : publicDeclaredMethods(value.implementation())) {
                if (wither.getName().startsWith("with") && declared(value.model(), wither).isEmpty()) {
                    missing.add(value.model().getName() + "." + signature(wither));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyGeneratedBuilderMethod_isDeclaredOnThePublicBuilder() {
        List<String> missing = new ArrayList<>();
        for (GeneratedValue value : generatedValues()) {
            Class<?> model = value.model();
            Optional<Class<?>> generatedBuilder = nested(value.implementation(), "Builder");
            Optional<Class<?>> builder = nested(model, "Builder");
            if (WITHOUT_BUILDER.contains(model) || generatedBuilder.isEmpty()) {
                assertThat(builder).as("public builder of " + model.getName()).isEmpty();
                continue;
            }
            assertThat(builder).as("public builder of " + model.getName()).isPresent();
            assertThat(isVisible(builder.get())).as(builder.get() + " is public").isTrue();
            for (Method method : publicDeclaredMethods(generatedBuilder.get())) {
                if (!Modifier.isStatic(method.getModifiers())) {
                    Optional<Method> declared = declared(builder.get(), method);
                    if (declared.isEmpty()) {
                        missing.add(builder.get().getName() + "." + signature(method));
                    } else {
                        Class<?> expected = method.getName().equals("build") ? model : builder.get();
                        assertThat(declared.get().getReturnType()).as(signature(declared.get())).isEqualTo(expected);
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    /** The bases' bodies throw {@code AssertionError}: none may run, so Immutables must override every method. */
    @Test
    void everyMethodOfADeclarationBase_isOverriddenByTheGeneratedImplementation() {
        List<String> notOverridden = new ArrayList<>();
        List<Class<?>> bases = classes.stream().filter(PublicApiTest::isDeclarationBase).collect(Collectors.toList());
        for (Class<?> base : bases) {
            Class<?> implementation = generatedValues().stream().map(GeneratedValue::implementation)
                    .flatMap(c -> Stream.concat(Stream.of(c), Arrays.stream(c.getDeclaredClasses())))
                    .filter(base::isAssignableFrom).findFirst()
                    .orElseThrow(() -> new AssertionError("no generated class extends " + base.getName()));
            for (Method method : base.getDeclaredMethods()) {
                try {
                    Method implemented = implementation.getMethod(method.getName(), method.getParameterTypes());
                    if (implemented.getDeclaringClass() != implementation) {
                        notOverridden.add(base.getSimpleName() + "." + signature(method));
                    }
                } catch (NoSuchMethodException e) {
                    notOverridden.add(base.getSimpleName() + "." + signature(method));
                }
            }
        }
        assertThat(bases).extracting(Class::getSimpleName).contains("EventWithers", "EventBuilderBase", "DeadlineAtWithers");
        assertThat(notOverridden).isEmpty();
    }

    @Test
    void theScan_findsTheGeneratedClasses() {
        assertThat(generatedValues()).extracting(GeneratedValue::model)
                .contains(Event.class, AgendaBlock.class, Person.class, Deadline.At.class, Violation.class);
    }

    private static List<Class<?>> exportedTypes() {
        return classes.stream().filter(PublicApiTest::isVisible).filter(c -> isExported(c.getPackageName()))
                .collect(Collectors.toList());
    }

    /** An implementation Immutables generated, and the abstract value type it implements. */
    private record GeneratedValue(Class<?> implementation, Class<?> model) {}

    /** Immutables' top-level implementations of the abstract value types, each with its value type. */
    private static List<GeneratedValue> generatedValues() {
        return classes.stream()
                .filter(c -> c.getEnclosingClass() == null && c.getSimpleName().startsWith("Immutable"))
                .map(c -> new GeneratedValue(c,
                        c.getSuperclass() != Object.class ? c.getSuperclass() : c.getInterfaces()[0]))
                .collect(Collectors.toList());
    }

    /** The public methods a generated class declares itself, bridge methods left out. */
    private static List<Method> publicDeclaredMethods(Class<?> generated) {
        return Arrays.stream(generated.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !m.isBridge())
                .collect(Collectors.toList());
    }

    private static Optional<Class<?>> nested(Class<?> type, String simpleName) {
        return Arrays.stream(type.getDeclaredClasses()).filter(c -> c.getSimpleName().equals(simpleName)).findFirst();
    }

    /** The public method of {@code type} with the name and parameters of {@code like}, declared in a public type. */
    private static Optional<Method> declared(Class<?> type, Method like) {
        try {
            Method method = type.getMethod(like.getName(), like.getParameterTypes());
            Class<?> declaring = method.getDeclaringClass();
            return isVisible(declaring) || isDocumentedBase(declaring) ? Optional.of(method) : Optional.empty();
        } catch (NoSuchMethodException e) {
            return Optional.empty();
        }
    }

    private static boolean isExported(String packageName) {
        ModuleDescriptor descriptor = Event.class.getModule().getDescriptor();
        if (descriptor == null) {
            // On the class path: every package but the implementation ones.
            return !packageName.endsWith(".internal") && !packageName.contains(".internal.");
        }
        return descriptor.exports().stream().anyMatch(e -> !e.isQualified() && e.source().equals(packageName));
    }

    /**
     * A package-private class whose public methods the Javadoc tool shows as a public subclass's
     * own, with Javadoc of ours: a base agendum-processor declares, {@code AgendaComposerStepBase}, the
     * setters of {@code AgendaComposer.Step} it declares from the accessors of {@code AgendaBlock}, or
     * {@code BlockAdding}, the block-adding methods {@code AgendaComposer} and its {@code Step} share.
     */
    private static boolean isDocumentedBase(Class<?> type) {
        return isDeclarationBase(type) || type == AgendaComposerStepBase.class || type == BlockAdding.class;
    }

    /**
     * A package-private base that agendum-processor declares for a model type: {@code EventWithers}
     * for {@code Event}, {@code DeadlineAtWithers} for {@code Deadline.At}, {@code EventBuilderBase}
     * for {@code Event.Builder}.
     */
    private static boolean isDeclarationBase(Class<?> type) {
        if (type.getEnclosingClass() != null || Modifier.isPublic(type.getModifiers())
                || !type.getPackageName().equals(Event.class.getPackageName())) {
            return false;
        }
        String name = type.getSimpleName();
        String suffix = name.endsWith("Withers") ? "Withers" : name.endsWith("BuilderBase") ? "BuilderBase" : null;
        if (suffix == null) {
            return false;
        }
        String model = name.substring(0, name.length() - suffix.length());
        return classes.stream().filter(PublicApiTest::isVisible)
                .anyMatch(c -> c.getName().substring(c.getPackageName().length() + 1).replace("$", "").equals(model));
    }

    /** Public, and so are the classes it is nested in. */
    private static boolean isVisible(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
            if (!Modifier.isPublic(c.getModifiers())) {
                return false;
            }
        }
        return true;
    }

    private static List<Class<?>> supertypes(Class<?> type) {
        List<Class<?>> all = new ArrayList<>();
        List<Class<?>> pending = new ArrayList<>(List.of(type));
        while (!pending.isEmpty()) {
            Class<?> current = pending.remove(0);
            if (current.getSuperclass() != null) {
                all.add(current.getSuperclass());
                pending.add(current.getSuperclass());
            }
            all.addAll(List.of(current.getInterfaces()));
            pending.addAll(List.of(current.getInterfaces()));
        }
        return all.stream().distinct().sorted(Comparator.comparing(Class::getName)).collect(Collectors.toList());
    }

    private static String signature(Method method) {
        return method.getName() + Arrays.stream(method.getGenericParameterTypes())
                .map(t -> t.getTypeName().replaceAll("[\\w.]+\\.(\\w+)", "$1"))
                .collect(Collectors.joining(", ", "(", ")"));
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, Event.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(name, e);
        }
    }
}
