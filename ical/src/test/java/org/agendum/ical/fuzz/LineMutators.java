package org.agendum.ical.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.IntConsumer;

/** Mutators of physical lines: repeated, lost, swapped, ended and folded otherwise. */
final class LineMutators {

    private LineMutators() {}

    /** Repeats 1 to 5 lines, each 1 to 3 times. */
    static Mutation duplicate(String document, Random random) {
        List<String> lines = new ArrayList<>(ByteText.physicalLines(document));
        if (lines.isEmpty()) {
            return Mutation.of("line-duplicate", document, "empty");
        }
        List<Integer> at = new ArrayList<>();
        atRandomLines(lines, random, i -> {
            for (int copies = Draws.between(random, 1, 3); copies > 0; copies--) {
                lines.add(i, withEnd(lines.get(i)));
            }
            at.add(i + 1);
        });
        return Mutation.of("line-duplicate", String.join("", lines), "lines " + at);
    }

    /** Deletes 1 to 5 lines. */
    static Mutation delete(String document, Random random) {
        List<String> lines = new ArrayList<>(ByteText.physicalLines(document));
        List<Integer> at = new ArrayList<>();
        atRandomLines(lines, random, i -> {
            lines.remove(i);
            at.add(i + 1);
        });
        return Mutation.of("line-delete", String.join("", lines), "lines " + at);
    }

    /** Swaps two lines, or moves one to another place. */
    static Mutation swap(String document, Random random) {
        List<String> lines = new ArrayList<>(ByteText.physicalLines(document));
        if (lines.size() < 2) {
            return Mutation.of("line-swap", document, "too short");
        }
        int a = random.nextInt(lines.size());
        int b = random.nextInt(lines.size());
        String first = withEnd(lines.get(a));
        String second = withEnd(lines.get(b));
        if (random.nextBoolean()) {
            lines.set(a, second);
            lines.set(b, first);
            return Mutation.of("line-swap", String.join("", lines), "lines " + (a + 1) + " and " + (b + 1));
        }
        lines.remove(a);
        lines.add(Math.min(b, lines.size()), first);
        return Mutation.of("line-swap", String.join("", lines), "line " + (a + 1) + " moved to " + (b + 1));
    }

    /**
     * Ends every line with CR, LF, CRLF, LF CR, CR CR LF or nothing, or each line with one of them
     * drawn at random.
     */
    static Mutation lineEnds(String document, Random random) {
        String[] ends = {"\r", "\n", "\r\n", "\n\r", "\r\r\n", ""};
        String[] names = {"CR", "LF", "CRLF", "LFCR", "CRCRLF", "none"};
        boolean mixed = Draws.chance(random, 0.3);
        int choice = random.nextInt(ends.length);
        StringBuilder out = new StringBuilder(document.length());
        for (String line : ByteText.physicalLines(document)) {
            out.append(ByteText.content(line)).append(mixed ? ends[random.nextInt(4)] : ends[choice]);
        }
        return Mutation.of("line-ends", out.toString(), mixed ? "mixed" : names[choice]);
    }

    /**
     * Unfolds every line and folds it again every {@code w} bytes, with a space or a tab: {@code w}
     * of 1, 2 or 3 bytes splits every UTF-8 sequence, which unfolding must join again.
     */
    static Mutation foldEverywhere(String document, Random random) {
        int width = Draws.one(random, 1, 2, 3, 7, 74, 75, 76, Draws.between(random, 1, 200));
        if ((long) document.length() * (width + 3) / width > 12_000_000) {
            width = 75;
        }
        String continuation = random.nextInt(4) == 0 ? "\r\n\t" : "\r\n ";
        StringBuilder out = new StringBuilder(document.length() * 2);
        for (String line : ByteText.contentLines(document)) {
            out.append(ByteText.fold(line, width).replace("\r\n ", continuation)).append("\r\n");
        }
        return Mutation.of("fold-everywhere", out.toString(), "every " + width + (continuation.endsWith("\t") ? ", tab" : ""));
    }

