package com.cxcentric.training.entity;

import com.cxcentric.platform.RuleViolationException;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * A file a lesson offers for download. Only kinds of file a learner opens safely are taken, told
 * by the file name's extension (the content type is ours, never the uploader's); the name is
 * cleaned of paths and control characters.
 */
@Entity
@Table(name = "lesson_attachment")
public class LessonAttachment {

    public static final int NAME_LENGTH = 200;
    /** The largest file taken unless configured otherwise ({@code cx.training.attachment-max-bytes}). */
    public static final int DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

    /** The extensions taken and the content type each is served with. */
    public static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("pdf", "application/pdf"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("txt", "text/plain; charset=UTF-8"),
            Map.entry("csv", "text/csv; charset=UTF-8"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Map.entry("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
            Map.entry("odt", "application/vnd.oasis.opendocument.text"),
            Map.entry("ods", "application/vnd.oasis.opendocument.spreadsheet"),
            Map.entry("odp", "application/vnd.oasis.opendocument.presentation"),
            Map.entry("mp3", "audio/mpeg"));

    /** What a lesson's page lists of a file: no content. */
    public record Info(long id, long lessonId, String fileName, String contentType, int sizeBytes) {}

    /** A file as it is downloaded: its type, the header that names it, and its bytes. */
    public record Download(String contentType, String contentDisposition, byte[] content) {}

    @Id
    @SequenceGenerator(name = "lesson_attachment_seq", sequenceName = "lesson_attachment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "lesson_attachment_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "lesson_id", nullable = false)
    private Lesson lesson;

    @Column(name = "file_name", nullable = false, length = NAME_LENGTH, updatable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 120, updatable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private int sizeBytes;

    @Column(name = "sha256", nullable = false, length = 64, updatable = false)
    private String sha256;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content", nullable = false, updatable = false)
    private byte[] content;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected LessonAttachment() {
        // for JPA
    }

    /**
     * @throws RuleViolationException naming the field {@code file}: an empty file, one over
     *     {@code maxBytes}, a name without a usable part or with an extension not in {@link #TYPES}
     */
    public LessonAttachment(Lesson lesson, String uploadedName, byte[] bytes, int maxBytes, Instant now) {
        this.lesson = Objects.requireNonNull(lesson, "lesson");
        this.fileName = cleanName(uploadedName);
        this.contentType = typeOf(fileName);
        if (bytes == null || bytes.length == 0) {
            throw new RuleViolationException("file", "error.attachment.empty", fileName + " is empty", fileName);
        }
        if (bytes.length > maxBytes) {
            throw new RuleViolationException(
                    "file",
                    "error.attachment.tooLarge",
                    fileName + " is " + bytes.length + " bytes, more than " + maxBytes,
                    fileName,
                    maxBytes / (1024 * 1024));
        }
        this.content = bytes.clone();
        this.sizeBytes = bytes.length;
        this.sha256 = sha256(bytes);
        this.createdAt = Objects.requireNonNull(now, "now");
    }

    /** A copy for the same lesson in a course's next revision. */
    public LessonAttachment copyFor(Lesson next) {
        LessonAttachment copy = new LessonAttachment();
        copy.lesson = next;
        copy.fileName = fileName;
        copy.contentType = contentType;
        copy.sizeBytes = sizeBytes;
        copy.sha256 = sha256;
        copy.content = content;
        copy.createdAt = createdAt;
        return copy;
    }

    /**
     * The last path segment of an uploaded name, without control characters or characters that
     * would break a download header, at most {@value #NAME_LENGTH} characters keeping the extension.
     */
    static String cleanName(String uploadedName) {
        String name = uploadedName == null ? "" : uploadedName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1)
                .replaceAll("[\\p{Cntrl}\"<>|:*?]", "")
                .strip();
        if (name.isEmpty() || name.startsWith(".")) {
            throw new RuleViolationException(
                    "file", "error.attachment.name", "The file has no usable name", uploadedName);
        }
        if (name.length() > NAME_LENGTH) {
            int dot = name.lastIndexOf('.');
            String extension = dot < 0 ? "" : name.substring(dot);
            name = name.substring(0, NAME_LENGTH - extension.length()) + extension;
        }
        return name;
    }

    static String typeOf(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        String type = TYPES.get(extension);
        if (type == null) {
            throw new RuleViolationException(
                    "file",
                    "error.attachment.type",
                    fileName + " is not a kind of file a lesson can offer",
                    fileName,
                    String.join(", ", new TreeSet<>(TYPES.keySet())));
        }
        return type;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** The file for a download response; reads the content. */
    public Download download() {
        return new Download(contentType, contentDisposition(), content);
    }

    /** The header value that offers the file for download under its own name (RFC 6266, UTF-8 name too). */
    public String contentDisposition() {
        String ascii = fileName.replaceAll("[^\\x20-\\x7E]", "_");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }

    public Long getId() {
        return id;
    }

    public Lesson getLesson() {
        return lesson;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public int getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public byte[] getContent() {
        return content.clone();
    }
}
