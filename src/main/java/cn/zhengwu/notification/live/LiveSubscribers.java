package cn.zhengwu.notification.live;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The browsers connected to this node for live news, by person. A push sends the event {@code notification};
 * the bell then asks for its count and its latest items. A stream ends after a while and the browser opens a
 * new one; streams whose browser went away are dropped at the next push. On shutdown every stream is closed
 * first, so that graceful shutdown does not wait for them.
 */
@Component
public class LiveSubscribers implements SmartLifecycle {

    /** The name of the server-sent event, as the bell's {@code hx-trigger="sse:notification"} expects it. */
    public static final String EVENT = "notification";

    private static final Logger log = LoggerFactory.getLogger(LiveSubscribers.class);
    private static final Duration STREAM_LIFETIME = Duration.ofMinutes(10);

    private final Map<UUID, Set<SseEmitter>> streams = new ConcurrentHashMap<>();
    private volatile boolean running;

    public SseEmitter subscribe(UUID person) {
        SseEmitter emitter = new SseEmitter(STREAM_LIFETIME.toMillis());
        Set<SseEmitter> own = streams.computeIfAbsent(person, key -> ConcurrentHashMap.newKeySet());
        own.add(emitter);
        Runnable forget = () -> forget(person, emitter);
        emitter.onCompletion(forget);
        emitter.onTimeout(forget);
        emitter.onError(failure -> forget.run());
        try {
            emitter.send(SseEmitter.event().comment("connected"));
        }
        catch (IOException gone) {
            forget.run();
        }
        return emitter;
    }

    /** Tells the person's browsers on this node that there is news. */
    public void push(UUID person) {
        for (SseEmitter emitter : streams.getOrDefault(person, Set.of())) {
            try {
                emitter.send(SseEmitter.event().name(EVENT).data(person.toString()));
            }
            catch (IOException | IllegalStateException gone) {
                log.debug("A stream of {} went away", person);
                forget(person, emitter);
            }
        }
    }

    public int streamsOf(UUID person) {
        return streams.getOrDefault(person, Set.of()).size();
    }

    private void forget(UUID person, SseEmitter emitter) {
        streams.computeIfPresent(person, (key, own) -> {
            own.remove(emitter);
            return own.isEmpty() ? null : own;
        });
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        streams.values().forEach(own -> own.forEach(SseEmitter::complete));
        streams.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
