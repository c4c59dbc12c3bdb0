package dev.readiness.core.rule;

/** A rule over the whole repository (files, modules, type index); runs once, after all files are parsed. */
public interface RepositoryRule extends Rule {

    void check(RepositoryContext context, FindingSink sink);
}
