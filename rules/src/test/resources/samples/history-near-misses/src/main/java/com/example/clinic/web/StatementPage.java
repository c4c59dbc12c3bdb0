package com.example.clinic.web;

import com.example.clinic.statement.Statement;

/** Renders a statement for the owner portal. */
public final class StatementPage {

    private StatementPage() {
    }

    public static String render(Statement statement) {
        StringBuilder page = new StringBuilder("<h1>" + statement.month() + "</h1>");
        statement.lines().forEach(line -> page.append("<p>").append(line).append("</p>"));
        page.append("<p>Due: ").append(statement.dueCents()).append(' ').append(statement.currency()).append("</p>");
        return page.append(statement.settled() ? "<p>Settled</p>" : "<p>Open</p>").toString();
    }
}
