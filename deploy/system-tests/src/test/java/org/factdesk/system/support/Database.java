package org.factdesk.system.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Read-only looks into a service's database, to check counts the APIs do not show (outbox, processed events). */
public enum Database {
    ARTICLE(SystemUnderTest.ARTICLE_DB, "factdesk_article", "article-dev-password"),
    REVIEW(SystemUnderTest.REVIEW_DB, "factdesk_review", "review-dev-password");

    private final String name;
    private final String user;
    private final String password;

    Database(String name, String user, String password) {
        this.name = name;
        this.user = user;
        this.password = password;
    }

    /** Collections become SQL arrays (uuid or text), for {@code = any(?)}. */
    /** The single number a query returns, e.g. {@code select count(*) from claim where article_id = ?}. */
    public long number(String sql, Object... parameters) {
        List<Object> row = rows(sql, parameters).get(0);
        return ((Number) row.get(0)).longValue();
    }

    public List<List<Object>> rows(String sql, Object... parameters) {
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            connection.setReadOnly(true);
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i] instanceof java.util.Collection<?> values
                        ? connection.createArrayOf(values.stream().anyMatch(java.util.UUID.class::isInstance) ? "uuid" : "text",
                                values.toArray())
                        : parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                List<List<Object>> rows = new ArrayList<>();
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    List<Object> row = new ArrayList<>(columns);
                    for (int c = 1; c <= columns; c++) {
                        row.add(result.getObject(c));
                    }
                    rows.add(row);
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("query on " + name + " failed: " + sql + ": " + e.getMessage(), e);
        }
    }

    private Connection connect() throws SQLException {
        String url = "jdbc:postgresql://" + SystemUnderTest.DB_HOST + ":" + SystemUnderTest.DB_PORT + "/" + name;
        return DriverManager.getConnection(url, user, password);
    }
}
