package com.cxcentric.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class UploadLimitTest {

    @Test
    void theFilterRefusesExactlyWhatTheContainerWouldRefuse() throws Exception {
        String webXml = Files.readString(Path.of("src/main/webapp/WEB-INF/web.xml"));
        var limit =
                Pattern.compile("<max-request-size>(\\d+)</max-request-size>").matcher(webXml);
        limit.find();

        assertEquals(Long.parseLong(limit.group(1)), UploadLimit.MAX_REQUEST_BYTES);
        assertEquals(65, UploadLimit.MAX_REQUEST_MEGABYTES);
    }
}
