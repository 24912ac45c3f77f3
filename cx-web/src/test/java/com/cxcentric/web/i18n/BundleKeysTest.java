package com.cxcentric.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The English, Dutch and Indonesian bundles carry exactly the same keys, and every key a page uses exists. */
class BundleKeysTest {

    private static final Pattern PAGE_KEY = Pattern.compile("i18n\\['([A-Za-z0-9_.]+)'\\]");

    private static Set<String> keys(String resource) throws IOException {
        try (InputStream in = BundleKeysTest.class.getResourceAsStream("/com/cxcentric/web/i18n/" + resource)) {
            var properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new TreeSet<>(properties.stringPropertyNames());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages_nl.properties", "messages_id.properties"})
    void translationHasTheSameKeysAsEnglish(String translation) throws IOException {
        Set<String> english = keys("messages.properties");
        Set<String> translated = keys(translation);

        var missing = new TreeSet<>(english);
        missing.removeAll(translated);
        var extra = new TreeSet<>(translated);
        extra.removeAll(english);
        assertEquals(Set.of(), missing, translation + " lacks keys");
        assertEquals(Set.of(), extra, translation + " has keys English lacks");
    }

    @ParameterizedTest
    @ValueSource(strings = {"faces_nl.properties", "faces_id.properties"})
    void facesMessagesAreTranslated(String translation) throws IOException {
        assertEquals(keys("faces.properties"), keys(translation));
    }

    @Test
    void everyLiteralKeyOnAPageExists() throws IOException {
        Set<String> english = keys("messages.properties");
        var unknown = new TreeSet<String>();
        try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                var matcher = PAGE_KEY.matcher(Files.readString(page));
                while (matcher.find()) {
                    if (!english.contains(matcher.group(1))) {
                        unknown.add(page.getFileName() + ": " + matcher.group(1));
                    }
                }
            }
        }
        assertTrue(unknown.isEmpty(), "unknown keys " + unknown);
    }
}
