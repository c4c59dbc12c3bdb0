package dev.readiness.core.rule;

import dev.readiness.core.source.JavaFile;

/** A rule that looks at one parsed Java file at a time; runs in parallel right after parsing. */
public interface JavaFileRule extends Rule {

    void check(JavaFile file, FindingSink sink);
}