    /**
     * Breaks folding in 1 to 5 places: a continuation line loses its space, a line breaks where no
     * fold is, a line gains an indent (and continues the line before), or blank and white lines
     * appear.
     */
    static Mutation foldBroken(String document, Random random) {
        List<String> lines = new ArrayList<>(ByteText.physicalLines(document));
        if (lines.isEmpty()) {
            return Mutation.of("fold-broken", document, "empty");
        }
        List<String> done = new ArrayList<>();
        atRandomLines(lines, random, i -> {
            String line = lines.get(i);
            String content = ByteText.content(line);
            String end = ByteText.ending(line).isEmpty() ? "\r\n" : ByteText.ending(line);
            switch (random.nextInt(4)) {
                case 0 -> {
                    int continuation = firstContinuation(lines, random);
                    if (continuation >= 0) {
                        lines.set(continuation, lines.get(continuation).substring(1));
                        done.add("unindent " + (continuation + 1));
                    }
                }
                case 1 -> {
                    int p = content.isEmpty() ? 0 : random.nextInt(content.length());
                    lines.set(i, content.substring(0, p) + end + content.substring(p) + end);
                    done.add("break " + (i + 1));
                }
                case 2 -> {
                    lines.set(i, Draws.one(random, " ", "\t", "  ") + line);
                    done.add("indent " + (i + 1));
                }
                default -> {
                    lines.add(i, Draws.one(random, "\r\n", " \r\n", "\t\r\n", "\n", " "));
                    done.add("blank " + (i + 1));
                }
            }
        });
        return Mutation.of("fold-broken", String.join("", lines), String.join(", ", done));
    }

    /** Writes the names (and component names) of 1 to 10 lines, or of all, in lower or mixed case. */
    static Mutation lowercaseNames(String document, Random random) {
        List<String> lines = new ArrayList<>(ByteText.physicalLines(document));
        boolean all = random.nextBoolean();
        int count = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (!all && random.nextInt(Math.max(1, lines.size() / 5)) != 0) {
                continue;
            }
            String line = lines.get(i);
            int colon = line.indexOf(':');
            if (colon <= 0 || line.startsWith(" ")) {
                continue;
            }
            String name = line.substring(0, colon);
            boolean component = name.equalsIgnoreCase("BEGIN") || name.equalsIgnoreCase("END");
            String rest = line.substring(colon);
            String lower = random.nextBoolean() ? name.toLowerCase(Locale.ROOT) : mixedCase(name, random);
            lines.set(i, lower + (component ? rest.toLowerCase(Locale.ROOT) : rest));
            count++;
        }
        return Mutation.of("lowercase-names", String.join("", lines), all ? "all" : count + " lines");
    }

    /**
     * Edits 1 to 5 lines, one after the other: each at an index drawn among the lines as the edits
     * before it left them. Stops early when no line is left.
     */
    private static void atRandomLines(List<String> lines, Random random, IntConsumer edit) {
        for (int n = Draws.between(random, 1, 5); n > 0 && !lines.isEmpty(); n--) {
            edit.accept(random.nextInt(lines.size()));
        }
    }

    private static String mixedCase(String name, Random random) {
        StringBuilder out = new StringBuilder(name.length());
        for (char c : name.toCharArray()) {
            out.append(random.nextBoolean() ? Character.toLowerCase(c) : c);
        }
        return out.toString();
    }

    private static int firstContinuation(List<String> lines, Random random) {
        List<Integer> found = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).startsWith(" ") || lines.get(i).startsWith("\t")) {
                found.add(i);
            }
        }
        return found.isEmpty() ? -1 : Draws.one(random, found);
    }

    /** A line with a line end, so that moving it does not join it to the next. */
    private static String withEnd(String line) {
        return ByteText.ending(line).isEmpty() ? line + "\r\n" : line;
    }
}
