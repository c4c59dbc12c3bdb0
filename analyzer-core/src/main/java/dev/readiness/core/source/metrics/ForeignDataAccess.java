package dev.readiness.core.source.metrics;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.TypePatternExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithTypeParameters;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.ast.type.TypeParameter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ATFD (Lanza and Marinescu's "access to foreign data") without type resolution, deliberately
 * underestimated: only reads whose receiver is a field, parameter or local variable declared with a class
 * type count — {@code order.total} and {@code order.getTotal()} / {@code order.isPaid()} — and only when that
 * type is not declared in the same file, is not a type parameter and is not a value-like JDK type (strings,
 * boxes, collections, optionals, streams, time and I/O values, reflection), an exception or a builder. Receivers that are method
 * results (builder and stream chains) or {@code var} variables are never counted.
 */
public final class ForeignDataAccess {

    private static final Pattern GETTER = Pattern.compile("(?:get|is)([A-Z]\\w*)");
    private static final Set<String> VALUE_TYPES = Set.of(
            "Object", "String", "CharSequence", "StringBuilder", "StringBuffer", "Number", "Integer", "Long",
            "Short", "Byte", "Double", "Float", "Boolean", "Character", "BigDecimal", "BigInteger", "Class",
            "Iterable", "Collection", "List", "ArrayList", "LinkedList", "Set", "HashSet", "LinkedHashSet",
            "TreeSet", "SortedSet", "NavigableSet", "EnumSet", "Map", "HashMap", "LinkedHashMap", "TreeMap",
            "SortedMap", "NavigableMap", "EnumMap", "ConcurrentMap", "ConcurrentHashMap", "Entry", "Queue", "Deque",
            "ArrayDeque", "Iterator", "ListIterator", "Optional", "OptionalInt", "OptionalLong", "OptionalDouble",
            "Stream", "IntStream", "LongStream", "DoubleStream", "Collector", "Path", "File", "URI", "URL",
            "Duration", "Instant", "Period", "LocalDate", "LocalTime", "LocalDateTime", "ZonedDateTime",
            "OffsetDateTime", "ZoneId", "Clock", "Pattern", "Matcher", "UUID", "Locale", "Charset", "Thread",
            "Throwable", "Exception", "RuntimeException", "Error", "AtomicInteger", "AtomicLong", "AtomicBoolean",
            "AtomicReference", "Future", "CompletableFuture", "Supplier", "Function", "Consumer", "Predicate",
            "Runnable", "Callable", "Comparator", "Logger", "Properties", "Random", "Scanner", "BitSet",
            "Method", "Field", "Constructor", "Parameter", "Executable", "Member", "AnnotatedElement", "Annotation",
            "Type", "ParameterizedType", "TypeVariable", "ClassLoader", "Package", "Module");

    private ForeignDataAccess() {
    }

    /**
     * The foreign attributes {@code type}'s own methods and constructors read, as "Type.attribute", sorted.
     *
     * @param localTypes simple names of the types declared in the same file, which are not foreign
     */
    public static List<String> of(TypeDeclaration<?> type, Set<String> localTypes) {
        Map<String, String> fieldTypes = new HashMap<>();
        for (FieldDeclaration field : type.getFields()) {
            field.getVariables().forEach(variable -> fieldTypes.put(variable.getNameAsString(),
                    className(variable.getType())));
        }
        Set<String> excluded = new TreeSet<>(localTypes);
        typeParameters(type).forEach(parameter -> excluded.add(parameter.getNameAsString()));
        Set<String> accessed = new TreeSet<>();
        for (var member : type.getMembers()) {
            if (member instanceof CallableDeclaration<?> callable) {
                Set<String> excludedHere = new TreeSet<>(excluded);
                callable.getTypeParameters().forEach(parameter -> excludedHere.add(parameter.getNameAsString()));
                new MethodScan(fieldTypes, excludedHere).scan(callable, accessed);
            }
        }
        return new ArrayList<>(accessed);
    }

    private static NodeList<TypeParameter> typeParameters(TypeDeclaration<?> type) {
        return type instanceof NodeWithTypeParameters<?> generic
                ? generic.getTypeParameters() : new NodeList<>();
    }

    /** The simple class name of a declared type; null for primitives, arrays, {@code var} and wildcards. */
    private static String className(Type type) {
        return type instanceof ClassOrInterfaceType classType ? classType.getNameAsString() : null;
    }

    /** One method: declarations first collected, then the reads on declared receivers resolved. */
    private static final class MethodScan {

        /** A read of {@code attribute} on a receiver named {@code receiver} ("this.f" for a field through this). */
        private record Read(String receiver, String attribute) {
        }

        private final Map<String, String> fieldTypes;
        private final Map<String, String> variableTypes;
        private final Set<String> excluded;
        private final List<Read> reads = new ArrayList<>();

        MethodScan(Map<String, String> fieldTypes, Set<String> excluded) {
            this.fieldTypes = fieldTypes;
            this.variableTypes = new HashMap<>(fieldTypes);
            this.excluded = excluded;
        }

        void scan(CallableDeclaration<?> callable, Set<String> accessed) {
            callable.getParameters().forEach(this::declare);
            Callables.body(callable).ifPresent(body -> body.walk(this::visit));
            for (Read read : reads) {
                String receiverType = read.receiver().startsWith("this.")
                        ? fieldTypes.get(read.receiver().substring("this.".length()))
                        : variableTypes.get(read.receiver());
                if (isForeign(receiverType)) {
                    accessed.add(receiverType + "." + read.attribute());
                }
            }
        }

        private void visit(Node node) {
            if (node instanceof VariableDeclarator variable) {
                variableTypes.put(variable.getNameAsString(), className(variable.getType()));
            } else if (node instanceof Parameter parameter) {
                declare(parameter);
            } else if (node instanceof TypePatternExpr pattern) {
                variableTypes.put(pattern.getNameAsString(), className(pattern.getType()));
            } else if (node instanceof FieldAccessExpr access) {
                receiver(access.getScope()).ifPresent(name -> reads.add(new Read(name, access.getNameAsString())));
            } else if (node instanceof MethodCallExpr call && call.getArguments().isEmpty() && call.getScope().isPresent()) {
                Matcher getter = GETTER.matcher(call.getNameAsString());
                if (getter.matches() && !call.getNameAsString().equals("getClass")) {
                    receiver(call.getScope().get()).ifPresent(name -> reads.add(new Read(name,
                            decapitalize(getter.group(1)))));
                }
            }
        }

        /** Untyped lambda parameters hide a field of the same name: their type is unknown. */
        private void declare(Parameter parameter) {
            variableTypes.put(parameter.getNameAsString(), parameter.getType().isUnknownType() ? null
                    : className(parameter.getType()));
        }

        private boolean isForeign(String typeName) {
            return typeName != null && !excluded.contains(typeName) && !VALUE_TYPES.contains(typeName)
                    && !typeName.endsWith("Builder") && !typeName.endsWith("Exception") && !typeName.endsWith("Error");
        }

        private static Optional<String> receiver(Expression scope) {
            if (scope instanceof NameExpr name) {
                return Optional.of(name.getNameAsString());
            }
            if (scope instanceof FieldAccessExpr access && access.getScope() instanceof ThisExpr self
                    && self.getTypeName().isEmpty()) {
                return Optional.of("this." + access.getNameAsString());
            }
            return Optional.empty();
        }

        private static String decapitalize(String name) {
            return name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1);
        }
    }
}
