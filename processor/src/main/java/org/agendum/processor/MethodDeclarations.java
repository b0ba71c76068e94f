package org.agendum.processor;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.agendum.processor.Attribute.Shape;

/**
 * Writes the declarations, Javadoc included, of the methods that Immutables implements for one
 * attribute: the with-methods of the value and the methods of its builder. The wording follows the
 * model's hand-written Javadoc: what the method returns or does, each parameter, and every exception
 * with its cause.
 */
final class MethodDeclarations {

    private final String type;
    private final String value;
    private final String implementation;

    /**
     * @param type the value type as the package's sources spell it: "Event", "Deadline.At"
     * @param value what the Javadoc calls one value of the type: "event", "online location"
     * @param implementation the class Immutables generates for it: "ImmutableEvent", "ImmutableAt"
     */
    MethodDeclarations(String type, String value, String implementation) {
        this.type = type;
        this.value = value;
        this.implementation = implementation;
    }

    /**
     * Declares the with-methods of an attribute.
     *
     * @param a the attribute
     * @return the declarations, each preceded by its Javadoc, indented for a class body
     */
    String withers(Attribute a) {
        StringBuilder out = new StringBuilder();
        String copy = Attribute.withArticle(value) + " based on this one with the requested ";
        switch (a.shape) {
            case REQUIRED:
            case DEFAULTED:
                method(out, a, "Returns a copy of this " + value + " with another " + a.noun + ".",
                        List.of(param(a.name, a.description), "@return " + copy + a.noun),
                        throwsOf(a, a.refusedIf, false), type + " with" + a.capitalized() + "(" + a.type + " " + a.name + ")");
                break;
            case OPTIONAL:
                method(out, a, "Returns a copy of this " + value + " with " + Attribute.withArticle(a.noun) + ", in place of any it has.",
                        List.of(param(a.name, a.description), "@return " + copy + a.noun),
                        a.valueType.equals(a.type) ? throwsOf(a, a.refusedIf, false) : refusals(a.refusedIf),
                        type + " with" + a.capitalized() + "(" + a.valueType + " " + a.name + ")");
                method(out, a, "Returns a copy of this " + value + " with " + Attribute.withArticle(a.noun) + ", or without one if {@code "
                                + a.name + "} is empty.",
                        List.of(param(a.name, a.description + ", or empty to remove it"), "@return " + copy + a.noun + ", or without one"),
                        throwsOf(a, orIfEmpty(a), false), type + " with" + a.capitalized() + "(" + a.of("java.util.Optional") + " " + a.name + ")");
                break;
            case LIST:
                method(out, a, "Returns a copy of this " + value + " with these " + a.nouns + " in place of its own.",
                        List.of(param(a.name, a.description + "; none to remove them all"), "@return " + copy + a.nouns),
                        throwsOf(a, a.refusedIf, true), type + " with" + a.capitalized() + "(" + a.type + "... " + a.name + ")");
                method(out, a, "Returns a copy of this " + value + " with these " + a.nouns + ", in iteration order, in place of its own.",
                        List.of(param(a.name, a.description + "; empty to remove them all"), "@return " + copy + a.nouns),
                        throwsOf(a, a.refusedIf, true), type + " with" + a.capitalized() + "(" + a.of("java.lang.Iterable") + " " + a.name + ")");
                break;
            default:
                throw new AssertionError(a.shape);
        }
        return out.toString();
    }

