package example.modular;

import dev.winnow.Cleaner;
import dev.winnow.Input;
import dev.winnow.model.Article;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

/**
 * Cleans the file named by the first argument as bytes (so Tika's media type and charset detection
 * runs on the module path) and prints what module dev.winnow is and exports; exits with 1 when it
 * is not the named module the README describes.
 */
public final class CleanModular {
    private static final Set<String> EXPORTED = Set.of("dev.winnow", "dev.winnow.cli", "dev.winnow.model",
            "dev.winnow.rule", "dev.winnow.rules", "dev.winnow.settings", "dev.winnow.site", "dev.winnow.warc",
            "dev.winnow.write");

    private CleanModular() {
    }

    public static void main(String[] args) {
        Module winnow = Cleaner.class.getModule();
        ModuleDescriptor descriptor = winnow.getDescriptor();
        Set<String> exported = new TreeSet<>();
        descriptor.exports().forEach(e -> exported.add(e.source()));
        System.out.println("module: " + descriptor.toNameAndVersion() + (descriptor.isAutomatic() ? " (automatic)" : ""));
        System.out.println("exports: " + String.join(" ", exported));
        boolean internalsHidden = !winnow.isExported("dev.winnow.internal") && !winnow.isExported("dev.winnow.reading")
                && !winnow.isExported("dev.winnow.segment");
        Article article = Cleaner.standard().clean(Input.path(Path.of(args[0])));
        System.out.println("media type: " + article.input().mediaType() + ", charset: " + article.input().charset()
                + " (" + article.input().charsetSource() + ")");
        System.out.println("truncated: " + article.ending().truncated());
        if (!winnow.isNamed() || descriptor.isAutomatic() || !exported.equals(EXPORTED) || !internalsHidden) {
            System.out.println("not the module the README describes");
            System.exit(1);
        }
    }
}
