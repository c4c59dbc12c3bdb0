// Gradle build without PIT
plugins { /* <!-- expect: testing/no-mutation-testing --> */
    java
    jacoco
}
