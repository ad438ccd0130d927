package dev.winnow.rule;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/** Values derived from a draft's source once and shared by the rules that need them, by type. */
final class DerivedValues {
    private final Map<Class<?>, Object> values = new HashMap<>();

    /** The value of a type, computed the first time it is asked for. */
    <T> T get(Class<T> type, Supplier<T> compute) {
        Object value = values.get(type);
        if (value == null) {
            value = compute.get();
            values.put(type, value);
        }
        return type.cast(value);
    }
}
