dependencies {
    implementation(projects.lib)
    // implementation(projects.service) was removed: a comment declares nothing
}
