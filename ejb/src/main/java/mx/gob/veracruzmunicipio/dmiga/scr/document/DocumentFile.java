package mx.gob.veracruzmunicipio.dmiga.scr.document;

import java.io.Serializable;

/** A rendered document: the file name it is offered under and its PDF bytes. */
public record DocumentFile(String fileName, byte[] content) implements Serializable {

    public static final String MIME_TYPE = "application/pdf";
}
