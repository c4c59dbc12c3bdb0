package dev.readiness.core.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.core.repo.FileKind;
import dev.readiness.core.repo.RepoFile;
import dev.readiness.core.source.JavaSourceParser;
import dev.readiness.core.source.ParseOutcome;
import dev.readiness.core.source.TypeInfo;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ClassCohesionTest {

    private static final RepoFile FILE = new RepoFile("src/main/java/com/acme/Sample.java", FileKind.PRODUCTION, "",
            0, null);

    /** The first type of a file {@code package com.acme; import java.util.*; <declaration>}. */
    private static TypeInfo type(String declaration) {
        String source = "package com.acme;\n\nimport java.util.*;\n\n" + declaration;
        ParseOutcome outcome = new JavaSourceParser().parse(FILE, source.getBytes(StandardCharsets.UTF_8), "blob");
        return ((ParseOutcome.Parsed) outcome).facts().types().get(0);
    }

    /** Names and totals: two halves sharing no field, held together only by the constructor and toString. */
    private static final String TWO_HALVES = """
            class Sample {
                private final List<String> names;
                private long total;

                Sample(List<String> names, long total) { this.names = names; this.total = total; }

                void addName(String name) { if (name != null) { names.add(name); } }

                String joined() { return String.join(",", names); }

                void add(long amount) { if (amount > 0) { total += amount; } }

                long doubled() { return total * 2; }

                static int twice(int x) { return x * 2; }

                @Override
                public String toString() { return names + " " + total; }
            }
            """;

    @Test
    void twoUnrelatedHalvesAreTwoGroupsConstructorsObjectMethodsAndStatelessHelpersLeftOut() {
        List<ClassCohesion.Group> groups = ClassCohesion.groups(type(TWO_HALVES));

        assertThat(groups).containsExactly(
                new ClassCohesion.Group(List.of("addName", "joined"), List.of("names")),
                new ClassCohesion.Group(List.of("add", "doubled"), List.of("total")));
        assertThat(ClassCohesion.isLowCohesion(groups)).isTrue();
        assertThat(ClassCohesion.tightClassCohesion(type(TWO_HALVES))).as("2 of 6 pairs share a field")
                .isEqualTo(1.0 / 3);
    }

    @Test
    void oneMethodUsingBothHalvesOrCallingAcrossMakesOneCohesiveGroup() {
        TypeInfo cohesive = type("""
                class Sample {
                    private final List<String> names = new ArrayList<>();
                    private long total;

                    void addName(String name) { if (name != null) { names.add(name); add(1); } }

                    String joined() { return String.join(",", names); }

                    void add(long amount) { if (amount > 0) { total += amount; } }

                    long doubled() { return total * 2; }
                }
                """);

        assertThat(ClassCohesion.groups(cohesive)).containsExactly(new ClassCohesion.Group(
                List.of("addName", "joined", "add", "doubled"), List.of("names", "total")));
        assertThat(ClassCohesion.isLowCohesion(ClassCohesion.groups(cohesive))).isFalse();
        assertThat(ClassCohesion.tightClassCohesion(cohesive)).as("addName reaches total through add: 4 of 6 pairs")
                .isEqualTo(4.0 / 6);
    }

    @Test
    void accessorsAreLeftOutAndACallToOneCountsAsUseOfItsField() {
        TypeInfo type = type("""
                class Sample {
                    private final List<String> names = new ArrayList<>();
                    private long total;

                    long getTotal() { return total; }

                    void setTotal(long total) { if (total < 0) { throw new IllegalArgumentException(); } this.total = total; }

                    void add(long amount) { if (amount > 0) { total += amount; } }

                    void addName(String name) { if (name != null) { names.add(name); } }

                    int count() { return names.size(); }

                    String describe() { return names.size() + " names, total " + getTotal(); }
                }
                """);

        assertThat(ClassCohesion.groups(type)).containsExactly(new ClassCohesion.Group(
                List.of("add", "addName", "count", "describe"), List.of("names", "total")));
    }

    @Test
    void aGroupOfOnlyTrivialOneFieldMethodsIsNotAResponsibility() {
        TypeInfo type = type("""
                class Sample {
                    private final List<String> names = new ArrayList<>();
                    private final Map<String, String> labels = new HashMap<>();

                    void addName(String name) { if (name != null) { names.add(name); } }

                    String joined() { return String.join(",", names); }

                    String label(String key) { return labels.get(key); }

                    void label(String key, String value) { labels.put(key, value); }
                }
                """);

        List<ClassCohesion.Group> groups = ClassCohesion.groups(type);

        assertThat(groups).containsExactly(new ClassCohesion.Group(List.of("addName", "joined"), List.of("names")));
        assertThat(ClassCohesion.isLowCohesion(groups)).isFalse();
    }

    @Test
    void aViewClassHandedOutByALazyGetterTiesItToTheMethodsOnTheStateItReads() {
        TypeInfo type = type("""
                class Sample {
                    private final Map<String, List<String>> map = new HashMap<>();
                    private Collection<String> valuesView;
                    private int modifications;

                    void put(String key, String value) {
                        if (value != null) { map.computeIfAbsent(key, k -> new ArrayList<>()).add(value); modifications++; }
                    }

                    int size() { int n = 0; for (List<String> values : map.values()) { n += values.size(); } return n; }

                    void clear() { if (!map.isEmpty()) { map.clear(); modifications++; } }

                    boolean containsValue(String value) { return values().contains(value); }

                    Collection<String> values() { return valuesView != null ? valuesView : (valuesView = new Values()); }

                    private final class Values extends AbstractCollection<String> {
                        public Iterator<String> iterator() { return map.values().stream().flatMap(List::stream).iterator(); }
                        public int size() { return Sample.this.size(); }
                    }
                }
                """);

        assertThat(ClassCohesion.groups(type)).containsExactly(new ClassCohesion.Group(
                List.of("put", "size", "clear", "containsValue", "values"), List.of("map", "modifications", "valuesView")));
    }

    @Test
    void aPlainLazyGetterIsAnAccessorAndSplitsNothing() {
        TypeInfo type = type("""
                class Sample {
                    private List<String> names;
                    private long total;

                    List<String> names() { if (names == null) { names = new ArrayList<>(); } return names; }

                    boolean known(String name) { return name != null && names().contains(name); }

                    void add(long amount) { if (amount > 0) { total += amount; } }

                    long doubled() { return total > 0 ? total * 2 : 0; }

                    String describe() { return total + " over " + names().size(); }
                }
                """);

        assertThat(ClassCohesion.groups(type)).containsExactly(new ClassCohesion.Group(
                List.of("known", "add", "doubled", "describe"), List.of("names", "total")));
    }

    @Test
    void keyedGettersAndSettersAreAccessorsWhateverTheirParameters() {
        TypeInfo type = type("""
                class Sample {
                    private final Sample[] parents = new Sample[2];
                    private final boolean[] black = {true, true};
                    private String key;

                    Sample getParent(int side) { return parents[side]; }

                    void setParent(int side, Sample parent) { parents[side] = parent; }

                    boolean isBlack(int side) { return black[side]; }

                    boolean isRed(int side) { return !black[side]; }

                    void copyColor(Sample other, int side) { black[side] = other.black[side]; }

                    void swapColors(Sample other, int side) { boolean mine = black[side]; black[side] = other.black[side]; other.black[side] = mine; }

                    String describe() { return key == null ? "?" : key; }
                }
                """);

        assertThat(ClassCohesion.groups(type)).as("three measured methods are too few to judge").isEmpty();
    }

    @Test
    void anAnonymousClassInAFieldLinksTheFieldsItUsesWithoutBeingAGroupMember() {
        TypeInfo type = type("""
                class Sample {
                    private final List<String> pending = new ArrayList<>();
                    private int flushed;
                    private final Runnable flusher = new Runnable() {
                        public void run() { flushed += pending.size(); pending.clear(); }
                    };
                    private static final Runnable NOTHING = () -> { };

                    void add(String item) { if (item != null) { pending.add(item); } }

                    int pendingCount() { return pending.isEmpty() ? 0 : pending.size(); }

                    int flushedCount() { return flushed > 0 ? flushed : 0; }

                    void resetCount() { if (flushed > 0) { flushed = 0; } }
                }
                """);

        assertThat(type.nestedCode()).extracting(method -> method.name()).containsExactly("flusher.run", "NOTHING$lambda");
        assertThat(ClassCohesion.groups(type)).containsExactly(new ClassCohesion.Group(
                List.of("add", "pendingCount", "flushedCount", "resetCount"), List.of("flushed", "pending")));
    }

    @Test
    void tccPairsOnlyVisibleInstanceMethodsAndFollowsCallsToPrivateHelpers() {
        TypeInfo type = type("""
                class Sample {
                    private final List<String> names = new ArrayList<>();
                    private long total;

                    void addName(String name) { names.add(name); }

                    void reset() { clear(); }

                    void add(long amount) { total += amount; }

                    static Sample empty() { return new Sample(); }

                    private void clear() { names.clear(); total = 0; }
                }
                """);

        // addName-reset share names, reset-add share total, addName-add nothing; empty and clear are not paired
        assertThat(ClassCohesion.tightClassCohesion(type)).isEqualTo(2.0 / 3);
    }

    @Test
    void groupsAreNotJudgedForSmallStatelessOrNonClassTypes() {
        TypeInfo small = type("class Sample { long total; void add(long a) { if (a > 0) { total += a; } } }");
        TypeInfo stateless = type("class Sample { int a(int x) { return x; } int b(int x) { return x + 1; } }");
        TypeInfo twoHalvesEnum = type("""
                enum Sample {
                    ONE;
                    private long total;
                    private long tax;
                    long a() { return total + 1; }
                    long b() { return tax + 1; }
                    long c() { return total + 2; }
                    long d() { return tax + 2; }
                }
                """);

        assertThat(ClassCohesion.groups(small)).as("fewer than four measured methods").isEmpty();
        assertThat(ClassCohesion.groups(stateless)).isEmpty();
        assertThat(ClassCohesion.groups(twoHalvesEnum)).isEmpty();
    }

    @Test
    void tccLeavesAccessorsOutAsLcom4Does() {
        TypeInfo type = type("""
                class Sample {
                    private int size;
                    private int count;
                    private String label;
                    private boolean frozen;

                    void grow(int by) { if (by > 0) { size += by; count++; } }

                    int average() { return count == 0 ? 0 : size / count; }

                    String getLabel() { return label; }

                    void setLabel(String label) { this.label = label; }

                    boolean isFrozen() { return frozen; }

                    void setFrozen(boolean frozen) { this.frozen = frozen; }
                }
                """);

        assertThat(ClassCohesion.tightClassCohesion(type)).as("grow and average share both fields; the accessors "
                + "would have made it 3 of 15 pairs").isEqualTo(1.0);
    }

    @Test
    void tccIsOneWhenThereIsNothingToPair() {
        TypeInfo stateless = type("class Sample { int a(int x) { return x; } int b(int x) { return x + 1; } }");
        TypeInfo oneMethod = type("class Sample { long total; void add(long a) { total += a; } }");

        assertThat(ClassCohesion.tightClassCohesion(stateless)).as("no instance fields").isEqualTo(1.0);
        assertThat(ClassCohesion.tightClassCohesion(oneMethod)).as("no pair").isEqualTo(1.0);
    }

    @Test
    void anInnerClassWorksOnItsOuterInstancesFieldsAStaticNestedClassDoesNot() {
        String source = """
                class Channel {
                    private Object socket;
                    private boolean open;
                    private int written;

                    %s class Unsafe {
                        private int attempts;

                        public void write(Object message) { if (open) { written++; socket.hashCode(); } }

                        public void flush() { if (open) { socket.notify(); } }

                        public void close() { open = false; socket = null; }

                        public boolean retry() { attempts++; return open && written > 0; }
                    }
                }
                """;
        TypeInfo inner = innerType(String.format(Locale.ROOT, source, ""));
        TypeInfo nested = innerType(String.format(Locale.ROOT, source, "static"));

        assertThat(inner.design().instanceFields()).containsExactly("attempts", "socket", "open", "written");
        assertThat(ClassCohesion.tightClassCohesion(inner)).as("every pair shares open or socket").isEqualTo(1.0);
        assertThat(nested.design().instanceFields()).containsExactly("attempts");
        assertThat(ClassCohesion.tightClassCohesion(nested)).as("only retry uses attempts").isEqualTo(0.0);
    }

    private static TypeInfo innerType(String declaration) {
        String source = "package com.acme;\n\n" + declaration;
        ParseOutcome outcome = new JavaSourceParser().parse(FILE, source.getBytes(StandardCharsets.UTF_8), "blob");
        return ((ParseOutcome.Parsed) outcome).facts().types().stream()
                .filter(type -> type.simpleName().equals("Unsafe")).findFirst().orElseThrow();
    }
}
