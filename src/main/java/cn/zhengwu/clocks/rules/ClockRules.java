package cn.zhengwu.clocks.rules;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The deadline rules by name ({@code zhengwu.clocks.rules.<name>.*}) and how often the watch runs.
 *
 * @param rules the rules by name
 * @param watchInterval how often reminders, overdue clocks and escalations are looked for
 */
@ConfigurationProperties("zhengwu.clocks")
public record ClockRules(@DefaultValue Map<String, ClockRule> rules, @DefaultValue("PT1M") Duration watchInterval) {

    public ClockRules {
        rules = Map.copyOf(rules);
    }

    public Optional<ClockRule> find(String name) {
        return Optional.ofNullable(rules.get(name));
    }
}
