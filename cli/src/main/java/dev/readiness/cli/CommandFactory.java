package dev.readiness.cli;

import java.lang.reflect.Constructor;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;

/** Makes picocli's command objects, giving each command the streams it writes to. */
final class CommandFactory implements IFactory {

    private final Streams streams;

    CommandFactory(Streams streams) {
        this.streams = streams;
    }

    /** For tools that only read the command model: picocli-codegen's man page generator at build time. */
    CommandFactory() {
        this(new Streams(System.out, System.err, false));
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        Constructor<K> withStreams;
        try {
            withStreams = type.getDeclaredConstructor(Streams.class);
        } catch (NoSuchMethodException e) {
            return CommandLine.defaultFactory().create(type); // mixins, converters, version provider
        }
        return withStreams.newInstance(streams);
    }
}
