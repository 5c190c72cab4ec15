package cn.zhengwu.system.scheduling;

import java.util.concurrent.Semaphore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.task.TaskDecorator;
import org.springframework.stereotype.Component;

/**
 * Bounds how many asynchronous tasks (module event listeners) do their work at once. Each listener may hold two
 * database connections (its transaction and a REQUIRES_NEW one: a delivery, an audit entry), so a burst — a 通知
 * issued to every district — must not run more of them than the pool can serve. The permit is taken when the task
 * runs, on its own virtual thread, never when it is submitted: a publisher (or the start-up resubmission of
 * outstanding events, while the context is still being built) never waits, so nothing can deadlock on the bound.
 */
@Component
class ListenerPermits implements TaskDecorator {

    private final Semaphore permits;

    ListenerPermits(@Value("${zhengwu.events.concurrent-listeners:4}") int concurrentListeners) {
        this.permits = new Semaphore(concurrentListeners, true);
    }

    @Override
    public Runnable decorate(Runnable task) {
        return () -> {
            permits.acquireUninterruptibly();
            try {
                task.run();
            }
            finally {
                permits.release();
            }
        };
    }
}
