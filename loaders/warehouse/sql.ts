// Quoting for SQL we build from names and values we control (column names, file paths).
export const quote = (identifier: string) => `"${identifier.replaceAll('"', '""')}"`;

export const sqlString = (value: string) => `'${value.replaceAll("'", "''")}'`;
