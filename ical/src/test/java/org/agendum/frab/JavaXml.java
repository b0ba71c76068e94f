package org.agendum.frab;

/**
 * Lets this package use the JDK's XML parser ({@code java.xml}) when its classes run inside the
 * module {@code org.agendum.ical}: the test sources are patched into that module, which does not
 * read {@code java.xml} and should not, for the sake of tests, declare that it does. On the class
 * path, where every module is read, this does nothing.
 */
final class JavaXml {

    static {
        JavaXml.class.getModule().addReads(ModuleLayer.boot().findModule("java.xml")
                .orElseThrow(() -> new IllegalStateException("the JDK's java.xml module is not in the boot layer")));
    }

    private JavaXml() {}

    /** Makes {@code java.xml} readable by this package's module; the first call does it. */
    static void readable() {
        // The static initializer does the work, once.
    }
}
