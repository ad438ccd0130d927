package dev.winnow;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import dev.winnow.rule.Rule;
import dev.winnow.rules.StandardRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The architecture the code must keep: rules share results through findings on the blocks and
 * reading code through {@code dev.winnow.reading}, never by calling each other, and the packages
 * depend on each other without cycles.
 */
class ArchitectureTest {
    private static final String RULES = "dev.winnow.rules";
    /** The library's classes, as Maven compiled them. */
    private static final JavaClasses MAIN = new ClassFileImporter().importPath(Path.of("target/classes"));

    @Test
    void noRuleDependsOnAnotherRule() {
        classes().that().resideInAPackage(RULES).and().doNotBelongToAnyOf(StandardRules.class)
                .should(dependOnNoOtherRule())
                .check(MAIN);
    }

    /**
     * The bytecode does not show a rule reading another rule's compile-time constant (javac copies
     * the value in), so the sources are searched for {@code OtherRule.NAME}.
     */
    @Test
    void noRuleReadsAnotherRulesConstants() throws IOException {
        Pattern otherRule = Pattern.compile("\\b(\\w+Rule)\\.\\w+");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/java/dev/winnow/rules"))) {
            for (Path file : files.filter(f -> f.toString().endsWith("Rule.java")).sorted().toList()) {
                String own = file.getFileName().toString().replace(".java", "");
                Matcher m = otherRule.matcher(Files.readString(file));
                while (m.find()) {
                    if (!m.group(1).equals(own)) {
                        found.add(own + ": " + m.group());
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void theRulesPackageHoldsRulesAndTheirRegistryOnly() {
        classes().that().resideInAPackage(RULES).and().areTopLevelClasses().and().doNotHaveSimpleName("package-info")
                .and().doNotBelongToAnyOf(StandardRules.class)
                .should().implement(Rule.class)
                .because("code that several rules read with belongs in dev.winnow.reading")
                .check(MAIN);
    }

    @Test
    void packagesAreFreeOfCycles() {
        slices().assignedFrom(byPackage()).should().beFreeOfCycles().check(MAIN);
    }

    /** Each package is a slice, the root package {@code dev.winnow} included. */
    private static SliceAssignment byPackage() {
        return new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                return SliceIdentifier.of(javaClass.getPackageName());
            }

            @Override
            public String getDescription() {
                return "packages of dev.winnow";
            }
        };
    }

    /** Depends on no class of the rules package but its own nested ones and the registry. */
    private static ArchCondition<JavaClass> dependOnNoOtherRule() {
        return new ArchCondition<>("depend on no other rule") {
            @Override
            public void check(JavaClass rule, ConditionEvents events) {
                for (Dependency d : rule.getDirectDependenciesFromSelf()) {
                    JavaClass target = d.getTargetClass().getBaseComponentType();
                    if (target.getPackageName().equals(RULES) && !target.isEquivalentTo(StandardRules.class)
                            && !topLevel(target).equals(topLevel(rule))) {
                        events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                    }
                }
            }
        };
    }

    private static JavaClass topLevel(JavaClass c) {
        JavaClass top = c;
        while (top.getEnclosingClass().isPresent()) {
            top = top.getEnclosingClass().get();
        }
        return top;
    }
}
