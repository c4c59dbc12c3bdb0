package com.example;

import java.util.concurrent.ForkJoinPool;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Near miss from the corpus: a worker that blocks for the next queued action and runs it. A failed action is logged
 * and the next round takes the next one; it leaves when it has been idle, not when an action succeeded.
 */
class CleanupWorker {

    private static final Logger LOGGER = Logger.getLogger(CleanupWorker.class.getName());

    private final ActionQueue queue = new ActionQueue();

    void work() {
        while (true) {
            try {
                ForkJoinPool.managedBlock(queue);
                Runnable action = queue.drainOne();
                if (action != null) {
                    action.run();
                } else if (queue.idle()) {
                    break;
                }
            } catch (InterruptedException e) {
                LOGGER.log(Level.FINE, "interrupted; going on while actions are queued");
            } catch (RuntimeException e) {
                LOGGER.log(Level.WARNING, "cleanup action failed", e);
            }
        }
    }

    void workOnTheSameAction() {
        Runnable action = queue.drainOne();
        while (true) { // expect: hygiene/retry-without-backoff
            try {
                action.run();
                return;
            } catch (RuntimeException e) {
                LOGGER.log(Level.WARNING, "cleanup action failed; running it again", e);
            }
        }
    }

    private static final class ActionQueue implements ForkJoinPool.ManagedBlocker {

        private Runnable head;

        Runnable drainOne() {
            Runnable taken = head;
            head = null;
            return taken;
        }

        boolean idle() {
            return head == null;
        }

        @Override
        public boolean block() {
            return true;
        }

        @Override
        public boolean isReleasable() {
            return head != null;
        }
    }
}
