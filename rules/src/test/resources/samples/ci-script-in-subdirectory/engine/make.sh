#!/bin/sh
mkdir -p out
"$JAVA_HOME/bin/javac" -d out tools/Builder.java
"$JAVA_HOME/bin/java" -cp out Builder "$@"
