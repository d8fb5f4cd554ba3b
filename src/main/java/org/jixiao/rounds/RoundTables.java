package org.jixiao.rounds;

import java.util.regex.Pattern;

/**
 * The tables of one kind of round: its round rows, the departments a partial round covers, and its items (one per
 * approved target, {@code UNIQUE(round_id, target_id)}). The names are written into SQL by {@link RoundTableMapper},
 * so they are constants of the code, checked here, never user input.
 */
public record RoundTables(String round, String department, String item) {
    private static final Pattern NAME = Pattern.compile("[a-z][a-z_]{0,62}");

    public RoundTables {
        for (String name : new String[] {round, department, item}) {
            if (name == null || !NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("not a table name: " + name);
            }
        }
    }
}
