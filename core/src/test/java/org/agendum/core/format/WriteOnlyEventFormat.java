package org.agendum.core.format;

import java.io.InputStream;
import java.util.Objects;
import org.agendum.core.model.Event;

/**
 * What the write-only test formats share: a name, media type and file extension given to the
 * constructor, and reading refused.
 *
 * <p>Public, with a protected constructor: {@link ProviderClassLoader} defines the subclasses in its
 * own unnamed module, from where they see this class as exported API of the core module.
 */
public abstract class WriteOnlyEventFormat implements EventFormat {

    private final String name;
    private final String mediaType;
    private final String fileExtension;

    /**
     * Creates the format.
     *
     * @param name the name
     * @param mediaType the media type
     * @param fileExtension the file extension, without the dot
     */
    protected WriteOnlyEventFormat(String name, String mediaType, String fileExtension) {
        this.name = Objects.requireNonNull(name, "name");
        this.mediaType = Objects.requireNonNull(mediaType, "mediaType");
        this.fileExtension = Objects.requireNonNull(fileExtension, "fileExtension");
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final String mediaType() {
        return mediaType;
    }

    @Override
    public final String fileExtension() {
        return fileExtension;
    }

    @Override
    public final boolean canRead() {
        return false;
    }

    @Override
    public final Event read(InputStream in) {
        throw new UnsupportedOperationException("the " + name + " format cannot read events");
    }
}
