package dev.readiness.core.metrics;

import dev.readiness.core.source.MethodInfo;
import dev.readiness.core.source.MethodMetrics;
import dev.readiness.core.source.TypeInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Cohesion of a class from which fields and own methods each method uses (facts computed at parse time).
 * <ul>
 *   <li>LCOM4 (Hitz and Montazeri): the connected groups of methods, two methods being linked when they use
 *       a common instance field or one calls the other. Constructors, {@code equals} / {@code hashCode} /
 *       {@code toString} and accessors are left out (a call to an accessor counts as use of its field), and
 *       so are groups that use no instance field at all (stateless helpers say nothing about cohesion) and
 *       groups made only of trivial one-field methods (wrapped getters, lookups, one-line delegations).
 *       A method that creates an inner class uses what that class uses of the outer one, and code in a field's
 *       initialiser (an anonymous listener, a lambda) links the field to what it uses, without being counted.</li>
 *   <li>TCC (Bieman and Kang): the share of pairs of visible methods (not private, not static, not
 *       constructors, not accessors) that use a common field, directly or through the own methods they call.
 *       Accessors are left out as in LCOM4: a getter and setter per property would make every class with
 *       properties look uncohesive, pairs of them on different fields being unconnected by construction.</li>
 * </ul>
 */
public final class ClassCohesion {

    /** Below this many measured methods (accessors etc. left out) cohesion is not judged. */
    public static final int MIN_METHODS = 4;
    /** A group counts toward low cohesion when it has at least this many methods. */
    public static final int MIN_GROUP_METHODS = 2;
    /** A method of at most this many lines on one field without branches is trivial ({@link #isTrivial}). */
    static final int TRIVIAL_LINES = 2;
    private static final Pattern GETTER = Pattern.compile("(?:get|is)[A-Z].*");
    private static final Pattern SETTER = Pattern.compile("set[A-Z].*");

    /** One group of LCOM4: its methods (source order, names once) and the fields they use (sorted). */
    public record Group(List<String> methods, List<String> fields) {

        public Group {
            methods = List.copyOf(methods);
            fields = List.copyOf(fields);
        }

        @Override
        public String toString() {
            return "{" + String.join(", ", methods) + "}";
        }
    }

    private ClassCohesion() {
    }

    /**
     * The LCOM4 groups of a class that cohesion applies to: a class (not a record, enum or interface) with
     * instance fields and at least {@value #MIN_METHODS} measured methods; empty otherwise. More than one
     * group means low cohesion.
     */
    public static List<Group> groups(TypeInfo type) {
        if (type.kind() != TypeInfo.Kind.CLASS || type.design().instanceFields().isEmpty()) {
            return List.of();
        }
        Map<String, Set<String>> accessorFields = new HashMap<>();
        List<MethodInfo> measured = new ArrayList<>();
        for (MethodInfo method : type.methods()) {
            if (isAccessor(method)) {
                accessorFields.computeIfAbsent(method.name(), name -> new TreeSet<>())
                        .addAll(method.metrics().fieldsUsed());
            } else if (isMeasured(method)) {
                measured.add(method);
            }
        }
        if (measured.size() < MIN_METHODS) {
            return List.of();
        }
        List<MethodInfo> linking = type.nestedCode().stream().filter(code -> code.metrics().hasBody()).toList();
        return components(measured, linking, accessorFields);
    }

    /**
     * Low cohesion: at least two of the groups have {@value #MIN_GROUP_METHODS} or more methods. A lone
     * method on a configuration flag ({@code if (strict) ...}) is a group of LCOM4 but rarely a responsibility
     * of its own, and methods called only from inner classes look isolated; both are left out to stay precise.
     */
    public static boolean isLowCohesion(List<Group> groups) {
        return groups.stream().filter(group -> group.methods().size() >= MIN_GROUP_METHODS).count() >= 2;
    }

    /**
     * Tight class cohesion in [0, 1]; 1 (undefined, so never "low") when the class has no instance fields or
     * fewer than two visible methods to pair: a stateless class has no cohesion to lack.
     */
    public static double tightClassCohesion(TypeInfo type) {
        if (type.design().instanceFields().isEmpty()) {
            return 1.0;
        }
        Map<String, Set<String>> reachableFields = reachableFields(type);
        List<Set<String>> visible = type.methods().stream()
                .filter(method -> isMeasured(method) && !isAccessor(method) && !method.metrics().isPrivate()
                        && !method.metrics().isStatic())
                .map(method -> reachableFields.getOrDefault(method.name(), Set.of()))
                .toList();
        if (visible.size() < 2) {
            return 1.0;
        }
        int connected = 0;
        int pairs = 0;
        for (int i = 0; i < visible.size(); i++) {
            for (int j = i + 1; j < visible.size(); j++) {
                pairs++;
                if (visible.get(i).stream().anyMatch(visible.get(j)::contains)) {
                    connected++;
                }
            }
        }
        return (double) connected / pairs;
    }

    /**
     * A method that only reads or writes one field and calls no own method: named as a getter or setter
     * ({@code getX()}, {@code isX()}, {@code setX(x)}, keyed ones such as {@code getX(key)}, validation
     * allowed), or of any name with a body that only returns or assigns the field ({@code x()},
     * {@code withX(x)}) or is a lazy getter ({@code if (x == null) x = ...; return x;}).
     */
    static boolean isAccessor(MethodInfo method) {
        MethodMetrics metrics = method.metrics();
        boolean onlyOneField = !method.constructor() && metrics.hasBody() && !metrics.isStatic()
                && metrics.fieldsUsed().size() == 1 && metrics.methodsCalled().isEmpty();
        return onlyOneField && (isGetterOrSetterName(method) || metrics.isPlainAccessor());
    }

