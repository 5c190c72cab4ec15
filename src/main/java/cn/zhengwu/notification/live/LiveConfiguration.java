package cn.zhengwu.notification.live;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** This node listens for news from every node and passes it to its own connected browsers. */
@Configuration(proxyBeanMethods = false)
class LiveConfiguration {

    @Bean
    NewsListener notificationNewsListener(DataSource dataSource, LiveSubscribers subscribers) {
        return new NewsListener(dataSource, subscribers::push);
    }
}
