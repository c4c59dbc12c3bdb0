package shop.web;

import java.sql.Connection; // expect: architecture/forbidden-dependency
import java.sql.SQLException; // expect: architecture/forbidden-dependency
import java.util.List;
import javax.sql.DataSource;

public class ReportController {
    private final DataSource dataSource;

    public ReportController(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public List<String> titles() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return List.of(connection.getCatalog());
        }
    }
}
