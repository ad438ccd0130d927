package dev.winnow.bench;

import java.io.File;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;

/**
 * One build of Winnow loaded in a class loader of its own (parent: the platform class loader), so
 * that two builds of the same classes can run side by side in one JVM. It is called through
 * reflection on the public API ({@code Cleaner.standard()}, {@code Input.html}/{@code Input.text},
 * {@code Article.bodyText()}), which every build since the API settled has.
 */
final class WinnowBuild {
    private final String name;
    private final Object cleaner;
    private final Method clean;
    private final Method htmlInput;
    private final Method textInput;
    private final Method bodyText;

    private WinnowBuild(String name, ClassLoader loader) throws ReflectiveOperationException {
        this.name = name;
        Class<?> cleanerClass = loader.loadClass("dev.winnow.Cleaner");
        Class<?> inputClass = loader.loadClass("dev.winnow.Input");
        this.cleaner = cleanerClass.getMethod("standard").invoke(null);
        this.clean = cleanerClass.getMethod("clean", inputClass);
        this.htmlInput = inputClass.getMethod("html", String.class, String.class);
        this.textInput = inputClass.getMethod("text", String.class, String.class);
        this.bodyText = loader.loadClass("dev.winnow.model.Article").getMethod("bodyText");
    }

    /**
     * Loads a build.
     *
     * @param name      the build's name in the report
     * @param classPath its class directories and jars (with the dependencies it needs), separated
     *                  by {@link File#pathSeparator}
     * @return the build, with its standard cleaner made
     * @throws ReflectiveOperationException if the class path holds no Winnow build with that API
     * @throws MalformedURLException        if an entry is no valid path
     */
    static WinnowBuild load(String name, String classPath) throws ReflectiveOperationException, MalformedURLException {
        List<URL> urls = new ArrayList<>();
        for (String entry : classPath.split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                urls.add(new File(entry).toURI().toURL());
            }
        }
        ClassLoader loader = new URLClassLoader(name, urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
        return new WinnowBuild(name, loader);
    }

    /** @return the build's name */
    String name() {
        return name;
    }

    /**
     * Cleans one page.
     *
     * @param asText whether the page is flattened text ({@code Input.text}) or HTML
     * @param page   the page
     * @param url    its URL
     * @return the length of the cleaned body text (for a sink the JIT cannot drop)
     */
    int clean(boolean asText, String page, String url) {
        try {
            Object input = (asText ? textInput : htmlInput).invoke(null, page, url);
            return ((String) bodyText.invoke(clean.invoke(cleaner, input))).length();
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(name + " failed on " + url, e.getCause());
        }
    }
}
