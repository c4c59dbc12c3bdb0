package dev.readiness.core.source;

import java.util.List;

/**
 * What the class-design metrics need of a type beyond its methods: the line of its name, its lines of
 * code (nested types included), whether it is abstract, its instance fields (in declaration order) and the
 * attributes of other classes its methods read ("Type.attribute", sorted; ForeignDataAccess says which).
 */
public record TypeDesign(int nameLine, int linesOfCode, boolean isAbstract, List<String> instanceFields,
                         List<String> foreignData) {

    public TypeDesign {
        instanceFields = instanceFields == null ? List.of() : List.copyOf(instanceFields);
        foreignData = foreignData == null ? List.of() : List.copyOf(foreignData);
    }

    /** Unknown design: used where a type is built without its tree (tests of other models). */
    public static TypeDesign unknown(int nameLine) {
        return new TypeDesign(nameLine, 0, false, List.of(), List.of());
    }
}
