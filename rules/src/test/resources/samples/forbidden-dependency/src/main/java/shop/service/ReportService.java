package shop.service;

import java.sql.Connection;
import java.sql.SQLException;

public class ReportService {

    public boolean open(Connection connection) throws SQLException {
        return !connection.isClosed();
    }
}
