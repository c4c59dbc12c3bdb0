package com.example;

import java.util.List;
import java.util.Map;

public class StockSync {

    /** Five levels (for, if, for, try, if): over CodeScene's 4, not reported. */
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
                        shortfalls++;
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
                                orders++;
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
}
