package org.agendum.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * One attribute of a value type, read from its accessor: its name, its shape (required, defaulted,
 * optional or a list), the source text of its types, and the phrases its Javadoc gives to the
 * methods that set it.
 *
 * <p>The accessor's Javadoc supplies the meaning: its first sentence ("Returns the themes the event
 * addresses, in the order printed.") becomes the description of the parameter, and three block tags
 * of ours say the rest:
 * <ul>
 * <li>{@code @refusedIf} what makes a value invalid ("a topic is blank ({@link Invariant#BLANK_TEXT})"),
 *     which the with-methods throw at once and {@code build()} throws later; repeated, one for each
 *     condition, when the conditions differ. Each is an item of {@code build()}'s list, so it names
 *     the attribute as a reader of that list needs ("the status note is blank", not "the note"); a
 *     condition that spans attributes is written the same in each, and listed once;
 * <li>{@code @refusedIfEmpty} what makes removing an optional value invalid;
 * <li>{@code @noun} the words for one value and for several, where the accessor's name does not give
 *     them ("paragraph of methodology | paragraphs of methodology").
 * </ul>
 */
final class Attribute {

    /** How the attribute is stored, which decides its methods. */
    enum Shape { REQUIRED, DEFAULTED, OPTIONAL, LIST }

    /** Plurals that dropping a final "s" does not undo, as in the Immutables style's dictionary. */
    private static final Map<String, String> SINGULARS = Map.of("children", "child", "people", "person");

    /** Words spelt in capitals in prose. */
    private static final Map<String, String> WORDS = Map.of("url", "URL", "uri", "URI");

    final String name;
    final Shape shape;
    /** The accessor's type for a required or defaulted attribute, the element type otherwise. */
    final String type;
    final boolean primitive;
    /**
     * The type of the parameter that gives an optional attribute its value: the element type, unboxed
     * for {@code Optional<Integer>} as Immutables declares it ({@code capacity(int)}).
     */
    final String valueType;
    /**
     * Whether collections of the element type are written without a wildcard ({@code Iterable<String>}),
     * as Immutables writes them for the final JDK types {@code String} and {@code Integer}.
     */
    final boolean exactElement;
    final String description;
    /** What the {@code @refusedIf} tags refuse, each tag's clause in order, joined by ", or if "; null if none. */
    final String refusedIf;
    /** The clause of each {@code @refusedIf} tag, in order: each an item of {@code build()}'s list. */
    final List<String> refusals;
    final String refusedIfEmpty;
    /** The clause of each {@code @refusedIfEmpty} tag, in order. */
    final List<String> refusalsIfEmpty;
    /** The attribute's name in prose, singular: "display zone", "URL". */
    final String noun;
    /** The attribute's name in prose for several values: "display zones". */
    final String nouns;
    /** The name of the element in builder methods that add one: "topic" for {@code addTopic}. */
    final String singularName;

    private Attribute(ExecutableElement accessor, Shape shape, TypeMirror type, DocComment doc) {
        this.name = accessor.getSimpleName().toString();
        this.shape = shape;
        this.type = type.toString();
        this.primitive = type.getKind().isPrimitive();
        this.valueType = shape == Shape.OPTIONAL && this.type.equals("java.lang.Integer") ? "int" : this.type;
        this.exactElement = this.type.equals("java.lang.String") || this.type.equals("java.lang.Integer");
        this.description = doc.description();
        this.refusedIf = doc.tag("refusedIf");
        this.refusals = doc.tags("refusedIf");
        this.refusedIfEmpty = doc.tag("refusedIfEmpty");
        this.refusalsIfEmpty = doc.tags("refusedIfEmpty");
        this.singularName = shape == Shape.LIST ? singular(name) : name;
        String nounTag = doc.tag("noun");
        if (nounTag != null) {
            String[] both = nounTag.split("\\|");
            this.noun = both[0].trim();
            this.nouns = both.length > 1 ? both[1].trim() : both[0].trim();
        } else {
            this.noun = prose(singularName);
            this.nouns = prose(name);
        }
    }

    /**
     * Reads the attribute of an accessor.
     *
     * @param accessor an abstract accessor, or a method marked {@code @Value.Default}
     * @param defaulted whether it is marked {@code @Value.Default}
     * @param docComment its Javadoc, without the comment's delimiters
     * @return the attribute
     */
    static Attribute of(ExecutableElement accessor, boolean defaulted, String docComment) {
        TypeMirror type = accessor.getReturnType();
        DocComment doc = DocComment.parse(docComment == null ? "" : docComment);
        if (!defaulted && type.getKind() == TypeKind.DECLARED) {
            DeclaredType declared = (DeclaredType) type;
            String raw = declared.asElement().toString();
            if (raw.equals("java.util.Optional") || raw.equals("java.util.List")) {
                Shape shape = raw.equals("java.util.List") ? Shape.LIST : Shape.OPTIONAL;
                return new Attribute(accessor, shape, declared.getTypeArguments().get(0), doc);
            }
        }
        return new Attribute(accessor, defaulted ? Shape.DEFAULTED : Shape.REQUIRED, type, doc);
    }

    String capitalized() {
        return capitalize(name);
    }

    String capitalizedSingular() {
        return capitalize(singularName);
    }

    /** {@code Optional<T>} or {@code Iterable<T>} of the element type, with a wildcard unless it is exact. */
    String of(String container) {
        return container + "<" + (exactElement ? "" : "? extends ") + type + ">";
    }

    static String capitalize(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** "a topic", "an id", "a URL". */
    static String withArticle(String noun) {
        boolean vowel = "aeiou".indexOf(noun.charAt(0)) >= 0;
        return (vowel ? "an " : "a ") + noun;
    }

    private static String singular(String name) {
        String known = SINGULARS.get(name);
        if (known != null) {
            return known;
        }
        return name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
    }

    /** "displayZones" becomes "display zones", "url" becomes "URL". */
    private static String prose(String name) {
        List<String> words = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= name.length(); i++) {
            if (i == name.length() || Character.isUpperCase(name.charAt(i))) {
                String word = name.substring(start, i).toLowerCase(Locale.ROOT);
                words.add(WORDS.getOrDefault(word, word));
                start = i;
            }
        }
        return String.join(" ", words);
    }
}
