// the clinic as a Java module; a plugins module beside it requires it
module com.example.clinic {
    exports com.example.clinic.billing;
    exports com.example.clinic.model;
    exports com.example.clinic.owner;
    exports com.example.clinic.statement;
    exports com.example.clinic.visit;
    requires java.logging;
}
