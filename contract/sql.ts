// Quoting for SQL we build from names and values we control (column names, file paths).
export const quote = (identifier: string) => `"${identifier.replaceAll('"', '""')}"`;

// A NUL byte ends DuckDB's SQL text early (a damaged header cell would break the statement): dropped.
export const sqlString = (value: string) => `'${value.replaceAll("'", "''").replaceAll("\0", "")}'`;
