package shop.web;

import java.sql.Connection;

class ReportControllerTest {

    void noConnectionNoTitles(Connection connection) {
        assert connection == null;
    }
}
