package com.example;

import java.util.List;
import java.util.Map;

public class StockSync {

    /** Five levels (for, if, for, catch, if; the try adds none): over CodeScene's 4, not reported. */
    public int countShortfalls(Map<String, List<Integer>> stockByWarehouse, int minimum) {
        int shortfalls = 0;
        for (Map.Entry<String, List<Integer>> warehouse : stockByWarehouse.entrySet()) {
            if (warehouse.getValue() != null) {
                for (Integer level : warehouse.getValue()) {
                    try {
                        if (level < minimum) {
                            shortfalls++;
                        }
                    } catch (NullPointerException missing) {
                        if (minimum > 0) {
                            shortfalls++;
                        }
                    }
                }
            }
        }
        return shortfalls;
    }

    public int reorder(Map<String, List<Integer>> stockByWarehouse, int minimum) { // expect: modularity/deep-nesting
        int orders = 0;
        for (Map.Entry<String, List<Integer>> warehouse : stockByWarehouse.entrySet()) {
            if (warehouse.getValue() != null) {
                for (Integer level : warehouse.getValue()) {
                    try {
                        if (level < minimum) {
                            while (level < minimum) {
                                level += 10;
                                if (level % 100 == 0) {
                                    orders++;
                                }
                            }
                        }
                    } catch (NullPointerException missing) {
                        orders++;
                    }
                }
            }
        }
        return orders;
    }

    /** Three tries around a read (a near miss from Netty): the wrappers add no level, the logic is three deep. */
    public int drain(List<Integer> queue) {
        int drained = 0;
        try {
            try {
                synchronized (queue) {
                    try {
                        for (Integer item : queue) {
                            if (item != null) {
                                if (item > 0) {
                                    drained++;
                                }
                            }
                        }
                    } finally {
                        drained += 0;
                    }
                }
            } catch (IllegalStateException e) {
                drained = -1;
            }
        } finally {
            queue.size();
        }
        return drained;
    }
}
