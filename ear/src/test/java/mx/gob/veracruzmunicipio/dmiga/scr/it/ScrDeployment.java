package mx.gob.veracruzmunicipio.dmiga.scr.it;

import java.io.File;

import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** What the integration tests deploy: always the EAR the build produced, never a hand-picked subset. */
public final class ScrDeployment {

    private static final String TEST_WAR_DESCRIPTOR = """
            <jboss-web xmlns="urn:jboss:jakartaee:1.0" version="15.0">
                <context-root>/scr-tests</context-root>
                <security-domain>scr</security-domain>
            </jboss-web>
            """;

    private ScrDeployment() {
    }

    /** The real EAR, for tests that talk to it from outside like its users do. */
    public static EnterpriseArchive ear() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("scr.ear")));
    }

    /**
     * The real EAR plus a small test module holding these classes, for tests that run inside the
     * server and call the session beans. The module sits in SCR's security domain and may use
     * Elytron's API, so a test can sign in as a real account (see {@link SignedIn}).
     */
    public static EnterpriseArchive earWith(Class<?>... testClasses) {
        WebArchive tests = ShrinkWrap.create(WebArchive.class, "scr-tests.war")
                .addClasses(testClasses)
                .addClass(SignedIn.class)
                .addAsResource("cfdi")
                .addAsWebInfResource(new StringAsset(TEST_WAR_DESCRIPTOR), "jboss-web.xml")
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml")
                .setManifest(new StringAsset("Manifest-Version: 1.0\nDependencies: org.wildfly.security.elytron\n"));
        return ear().addAsModule(Testable.archiveToTest(tests));
    }
}
