package mx.gob.veracruzmunicipio.dmiga.scr.oficio;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A file that came with an incoming oficio; its content loads only when asked for. */
@Entity
@Table(name = "incoming_oficio_attachment")
public class IncomingOficioAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "oficio_id", nullable = false)
    private IncomingOficio oficio;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "mime_type", nullable = false, length = 100)
    private String mimeType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    protected IncomingOficioAttachment() {
        // JPA
    }

    IncomingOficioAttachment(IncomingOficio oficio, String fileName, String mimeType, byte[] content) {
        this.oficio = oficio;
        this.fileName = fileName;
        this.mimeType = mimeType;
        this.content = content;
        this.sizeBytes = content.length;
    }

    public Long getId() {
        return id;
    }

    public String getFileName() {
        return fileName;
    }

    public String getMimeType() {
        return mimeType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public byte[] getContent() {
        return content;
    }
}