    /** Keyed and indexed JavaBean accessors too: {@code getParent(side)}, {@code setValue(key, value)}. */
    private static boolean isGetterOrSetterName(MethodInfo method) {
        return GETTER.matcher(method.name()).matches() || SETTER.matcher(method.name()).matches();
    }

    /**
     * One or two straight lines on one field and nothing else ({@code return Optional.ofNullable(f);},
     * {@code return map.get(key);}, {@code list.add(x);}): an accessor in disguise. A group made only of
     * such methods exposes state; it is not a responsibility of its own.
     */
    static boolean isTrivial(MethodInfo method) {
        MethodMetrics metrics = method.metrics();
        return metrics.fieldsUsed().size() == 1 && metrics.methodsCalled().isEmpty()
                && metrics.cyclomaticComplexity() == 1 && metrics.linesOfCode() <= TRIVIAL_LINES;
    }

    /** Methods with a body other than constructors and the {@code Object} methods every value class has. */
    static boolean isMeasured(MethodInfo method) {
        return !method.constructor() && method.metrics().hasBody() && !isObjectMethod(method);
    }

    private static boolean isObjectMethod(MethodInfo method) {
        return method.name().equals("equals") && method.parameterCount() == 1
                || (method.name().equals("hashCode") || method.name().equals("toString")) && method.parameterCount() == 0;
    }

    /**
     * Groups of {@code measured}; {@code linking} (code in field initialisers: an anonymous listener, a
     * lambda) joins the groups of the fields and methods it uses but is neither listed nor counted.
     */
    private static List<Group> components(List<MethodInfo> measured, List<MethodInfo> linking,
                                          Map<String, Set<String>> accessorFields) {
        List<MethodInfo> methods = new ArrayList<>(measured);
        methods.addAll(linking);
        UnionFind links = new UnionFind(methods.size());
        List<Set<String>> fields = new ArrayList<>();
        Map<String, Integer> fieldOwner = new HashMap<>();
        Map<String, List<Integer>> byName = new HashMap<>();
        for (int i = 0; i < methods.size(); i++) {
            byName.computeIfAbsent(methods.get(i).name(), name -> new ArrayList<>()).add(i);
        }
        for (int i = 0; i < methods.size(); i++) {
            int index = i;
            MethodMetrics metrics = methods.get(i).metrics();
            Set<String> used = new TreeSet<>(metrics.fieldsUsed());
            metrics.methodsCalled().forEach(callee -> used.addAll(accessorFields.getOrDefault(callee, Set.of())));
            fields.add(used);
            used.forEach(field -> links.union(fieldOwner.computeIfAbsent(field, key -> index), index));
            for (String callee : metrics.methodsCalled()) {
                byName.getOrDefault(callee, List.of()).forEach(target -> links.union(index, target));
            }
        }
        return groups(measured, fields, links);
    }

    /** Groups in order of their first method; groups that use no field are dropped. */
    private static List<Group> groups(List<MethodInfo> methods, List<Set<String>> fields, UnionFind links) {
        Map<Integer, List<Integer>> members = new TreeMap<>();
        for (int i = 0; i < methods.size(); i++) { // the measured methods come first; linking code only joined them
            members.computeIfAbsent(links.root(i), root -> new ArrayList<>()).add(i);
        }
        List<Group> groups = new ArrayList<>();
        for (List<Integer> group : members.values()) {
            Set<String> names = new LinkedHashSet<>();
            Set<String> groupFields = new TreeSet<>();
            group.forEach(index -> {
                names.add(methods.get(index).name());
                groupFields.addAll(fields.get(index));
            });
            boolean onlyTrivial = group.stream().allMatch(index -> isTrivial(methods.get(index)));
            if (!groupFields.isEmpty() && !onlyTrivial) {
                groups.add(new Group(new ArrayList<>(names), new ArrayList<>(groupFields)));
            }
        }
        return groups;
    }

    /** Fields each method name uses directly or through the own methods it calls, transitively. */
    private static Map<String, Set<String>> reachableFields(TypeInfo type) {
        Map<String, Set<String>> direct = new HashMap<>();
        Map<String, Set<String>> calls = new HashMap<>();
        for (MethodInfo method : type.methods()) {
            if (!method.constructor()) {
                direct.computeIfAbsent(method.name(), name -> new TreeSet<>()).addAll(method.metrics().fieldsUsed());
                calls.computeIfAbsent(method.name(), name -> new TreeSet<>()).addAll(method.metrics().methodsCalled());
            }
        }
        Map<String, Set<String>> reachable = new HashMap<>();
        for (String name : direct.keySet()) {
            Set<String> fields = new TreeSet<>();
            Set<String> seen = new TreeSet<>();
            List<String> pending = new ArrayList<>(List.of(name));
            while (!pending.isEmpty()) {
                String next = pending.remove(pending.size() - 1);
                if (seen.add(next)) {
                    fields.addAll(direct.getOrDefault(next, Set.of()));
                    pending.addAll(calls.getOrDefault(next, Set.of()));
                }
            }
            reachable.put(name, fields);
        }
        return reachable;
    }

    /** Disjoint sets of method indexes; the root of a set is its smallest index, so groups keep source order. */
    private static final class UnionFind {

        private final int[] parent;

        UnionFind(int size) {
            parent = new int[size];
            for (int i = 0; i < size; i++) {
                parent[i] = i;
            }
        }

        int root(int index) {
            int current = index;
            while (parent[current] != current) {
                parent[current] = parent[parent[current]];
                current = parent[current];
            }
            return current;
        }

        void union(int a, int b) {
            int rootA = root(a);
            int rootB = root(b);
            if (rootA != rootB) {
                parent[Math.max(rootA, rootB)] = Math.min(rootA, rootB);
            }
        }
    }
}
