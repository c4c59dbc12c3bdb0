module com.example.clinic.plugins { // expect: history/change-coupling "6 shared commits"
    requires com.example.clinic;
    requires java.logging;
    requires java.net.http;
    requires java.sql;
    requires java.xml;
    uses com.example.clinic.billing.PaymentGateway;
}
