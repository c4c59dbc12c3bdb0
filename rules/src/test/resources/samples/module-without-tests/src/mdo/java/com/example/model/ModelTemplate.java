package ${package};

/** A code generator's template: the aggregator's build never compiles it. */
public class ModelTemplate {

    public String describe() {
        return "${name}";
    }
}
