package app.core;

public interface Amount {

    long cents();
}
