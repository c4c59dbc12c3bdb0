class App {
}
