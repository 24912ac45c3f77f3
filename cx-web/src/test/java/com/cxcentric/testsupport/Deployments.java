package com.cxcentric.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** Test deployments are the WAR the build produced, not hand-picked classes. */
public final class Deployments {

    private static final String WEB_XML = "WEB-INF/web.xml";

    private Deployments() {}

    /** target/cx.war as built by this module, deployed under /cx. */
    public static WebArchive portal() {
        String war = System.getProperty("cx.war", "target/cx.war");
        return ShrinkWrap.create(ZipImporter.class, "cx.war")
                .importFrom(new File(war))
                .as(WebArchive.class);
    }

    /**
     * The built WAR for tests that run inside the server. Two changes: Arquillian's own test-runner
     * servlet is reachable, which the application's deny-by-default constraint would otherwise
     * refuse, and the test-only libraries of target/it-libs (the SMTP server of the mail test) are added.
     */
    public static WebArchive portalWithTestRunner() {
        WebArchive archive = portal();
        String webXml;
        try (InputStream in = archive.get(WEB_XML).getAsset().openStream()) {
            webXml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String runner =
                """
                    <security-constraint>
                        <web-resource-collection>
                            <web-resource-name>arquillian</web-resource-name>
                            <url-pattern>/ArquillianServletRunner</url-pattern>
                            <url-pattern>/ArquillianServletRunnerEE9</url-pattern>
                        </web-resource-collection>
                    </security-constraint>
                """;
        File[] libraries = new File(System.getProperty("cx.it.libs", "target/it-libs")).listFiles();
        if (libraries != null) {
            archive.addAsLibraries(libraries);
        }
        archive.delete(WEB_XML);
        archive.addAsWebInfResource(
                new StringAsset(webXml.replace(
                        "<deny-uncovered-http-methods/>", runner + "    <deny-uncovered-http-methods/>")),
                "web.xml");
        return archive;
    }
}
