package com.cxcentric.vision.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** The vision and the service promise in one language. */
@Embeddable
public class VisionText {

    public static final int VISION_LENGTH = 4000;
    public static final int PROMISE_LENGTH = 2000;

    @Column(name = "language", nullable = false, length = 8)
    private String language;

    @Column(name = "vision", nullable = false, length = VISION_LENGTH)
    private String vision;

    @Column(name = "promise", nullable = false, length = PROMISE_LENGTH)
    private String promise;

    protected VisionText() {
        // for JPA
    }

    public VisionText(String language, String vision, String promise) {
        this.language = Objects.requireNonNull(language, "language");
        this.vision = Objects.requireNonNull(vision, "vision");
        this.promise = Objects.requireNonNull(promise, "promise");
    }

    public String getLanguage() {
        return language;
    }

    public String getVision() {
        return vision;
    }

    public String getPromise() {
        return promise;
    }
}
