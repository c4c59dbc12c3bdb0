package dev.readiness.core.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/** Tarjan's strongly connected components, iterative (an explicit stack), so huge graphs cannot overflow. */
public final class StronglyConnectedComponents {

    private final int[][] successors;
    private final int[] index;
    private final int[] lowLink;
    private final boolean[] onStack;
    private final Deque<Integer> stack = new ArrayDeque<>();
    private final List<List<Integer>> components = new ArrayList<>();
    private int counter;

    private StronglyConnectedComponents(int[][] successors) {
        this.successors = successors;
        this.index = new int[successors.length];
        this.lowLink = new int[successors.length];
        this.onStack = new boolean[successors.length];
        Arrays.fill(index, -1);
    }

    /** The components of the graph given as successor lists of nodes 0..n-1, in reverse topological order. */
    public static List<List<Integer>> of(int[][] successors) {
        StronglyConnectedComponents tarjan = new StronglyConnectedComponents(successors);
        for (int node = 0; node < successors.length; node++) {
            if (tarjan.index[node] < 0) {
                tarjan.visit(node);
            }
        }
        return tarjan.components;
    }

    private void visit(int root) {
        Deque<int[]> work = new ArrayDeque<>(); // {node, next successor position}
        open(root, work);
        while (!work.isEmpty()) {
            int[] frame = work.peek();
            int node = frame[0];
            if (frame[1] < successors[node].length) {
                int next = successors[node][frame[1]++];
                if (index[next] < 0) {
                    open(next, work);
                } else if (onStack[next]) {
                    lowLink[node] = Math.min(lowLink[node], index[next]);
                }
                continue;
            }
            work.pop();
            if (!work.isEmpty()) {
                int parent = work.peek()[0];
                lowLink[parent] = Math.min(lowLink[parent], lowLink[node]);
            }
            if (lowLink[node] == index[node]) {
                closeComponent(node);
            }
        }
    }

    private void open(int node, Deque<int[]> work) {
        index[node] = counter;
        lowLink[node] = counter++;
        stack.push(node);
        onStack[node] = true;
        work.push(new int[] {node, 0});
    }

    private void closeComponent(int root) {
        List<Integer> component = new ArrayList<>();
        int member;
        do {
            member = stack.pop();
            onStack[member] = false;
            component.add(member);
        } while (member != root);
        components.add(component);
    }
}
