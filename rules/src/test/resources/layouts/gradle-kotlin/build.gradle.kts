plugins {
    java
}

sourceSets {
    create("integrationTest") {
        java.srcDir("src/integration/java")
        compileClasspath += sourceSets.main.get().output
    }
}

tasks.register<Test>("integrationTest") {
    testClassesDirs = sourceSets["integrationTest"].output.classesDirs
    classpath = sourceSets["integrationTest"].runtimeClasspath
}
