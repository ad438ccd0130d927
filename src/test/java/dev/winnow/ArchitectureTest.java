package dev.winnow;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import dev.winnow.rule.Rule;
import dev.winnow.rules.StandardRules;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The architecture the code must keep: rules share results through findings on the blocks and
 * reading code through {@code dev.winnow.reading}, never by calling each other; the packages
 * depend on each other without cycles; and module {@code dev.winnow} exports its API packages only,
 * none of whose public signatures names a class of a package it does not export.
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

    @Test
    void theModuleExportsEveryPackageButTheInternalOnes() throws IOException {
        ModuleDescriptor module = moduleDescriptor();
        Set<String> unexported = new TreeSet<>();
        for (JavaClass c : MAIN) {
            if (!module.exports().stream().anyMatch(e -> e.source().equals(c.getPackageName()))
                    && !c.getSimpleName().equals("module-info")) {
                unexported.add(c.getPackageName());
            }
        }
        assertThat(module.name()).isEqualTo("dev.winnow");
        assertThat(module.exports()).allMatch(e -> !e.isQualified());
        assertThat(unexported).containsExactly("dev.winnow.internal", "dev.winnow.reading", "dev.winnow.segment");
    }

    /**
     * A user of the module cannot name a class of a package the module does not export, so no public
     * or protected member, supertype or type parameter of a public class of an exported package may
     * name one.
     */
    @Test
    void noExportedSignatureNamesAnUnexportedPackage() throws IOException {
        Set<String> exported = new TreeSet<>();
        moduleDescriptor().exports().forEach(e -> exported.add(e.source()));
        List<String> found = new ArrayList<>();
        for (JavaClass c : MAIN) {
            if (!exported.contains(c.getPackageName()) || !visibleOutside(c)) {
                continue;
            }
            List<JavaType> named = new ArrayList<>(c.getInterfaces());
            c.getSuperclass().ifPresent(named::add);
            named.addAll(c.getTypeParameters());
            for (JavaMember member : c.getMembers()) {
                if (member.getModifiers().contains(JavaModifier.PUBLIC)
                        || member.getModifiers().contains(JavaModifier.PROTECTED)) {
                    named.addAll(signatureTypes(member));
                }
            }
            for (JavaType type : named) {
                for (JavaClass raw : type.getAllInvolvedRawTypes()) {
                    String pkg = raw.getPackageName();
                    if (pkg.startsWith("dev.winnow") && !exported.contains(pkg)) {
                        found.add(c.getName() + " names " + raw.getName());
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }

    private static ModuleDescriptor moduleDescriptor() throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("target/classes/module-info.class"))) {
            return ModuleDescriptor.read(in);
        }
    }

    /** Public, and nested in public classes only. */
    private static boolean visibleOutside(JavaClass c) {
        for (JavaClass k = c; k != null; k = k.getEnclosingClass().orElse(null)) {
            if (!k.getModifiers().contains(JavaModifier.PUBLIC)) {
                return false;
            }
        }
        return true;
    }

    /** The types a member's signature names: field type, or return, parameter and thrown types. */
    private static List<JavaType> signatureTypes(JavaMember member) {
        List<JavaType> types = new ArrayList<>();
        if (member instanceof JavaField field) {
            types.add(field.getType());
        } else if (member instanceof JavaCodeUnit code) {
            types.add(code.getReturnType());
            types.addAll(code.getParameterTypes());
            types.addAll(code.getThrowsClause().getTypes());
            types.addAll(code.getTypeParameters());
        }
        return types;
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
