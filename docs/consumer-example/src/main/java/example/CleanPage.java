package example;

import dev.winnow.Cleaner;
import dev.winnow.Input;
import dev.winnow.model.Article;
import dev.winnow.write.MarkdownWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Cleans the page in the file named by the first argument (HTML or text) and prints it as Markdown. */
public final class CleanPage {
    private CleanPage() {
    }

    public static void main(String[] args) throws IOException {
        Article article = Cleaner.standard().clean(Input.detect(Files.readString(Path.of(args[0])), null));
        System.out.println("title: " + article.metadata().title());
        System.out.println("truncated: " + article.ending().truncated());
        System.out.print(new MarkdownWriter().render(article));
    }
}