    /**
     * Declares the builder methods of an attribute.
     *
     * @param a the attribute
     * @return the declarations, each preceded by its Javadoc, indented for a class body
     */
    String builderMethods(Attribute a) {
        StringBuilder out = new StringBuilder();
        String builder = type + ".Builder";
        String checked = a.refusedIf == null ? "" : "\n\n<p>{@link " + builder + "#build() build()} throws {@link "
                + "InvariantViolationException} if " + a.refusedIf + ".";
        String once = "@throws IllegalStateException if the " + a.noun + " is already set";
        switch (a.shape) {
            case REQUIRED:
            case DEFAULTED:
                String sets = a.shape == Shape.REQUIRED ? "Sets the " + a.noun + "; required."
                        : "Sets the " + a.noun + ", in place of the default that {@link " + type + "#" + a.name + "()} states.";
                method(out, a, sets + checked, List.of(param(a.name, a.description), "@return this builder"),
                        with(nullThrows(a, false), once), builder + " " + a.name + "(" + a.type + " " + a.name + ")");
                break;
            case OPTIONAL:
                method(out, a, "Sets the " + a.noun + "." + checked, List.of(param(a.name, a.description), "@return this builder"),
                        with(a.valueType.equals(a.type) ? nullThrows(a, false) : new ArrayList<>(), once),
                        builder + " " + a.name + "(" + a.valueType + " " + a.name + ")");
                method(out, a, "Sets the " + a.noun + ", or leaves the " + value + " without one if {@code " + a.name + "} is empty."
                                + checked,
                        List.of(param(a.name, a.description + ", or empty for none"), "@return this builder"),
                        with(nullThrows(a, false), once), builder + " " + a.name + "(" + a.of("java.util.Optional") + " " + a.name + ")");
                break;
            case LIST:
                method(out, a, "Adds " + Attribute.withArticle(a.noun) + " after those already added." + checked,
                        List.of(param(a.singularName, "the " + a.noun + " to add"), "@return this builder"),
                        nullThrows(a, false), builder + " add" + a.capitalizedSingular() + "(" + a.type + " " + a.singularName + ")");
                method(out, a, "Adds " + a.nouns + ", in order, after those already added." + checked,
                        List.of(param(a.name, a.description), "@return this builder"),
                        nullThrows(a, true), builder + " add" + a.capitalized() + "(" + a.type + "... " + a.name + ")");
                method(out, a, "Adds " + a.nouns + ", in iteration order, after those already added." + checked,
                        List.of(param(a.name, a.description), "@return this builder"),
                        nullThrows(a, true), builder + " addAll" + a.capitalized() + "(" + a.of("java.lang.Iterable") + " " + a.name + ")");
                break;
            default:
                throw new AssertionError(a.shape);
        }
        return out.toString();
    }

    /**
     * Declares the method of a composer step that sets an optional attribute, in place of any value set
     * before, or adds to a list attribute; the step hands the value to the builder when the composer
     * builds the value. Required and defaulted attributes get none: the step takes those otherwise.
     *
     * @param a the attribute
     * @param step the step as the package's sources name it: "AgendaComposer.Step"
     * @param built the method of the step that builds, and so checks, the values: "toAgenda()"
     * @return the declaration, preceded by its Javadoc, indented for a class body; empty for a required or
     *     defaulted attribute
     */
    String stepSetter(Attribute a, String step, String built) {
        StringBuilder out = new StringBuilder();
        List<String> later = new ArrayList<>();
        if (a.refusedIf != null) {
            later.add("{@link InvariantViolationException} if " + a.refusedIf);
        }
        if (a.shape == Shape.LIST && !a.primitive) {
            later.add("{@link NullPointerException} if one of the " + a.nouns + " is null");
        }
        String checked = later.isEmpty() ? "" : "\n\n<p>{@link " + step + "#" + built + " " + built + "} throws "
                + String.join(", and ", later) + ".";
        List<String> tags = List.of(param(a.name, a.description), "@return this " + value);
        String builder = "builder -> builder.";
        switch (a.shape) {
            case OPTIONAL:
                String check = a.valueType.equals(a.type)
                        ? "        java.util.Objects.requireNonNull(" + a.name + ", \"" + a.name + "\");\n" : "";
                method(out, a, "Sets the " + a.noun + ", in place of any set before." + checked, tags,
                        a.valueType.equals(a.type) ? nullThrows(a, false) : new ArrayList<>(),
                        step + " " + a.name + "(" + a.valueType + " " + a.name + ")",
                        check + "        return put(\"" + a.name + "\", " + builder + a.name + "(" + a.name + "));\n");
                break;
            case LIST:
                method(out, a, "Adds " + a.nouns + ", in order, after those already added." + checked, tags,
                        nullThrows(a, false),
                        step + " " + a.name + "(" + a.type + "... " + a.name + ")",
                        "        java.util.List<" + a.type + "> values = new java.util.ArrayList<>(java.util.Arrays.asList(" + a.name
                                + "));\n        return append(" + builder + "addAll" + a.capitalized() + "(values));\n");
                break;
            default:
                break;
        }
        return out.toString();
    }

