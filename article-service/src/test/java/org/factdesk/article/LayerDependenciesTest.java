package org.factdesk.article;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.factdesk.article.events.Topics;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * Dependencies point one way: inbound adapters (REST resources in {@code rest}, Kafka consumers and the outbox relay
 * in {@code messaging}) call {@code service}, the transaction boundary, which uses {@code domain}, {@code repository}
 * and {@code events} (the event records and the outbox writer). Nothing below an adapter knows about HTTP or Kafka
 * consumers, so a service can be called from either and tested without them.
 */
class LayerDependenciesTest {

    private static final String ROOT = "org.factdesk.article";
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    @Test
    void layersAreOnlyUsedFromAbove() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Rest").definedBy(ROOT + ".rest..")
                .layer("Messaging").definedBy(ROOT + ".messaging..")
                .layer("Service").definedBy(ROOT + ".service..")
                .layer("Events").definedBy(ROOT + ".events..")
                .layer("Repository").definedBy(ROOT + ".repository..")
                .layer("Domain").definedBy(ROOT + ".domain..")
                .whereLayer("Rest").mayNotBeAccessedByAnyLayer()
                .whereLayer("Messaging").mayNotBeAccessedByAnyLayer()
                .whereLayer("Service").mayOnlyBeAccessedByLayers("Rest", "Messaging")
                .whereLayer("Events").mayOnlyBeAccessedByLayers("Service", "Messaging")
                // The resources parse paging cursors themselves (repository.PageCursor): a downward dependency.
                .whereLayer("Repository").mayOnlyBeAccessedByLayers("Rest", "Messaging", "Service", "Events")
                .whereLayer("Domain").mayOnlyBeAccessedByLayers("Rest", "Messaging", "Service", "Events", "Repository")
                .check(CLASSES);
    }

    @Test
    void theDomainDependsOnNoOtherPackageOfTheService() {
        noClasses().that().resideInAPackage(ROOT + ".domain..")
                .should().dependOnClassesThat(resideInAPackage(ROOT + "..").and(not(resideInAPackage(ROOT + ".domain.."))))
                .check(CLASSES);
    }

    @Test
    void packagesFormNoCycle() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    /** Each topic name is written once, in events.Topics; everything else refers to the constant. */
    @Test
    void eachTopicIsNamedOnlyInTopics() throws IOException {
        Path sources = Path.of("src/main/java");
        Path topicsFile = sources.resolve(Topics.class.getName().replace('.', '/') + ".java");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(sources)) {
            files = walk.filter(path -> path.toString().endsWith(".java")).toList();
        }
        for (String topic : topicNames()) {
            List<Path> naming = files.stream().filter(path -> read(path).contains('"' + topic + '"')).toList();
            assertEquals(List.of(topicsFile), naming, "files naming the topic " + topic);
        }
    }

    private static List<String> topicNames() {
        return Stream.of(Topics.class.getDeclaredFields()).filter(field -> Modifier.isStatic(field.getModifiers()))
                .map(LayerDependenciesTest::value).toList();
    }

    private static String value(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
