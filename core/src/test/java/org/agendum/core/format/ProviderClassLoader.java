package org.agendum.core.format;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;

/**
 * Installs the test formats listed in {@code META-INF/services/org.agendum.core.format.EventFormat}
 * of the test resources.
 *
 * <p>Surefire runs this modular project on the module path, with the test classes patched into
 * {@code org.agendum.core}; {@link java.util.ServiceLoader} ignores {@code META-INF/services} entries
 * that name classes in a named module (providers there must be declared with {@code provides}). So
 * this loader defines the listed provider classes itself, child first, in its own unnamed module,
 * and delegates everything else (the core API above all) to its parent. It also sees only its own
 * services files, so formats installed elsewhere cannot leak in. The same holds on the class path.
 */
final class ProviderClassLoader extends URLClassLoader {

    static {
        registerAsParallelCapable();
    }

    private final Set<String> providers;

    private ProviderClassLoader(List<URL> roots, Set<String> providers, ClassLoader parent) {
        super(roots.toArray(new URL[0]), parent);
        this.providers = providers;
    }

    /** A loader that installs the formats listed in the test resources. */
    static ProviderClassLoader forTestServices() {
        return withRoots(List.of(testClassesRoot()));
    }

    /**
     * A loader that installs the formats listed in the services files under {@code roots}, which may
     * name any of the test formats.
     */
    static ProviderClassLoader withRoots(List<URL> roots) {
        return new ProviderClassLoader(roots, Set.of(TextEventFormat.class.getName(), CsvEventFormat.class.getName(),
                ShoutingTextEventFormat.class.getName(), CsvTableEventFormat.class.getName()), ProviderClassLoader.class.getClassLoader());
    }

    /** The directory (or jar) the test classes and resources are loaded from. */
    static URL testClassesRoot() {
        return TextEventFormat.class.getProtectionDomain().getCodeSource().getLocation();
    }

    /** The directory the test classes are loaded from, as a path. */
    static Path testClassesDirectory() {
        try {
            return Path.of(testClassesRoot().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (!providers.contains(name)) {
            return super.loadClass(name, resolve);
        }
        synchronized (getClassLoadingLock(name)) {
            Class<?> loaded = findLoadedClass(name);
            if (loaded == null) {
                loaded = findClass(name);
            }
            if (resolve) {
                resolveClass(loaded);
            }
            return loaded;
        }
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        return findResources(name);
    }
}
