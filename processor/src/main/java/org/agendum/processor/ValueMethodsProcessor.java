package org.agendum.processor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.tools.Diagnostic;

/**
 * Declares, with their Javadoc, the methods Immutables implements for a value type, so that the
 * type's source holds only its attributes and every public method still has documentation of ours.
 *
 * <p>A value type {@code Event} annotated {@code @Value.Immutable} opts in by extending {@code
 * EventWithers} (for its with-methods) and by letting its nested {@code Builder} extend {@code
 * EventBuilderBase} (for its builder methods and {@code build()}, whose Javadoc lists the attributes that must be
 * set and what the accessors say is refused); this processor writes both package-private abstract
 * classes, one method for each method Immutables generates, and the Javadoc tool shows their methods
 * as the public type's own. The methods are concrete so that javac gives the public type a public
 * bridge to each (reflection cannot call a method declared in a package-private class); Immutables'
 * implementation overrides them all, and their bodies never run. A nested value type {@code Deadline.At} extends {@code DeadlineAtWithers}.
 * What each method says comes from the accessor's Javadoc (see {@link Attribute}).
 *
 * <p>A composer step annotated {@code @ComposerStep(of = AgendaBlock.class, ...)} (an annotation of the
 * model's package, matched by its simple name) gets a base too, named after it ({@code
 * AgendaComposerStepBase} for {@code AgendaComposer.Step}), with a method that sets each optional
 * attribute of the value and one that adds to each list attribute, except those the annotation names;
 * their bodies hand the value to the step's {@code put} and {@code append}, which keep it until the step
 * builds the value.
 *
 * <p>It claims no annotation, so Immutables, which runs beside it, sees the same types.
 */
@SupportedAnnotationTypes("org.immutables.value.Value.Immutable")
public final class ValueMethodsProcessor extends AbstractProcessor {

