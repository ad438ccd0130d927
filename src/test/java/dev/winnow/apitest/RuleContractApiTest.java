package dev.winnow.apitest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.rule.Draft;
import dev.winnow.rule.Rule;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rule SPI as a rule author outside {@code dev.winnow} sees it: a draft offers the verbs meant
 * for rules and nothing of the engine.
 */
class RuleContractApiTest {

    private static List<Method> publicMethods(Class<?> type) {
        return Arrays.stream(type.getMethods()).filter(m -> m.getDeclaringClass() == type).toList();
    }

    @Test
    void aDraftCannotRunRulesOrRecordUnderAnotherRulesId() {
        List<Method> methods = publicMethods(Draft.class);
        assertThat(methods).noneMatch(m -> Arrays.asList(m.getParameterTypes()).contains(Rule.class));
        assertThat(methods).extracting(Method::getName).doesNotContain("apply", "skipped", "withBlocks");
    }

    @Test
    void theOnlyWayToMakeADraftIsFromASourceAndBlocks() {
        assertThat(Draft.class.getConstructors()).isEmpty();
        assertThat(publicMethods(Draft.class)).filteredOn(m -> Modifier.isStatic(m.getModifiers()))
                .extracting(Method::getName).containsOnly("of");
    }
}
