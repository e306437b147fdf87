package org.scalelab.training.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The limit belongs to the thread that sets it: each training worker must set its own. */
class NativeThreadsTest {

    @Test
    void theLimitHoldsOnTheThreadThatSetItOnly() throws Exception {
        NativeBackend.configure();
        int everyone = NativeThreads.callingThreadLimit();
        AtomicInteger limited = new AtomicInteger();
        AtomicInteger other = new AtomicInteger();
        Thread worker = new Thread(() -> {
            NativeThreads.limitCallingThread(1);
            limited.set(NativeThreads.callingThreadLimit());
        });
        worker.start();
        worker.join();
        Thread fresh = new Thread(() -> other.set(NativeThreads.callingThreadLimit()));
        fresh.start();
        fresh.join();

        assertEquals(1, limited.get());
        assertEquals(everyone, other.get(), "a thread that set nothing keeps the default");
    }

    @Test
    void jobsShareTheCores() {
        assertEquals(1, NativeThreads.perJob(2, 2));
        assertEquals(4, NativeThreads.perJob(2, 8));
        assertEquals(1, NativeThreads.perJob(3, 2));
        assertThrows(IllegalArgumentException.class, () -> NativeThreads.perJob(0, 2));
        assertThrows(IllegalArgumentException.class, () -> NativeThreads.limitCallingThread(0));
    }
}
