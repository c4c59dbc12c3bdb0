package dev.readiness.core.source;

import com.github.javaparser.ast.type.PrimitiveType;
import java.util.Locale;

/**
 * JavaParser spells the primitive types by lower-casing the names of its {@link PrimitiveType.Primitive} constants in
 * the default locale, once, when that enum is initialised: under a Turkish locale "INT" becomes "ınt" in every
 * signature, printed expression, message and fingerprint. JavaParser has no setting for it, so the parser
 * initialises the enum itself, under {@link Locale#ROOT}, before the first file is parsed.
 */
final class PrimitiveSpelling {

    private PrimitiveSpelling() {
    }

    /**
     * Initialises the enum under {@link Locale#ROOT} unless it already is. Briefly changes the default locale of the
     * process; our own code never depends on it (it passes {@link Locale#ROOT} everywhere).
     */
    static synchronized void settle() {
        Locale before = Locale.getDefault();
        Locale format = Locale.getDefault(Locale.Category.FORMAT);
        Locale display = Locale.getDefault(Locale.Category.DISPLAY);
        Locale.setDefault(Locale.ROOT);
        try {
            PrimitiveType.Primitive.values();
        } finally {
            Locale.setDefault(before);
            Locale.setDefault(Locale.Category.FORMAT, format);
            Locale.setDefault(Locale.Category.DISPLAY, display);
        }
    }
}
