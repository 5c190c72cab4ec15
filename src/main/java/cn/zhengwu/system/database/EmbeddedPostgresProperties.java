package cn.zhengwu.system.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded PostgreSQL started when {@code spring.datasource.url} is not set.
 *
 * @param directory where the cluster's data and binaries live; kept between runs
 * @param port the port to listen on; 0 picks a free one
 * @param ephemeral when true the data directory is a fresh temporary one, deleted at shutdown (tests)
 */
@ConfigurationProperties("zhengwu.embedded-postgres")
public record EmbeddedPostgresProperties(@DefaultValue("data") Path directory, @DefaultValue("0") int port,
        @DefaultValue("false") boolean ephemeral) {
}