    /**
     * Declares the builder's {@code build()}: which attributes must be set, and, one item per distinct
     * text, what the accessors' {@code @refusedIf} and {@code @refusedIfEmpty} tags refuse (an optional
     * attribute left unset, or a list left empty, is empty), in the order of the accessors; a condition that several accessors
     * state in the same words is listed once.
     *
     * @param attributes the attributes, in the order of their accessors
     * @return the declaration, preceded by its Javadoc, indented for a class body
     */
    String build(List<Attribute> attributes) {
        List<String> required = new ArrayList<>();
        Set<String> refusals = new LinkedHashSet<>();
        for (Attribute a : attributes) {
            if (a.shape == Shape.REQUIRED) {
                required.add("the " + a.noun);
            }
            refusals.addAll(a.refusals);
            if (a.shape == Shape.OPTIONAL || a.shape == Shape.LIST) {
                refusals.addAll(a.refusalsIfEmpty);
            }
        }
        StringBuilder text = new StringBuilder("Builds the " + value + " from the attributes set so far.");
        List<String> throwsTags = new ArrayList<>();
        if (!required.isEmpty()) {
            String names = joined(required, "or");
            text.append("\n\n<p>").append(Attribute.capitalize(joined(required, "and"))).append(" must be set.");
            throwsTags.add("@throws IllegalStateException if " + names + " is not set");
        }
        if (!refusals.isEmpty()) {
            text.append(required.isEmpty() ? "\n\n<p>It" : " Then it").append(" checks the ").append(value)
                    .append("'s invariants, and throws {@link InvariantViolationException} if:\n<ul>");
            int left = refusals.size();
            for (String refusal : refusals) {
                text.append("\n<li>").append(refusal).append(--left == 0 ? "." : ";");
            }
            text.append("\n</ul>");
            throwsTags.add("@throws InvariantViolationException if an invariant above does not hold");
        }
        StringBuilder out = new StringBuilder();
        declare(out, text.toString(), List.of("@return the " + value), throwsTags, null, type + " build()", null);
        return out.toString();
    }

    /** "the id, the title or the start": the items, the last two joined by the conjunction. */
    private static String joined(List<String> items, String conjunction) {
        int last = items.size() - 1;
        return last == 0 ? items.get(0) : String.join(", ", items.subList(0, last)) + " " + conjunction + " " + items.get(last);
    }

    /** The accessor's references to its own type's members ({@code {@link #zone()}}), made valid in another class. */
    private String qualify(String text) {
        return text.replace("{@link #", "{@link " + type + "#").replace("{@linkplain #", "{@linkplain " + type + "#")
                .replace("{@value #", "{@value " + type + "#");
    }

    private static String orIfEmpty(Attribute a) {
        if (a.refusedIfEmpty == null) {
            return a.refusedIf;
        }
        return a.refusedIf == null ? "it is empty and " + a.refusedIfEmpty
                : a.refusedIf + ", or if it is empty and " + a.refusedIfEmpty;
    }

    private static List<String> throwsOf(Attribute a, String refusedIf, boolean elements) {
        List<String> tags = nullThrows(a, elements);
        tags.addAll(refusals(refusedIf));
        return tags;
    }

    private static List<String> refusals(String refusedIf) {
        List<String> tags = new ArrayList<>();
        if (refusedIf != null) {
            tags.add("@throws InvariantViolationException if " + refusedIf);
        }
        return tags;
    }

    private static List<String> nullThrows(Attribute a, boolean elements) {
        List<String> tags = new ArrayList<>();
        if (!a.primitive) {
            tags.add("@throws NullPointerException if {@code " + a.name + "}" + (elements ? " or one of its elements" : "") + " is null");
        }
        return tags;
    }

    private static List<String> with(List<String> tags, String tag) {
        tags.add(tag);
        return tags;
    }

    private static String param(String name, String description) {
        return "@param " + name + " " + description;
    }

    private void method(StringBuilder out, Attribute a, String text, List<String> tags, List<String> throwsTags, String signature) {
        method(out, a, text, tags, throwsTags, signature, null);
    }

    private void method(StringBuilder out, Attribute a, String text, List<String> tags, List<String> throwsTags, String signature,
            String body) {
        declare(out, text, tags, throwsTags, type + "#" + a.name + "()", signature, body);
    }

    /**
     * Writes one method: its Javadoc (with an {@code @see} if {@code see} is not null) and its body, the
     * statements given or, if {@code body} is null, one that Immutables' implementation overrides.
     */
    private void declare(StringBuilder out, String text, List<String> tags, List<String> throwsTags, String see, String signature,
            String body) {
        out.append("\n    /**\n");
        for (String line : qualify(text).split("\n", -1)) {
            out.append(line.isEmpty() ? "     *\n" : "     * " + line + "\n");
        }
        out.append("     *\n");
        for (String tag : tags) {
            out.append("     * ").append(qualify(tag)).append('\n');
        }
        for (String tag : throwsTags) {
            out.append("     * ").append(qualify(tag)).append('\n');
        }
        if (see != null) {
            out.append("     * @see ").append(see).append('\n');
        }
        out.append("     */\n    public ").append(signature).append(" {\n");
        if (body != null) {
            out.append(body);
        } else {
            // Concrete, not abstract: javac then gives the public type a public bridge to each method, so that
            // reflection (Groovy, Clojure, bean tools) can call it through the public type. Immutables'
            // implementation overrides every method, so the body never runs.
            out.append("        throw new AssertionError(\"").append(implementation).append(" overrides this method\");\n");
        }
        out.append("    }\n");
    }
}
