package ai.autogon.label.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

/**
 * Checks the module boundaries: dependencies point inwards, adapters stay independent, ports live in the domain.
 *
 * <p>ArchUnit fails a rule whose subject package is empty, so a renamed package cannot silently pass.
 */
@AnalyzeClasses(packages = "ai.autogon.label", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureRulesTest {
  private static final String DOMAIN = "ai.autogon.label.domain..";
  private static final String APPLICATION = "ai.autogon.label.application..";
  private static final String[] ADAPTERS = {
      "ai.autogon.label.http..",
      "ai.autogon.label.storage..",
      "ai.autogon.label.engine..",
      "ai.autogon.label.server..",
      "ai.autogon.label.cli.."};
  private static final String[] FRAMEWORKS = {
      "dagger..", "retrofit2..", "okhttp3..", "okio..", "com.squareup..", "ai.djl..", "picocli..",
      "io.javalin..", "org.eclipse.jetty..", "org.slf4j..", "com.twelvemonkeys..", "org.knowm..", "javax.imageio..",
      "java.awt.."};

  // Dagger writes factories for @Inject constructors into the package of the injected class, so they sit
  // in application packages although the bootstrap module compiles them.
  private static final String DAGGER_GENERATED = "dagger.internal.DaggerGenerated";

  @ArchTest
  static final ArchRule domainDependsOnlyOnTheJdk =
      classes().that().resideInAPackage(DOMAIN)
          .should().onlyDependOnClassesThat().resideInAnyPackage(DOMAIN, "java..")
          .because("the domain is plain Java that every adapter and embedding application can rely on");

  @ArchTest
  static final ArchRule applicationDependsOnlyOnDomainAndInject =
      classes().that().resideInAPackage(APPLICATION).and().areNotAnnotatedWith(DAGGER_GENERATED)
          .should().onlyDependOnClassesThat()
          .resideInAnyPackage(APPLICATION, DOMAIN, "java..", "jakarta.inject..", "javax.inject..")
          .because("use cases orchestrate ports and must not know which adapter implements them");

  @ArchTest
  static final ArchRule frameworksStayOutOfDomainAndApplication =
      noClasses().that().resideInAnyPackage(DOMAIN, APPLICATION).and().areNotAnnotatedWith(DAGGER_GENERATED)
          .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
          .because("frameworks belong to adapters, so that the core can be tested and reused without them");

  @ArchTest
  static final ArchRule noAdapterDependsOnAnotherAdapter =
      slices().matching("ai.autogon.label.(http|storage|engine|server|cli)..")
          .should().notDependOnEachOther()
          .because("what two adapters both need is a port in the domain, implemented by one and used by the other");

  @ArchTest
  static final ArchRule portsAreInterfacesInTheDomain =
      classes().that().haveSimpleNameEndingWith("Port")
          .should().beInterfaces()
          .andShould().resideInAPackage("ai.autogon.label.domain.port")
          .because("adapters implement ports and use cases receive them by constructor injection");

  @ArchTest
  static final ArchRule onlyTheCliWritesToStandardStreams =
      noClasses().that().resideOutsideOfPackages("ai.autogon.label.cli..")
          .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
          .because("the command line owns the terminal; everything else returns values or logs through SLF4J");

  @ArchTest
  static final ArchRule noPackageCycles =
      slices().matching("ai.autogon.label.(**)")
          .should().beFreeOfCycles()
          .because("cycles make packages impossible to understand, test or move on their own");

  @ArchTest
  static final ArchRule coreDoesNotDependOnAdaptersOrBootstrap =
      noClasses().that().resideInAnyPackage(DOMAIN, APPLICATION)
          .should().dependOnClassesThat().resideInAnyPackage(concat(ADAPTERS, "ai.autogon.label.bootstrap.."))
          .because("dependencies point inwards: adapters and bootstrap know the core, never the reverse");

  private static String[] concat(String[] first, String extra) {
    String[] all = java.util.Arrays.copyOf(first, first.length + 1);
    all[first.length] = extra;
    return all;
  }
}
