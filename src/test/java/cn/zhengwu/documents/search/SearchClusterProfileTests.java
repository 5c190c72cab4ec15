package cn.zhengwu.documents.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The profile {@code search-cluster} (several nodes, ADR 0011) as far as it can be tried without a cluster: its
 * properties resolve to the Elasticsearch backend with outbox polling, and the settings file it names exists and
 * defines the analyzer the mapping uses as smartcn.
 */
class SearchClusterProfileTests {

    private static final String SEARCH = "spring.jpa.properties.hibernate.search.";

    @Test
    void theProfileSwitchesToTheClusterWithOutboxPolling() throws IOException {
        StandardEnvironment environment = clusterEnvironment();

        assertThat(environment.getProperty(SEARCH + "backend.type")).isEqualTo("elasticsearch");
        assertThat(environment.getProperty(SEARCH + "coordination.strategy")).isEqualTo("outbox-polling");
        assertThat(environment.getProperty(SEARCH + "backend.hosts")).isEqualTo("search-1.internal:9200");
        assertThat(environment.getProperty(SEARCH + "backend.version")).isEqualTo("opensearch:2.19");
        assertThat(environment.getProperty(SEARCH + "backend.protocol")).isEqualTo("https");
        assertThat(environment.getProperty(SEARCH + "backend.analysis.configurer")).isEmpty();
        // The mapping names its analyzer and the mapping bean alike on both backends.
        assertThat(environment.getProperty(SEARCH + "mapping.configurer")).isEqualTo("bean:documentSearchMapping");
    }

    @Test
    void theSettingsFileDefinesTheChineseAnalyzerAsSmartcn() throws IOException {
        String file = clusterEnvironment().getRequiredProperty(SEARCH + "backend.schema_management.settings_file");
        JsonNode settings;
        try (var json = new ClassPathResource(file).getInputStream()) {
            settings = JsonMapper.builder().build().readTree(json);
        }
        assertThat(settings.path("analysis").path("analyzer").path(SearchMapping.CHINESE).path("type").asString())
            .isEqualTo("smartcn");
    }

    private static StandardEnvironment clusterEnvironment() throws IOException {
        StandardEnvironment environment = new StandardEnvironment();
        var sources = environment.getPropertySources();
        sources.addFirst(new MapPropertySource("deployment", Map.of("zhengwu.search.hosts", "search-1.internal:9200",
            "zhengwu.search.version", "opensearch:2.19")));
        var loader = new YamlPropertySourceLoader();
        loader.load("profile", new ClassPathResource("application-search-cluster.yml")).forEach(sources::addLast);
        loader.load("base", new ClassPathResource("application.yml")).forEach(sources::addLast);
        return environment;
    }
}
