package mx.gob.veracruzmunicipio.dmiga.scr.workflow;

import java.io.Serializable;
import java.util.Locale;

/**
 * A file a person attached to an action (the provider's CFDI XML, its PDF…): its name as it came
 * from their computer, the type the browser declared and its bytes. Which files a component
 * accepts is its {@link UploadOf}.
 */
public record Upload(String fileName, String contentType, byte[] content) implements Serializable {

    /** The extension of the file's name, lower case and without the dot; empty when it has none. */
    public String extension() {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    public int size() {
        return content == null ? 0 : content.length;
    }

    /** How the timeline names it: the bytes are stored elsewhere, never in the entry. */
    @Override
    public String toString() {
        return fileName + " (" + size() + " bytes)";
    }
}
