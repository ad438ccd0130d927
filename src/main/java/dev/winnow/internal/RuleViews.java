package dev.winnow.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

/**
 * How the engine gives each rule its own view of a draft: a view shares the draft's blocks, trace
 * and findings but records every decision under the rule's id. Package {@code dev.winnow.rule},
 * where the drafts are, registers how to make a view of each draft class; the engine (package
 * {@code dev.winnow}) asks for one per rule application. Rule package and engine are different
 * packages, and the rule SPI must not offer rules a way to act under another rule's id, so the
 * bridge is here: module {@code dev.winnow} does not export this package. (On the class path nothing
 * is encapsulated and only "internal" keeps users out.) Views are looked up by class, so that this
 * package names no type of {@code dev.winnow.rule} and the packages stay acyclic.
 *
 * <p>Unlike a thread-local "current rule", a view carries its rule's id wherever it goes: a decision
 * a rule records from another thread, or through a draft it kept, is still traced under its id.
 */
public final class RuleViews {
    private static final Map<Class<?>, BiFunction<Object, String, Object>> VIEWS = new ConcurrentHashMap<>();

    private RuleViews() {}

    /**
     * Registers how to make a rule's view of a draft class; the draft class does this once, when it
     * is initialised.
     *
     * @param <D>   the draft class
     * @param type  the draft class
     * @param view  makes the view of a draft that records under a rule id
     * @throws IllegalStateException if the class has a view already
     */
    public static <D> void register(Class<D> type, BiFunction<D, String, D> view) {
        if (VIEWS.putIfAbsent(type, (draft, ruleId) -> view.apply(type.cast(draft), ruleId)) != null) {
            throw new IllegalStateException("views of " + type.getName() + " are registered already");
        }
    }

    /**
     * A rule's view of a draft: what the rule records through it is traced under its id.
     *
     * @param <D>    the draft class
     * @param draft  the draft
     * @param ruleId the rule's id
     * @return the view
     * @throws IllegalStateException if the draft's class registered no view
     */
    @SuppressWarnings("unchecked")
    public static <D> D of(D draft, String ruleId) {
        BiFunction<Object, String, Object> view = VIEWS.get(draft.getClass());
        if (view == null) {
            throw new IllegalStateException("no rule views of " + draft.getClass().getName());
        }
        return (D) view.apply(draft, ruleId);
    }
}