    /** Creates the processor; the compiler calls it. */
    public ValueMethodsProcessor() {}

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        for (TypeElement annotation : annotations) {
            for (TypeElement value : ElementFilter.typesIn(round.getElementsAnnotatedWith(annotation))) {
                generate(value);
            }
        }
        return false;
    }

    private void generate(TypeElement value) {
        String flat = flatName(value);
        boolean withers = named(value.getSuperclass(), flat + "Withers");
        Optional<TypeElement> builder = ElementFilter.typesIn(value.getEnclosedElements()).stream()
                .filter(t -> t.getSimpleName().contentEquals("Builder") && named(t.getSuperclass(), flat + "BuilderBase"))
                .findFirst();
        Map<TypeElement, AnnotationMirror> steps = new LinkedHashMap<>();
        findSteps(processingEnv.getElementUtils().getPackageOf(value).getEnclosedElements(), value, steps);
        if (!withers && builder.isEmpty() && steps.isEmpty()) {
            return;
        }
        List<Attribute> attributes = attributes(value);
        String sourceName = sourceName(value);
        MethodDeclarations declarations = new MethodDeclarations(sourceName, valueNoun(flat), "Immutable" + value.getSimpleName());
        steps.forEach((step, annotation) -> writeStep(value, step, annotation, attributes, declarations));
        if (withers) {
            StringBuilder body = new StringBuilder();
            attributes.forEach(a -> body.append(declarations.withers(a)));
            write(value, flat + "Withers", "The with-methods of {@link " + sourceName + "}: each returns a copy that differs in one "
                    + "attribute.", null, body);
        }
        if (builder.isPresent()) {
            StringBuilder body = new StringBuilder();
            attributes.forEach(a -> body.append(declarations.builderMethods(a)));
            body.append(declarations.build(attributes));
            write(value, flat + "BuilderBase", "The methods of {@link " + sourceName + ".Builder} that set its attributes and "
                    + "build the value.", null, body);
        }
    }

    /**
     * Finds the types of the package, at any depth, annotated {@code @ComposerStep} with the value type as
     * {@code of}: composer steps ({@code AgendaComposer.Step}) that set the value's attributes one by one.
     */
    private void findSteps(List<? extends Element> elements, TypeElement value, Map<TypeElement, AnnotationMirror> steps) {
        for (TypeElement type : ElementFilter.typesIn(elements)) {
            for (AnnotationMirror mirror : type.getAnnotationMirrors()) {
                if (mirror.getAnnotationType().asElement().getSimpleName().contentEquals("ComposerStep")
                        && processingEnv.getTypeUtils().isSameType((TypeMirror) annotationValue(mirror, "of"), value.asType())) {
                    steps.put(type, mirror);
                }
            }
            findSteps(type.getEnclosedElements(), value, steps);
        }
    }

    /**
     * Writes the base class of a composer step, {@code AgendaComposerStepBase} for {@code AgendaComposer.Step}:
     * it extends the class the annotation names, and declares a method for each optional and list attribute
     * the annotation does not except.
     */
    private void writeStep(TypeElement value, TypeElement step, AnnotationMirror annotation, List<Attribute> attributes,
            MethodDeclarations declarations) {
        String stepName = sourceName(step);
        String builder = sourceName(value) + ".Builder";
        TypeMirror extending = (TypeMirror) annotationValue(annotation, "extending");
        String built = (String) annotationValue(annotation, "builtBy");
        Set<Object> except = new HashSet<>();
        ((List<?>) annotationValue(annotation, "except")).forEach(v -> except.add(((AnnotationValue) v).getValue()));
        StringBuilder body = new StringBuilder("\n    /** Sets an attribute, in place of the value set before for it. */\n    abstract ")
                .append(stepName).append(" put(String attribute, java.util.function.Consumer<").append(builder).append("> setter);\n")
                .append("\n    /** Adds to a list attribute, after the values added before. */\n    abstract ").append(stepName)
                .append(" append(java.util.function.Consumer<").append(builder).append("> adder);\n");
        attributes.stream().filter(a -> !except.contains(a.name)).forEach(a -> body.append(declarations.stepSetter(a, stepName, built)));
        write(value, flatName(step) + "Base", "The methods of {@link " + stepName + "} that set one attribute of the {@link "
                + sourceName(value) + "} each.", sourceName((TypeElement) processingEnv.getTypeUtils().asElement(extending)), body, step);
    }

    private Object annotationValue(AnnotationMirror mirror, String name) {
        return processingEnv.getElementUtils().getElementValuesWithDefaults(mirror).entrySet().stream()
                .filter(e -> e.getKey().getSimpleName().contentEquals(name)).findFirst()
                .map(e -> e.getValue().getValue()).orElseThrow();
    }

    /**
     * The attributes in the order of their accessors: those the type declares, after those it
     * inherits from its interfaces (a party's id and name come before a person's honorific).
     */
    private List<Attribute> attributes(TypeElement value) {
        Map<String, Attribute> byName = new LinkedHashMap<>();
        List<ExecutableElement> candidates = new ArrayList<>();
        for (TypeMirror supertype : value.getInterfaces()) {
            if (supertype.getKind() == TypeKind.DECLARED) {
                Element element = processingEnv.getTypeUtils().asElement(supertype);
                candidates.addAll(ElementFilter.methodsIn(element.getEnclosedElements()));
            }
        }
        candidates.addAll(ElementFilter.methodsIn(value.getEnclosedElements()));
        for (ExecutableElement method : candidates) {
            boolean defaulted = annotated(method, "org.immutables.value.Value.Default");
            boolean accessor = method.getParameters().isEmpty() && method.getReturnType().getKind() != TypeKind.VOID
                    && !method.getModifiers().contains(Modifier.STATIC);
            if (accessor && (defaulted || (method.getModifiers().contains(Modifier.ABSTRACT) && implementedBy(value, method)))) {
                String doc = processingEnv.getElementUtils().getDocComment(method);
                byName.put(method.getSimpleName().toString(), Attribute.of(method, defaulted, doc));
            }
        }
        return new ArrayList<>(byName.values());
    }

    /** Whether Immutables implements an abstract accessor: not when the type itself implements it. */
    private boolean implementedBy(TypeElement value, ExecutableElement accessor) {
        return ElementFilter.methodsIn(value.getEnclosedElements()).stream()
                .noneMatch(m -> m != accessor && m.getSimpleName().equals(accessor.getSimpleName())
                        && m.getParameters().isEmpty() && !m.getModifiers().contains(Modifier.ABSTRACT));
    }

    /**
     * Writes a generated class of the value's package. Its originating elements, for incremental builds, are
     * the value and any other type it is written for (a composer step).
     */
    private void write(TypeElement value, String name, String summary, String extending, CharSequence body, Element... alsoFrom) {
        PackageElement pkg = processingEnv.getElementUtils().getPackageOf(value);
        String qualified = pkg.getQualifiedName() + "." + name;
        String source = "package " + pkg.getQualifiedName() + ";\n\n"
                + "/**\n * " + summary + "\n *\n * <p>Generated by {@code " + getClass().getName() + "} from the accessors of {@link "
                + sourceName(value) + "}" + (extending == null ? "; the implementation Immutables generates defines the methods" : "")
                + ".\n */\n"
                + "abstract class " + name + (extending == null ? "" : " extends " + extending) + " {\n\n    " + name + "() {}\n"
                + body + "}\n";
        try (Writer out = processingEnv.getFiler().createSourceFile(qualified, originating(value, alsoFrom)).openWriter()) {
            out.write(source);
        } catch (IOException e) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "cannot write " + qualified + ": " + e.getMessage(), value);
            throw new UncheckedIOException(e);
        }
    }

    private static Element[] originating(Element value, Element... alsoFrom) {
        Element[] all = new Element[alsoFrom.length + 1];
        all[0] = value;
        System.arraycopy(alsoFrom, 0, all, 1, alsoFrom.length);
        return all;
    }

    private static boolean named(TypeMirror type, String simpleName) {
        String text = type.toString();
        return text.equals(simpleName) || text.endsWith("." + simpleName);
    }

    private static boolean annotated(Element element, String annotation) {
        return element.getAnnotationMirrors().stream().anyMatch(m -> m.getAnnotationType().toString().equals(annotation));
    }

    /** "Event", "Deadline.At": the type as sources in its package name it. */
    private static String sourceName(TypeElement value) {
        Element enclosing = value.getEnclosingElement();
        return enclosing.getKind() == ElementKind.PACKAGE ? value.getSimpleName().toString()
                : sourceName((TypeElement) enclosing) + "." + value.getSimpleName();
    }

    /** "Event", "DeadlineAt": the prefix of the generated classes' names. */
    private static String flatName(TypeElement value) {
        return sourceName(value).replace(".", "");
    }

    /** What the Javadoc calls one value: the type's name in lower case, or a shorter word the model's Javadoc uses. */
    private static String valueNoun(String flatName) {
        switch (flatName) {
            case "AgendaBlock":
                return "block";
            case "PostalAddress":
                return "address";
            case "DialIn":
                return "dial-in number";
            case "DeadlineAt":
            case "DeadlineBefore":
            case "DeadlineUntil":
                return "deadline";
            default:
                return flatName.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
        }
    }
}
