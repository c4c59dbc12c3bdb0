package org.acme.inject;

/** Creates objects. */
public class Injector {
    /** A new instance of {@code type}. */
    public <T> T instance(Class<T> type) throws ReflectiveOperationException {
        return type.getDeclaredConstructor().newInstance();
    }
}
