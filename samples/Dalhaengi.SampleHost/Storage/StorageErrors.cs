using Microsoft.Data.Sqlite;

namespace Dalhaengi.SampleHost.Storage;

/// <summary>Says what is wrong with the database and what to do, for SQLite errors a user can meet and fix.</summary>
internal static class StorageErrors
{
    public static string Describe(SqliteException ex) => (ex.SqliteErrorCode & 0xFF) switch
    {
        5 or 6 => $"the database is busy: another program kept it locked for longer than the wait (SQLite: {ex.Message}); try again when the other program has finished",
        8 => $"the database file is read-only (SQLite: {ex.Message}); make it writable (chmod u+w), or give --db a writable copy",
        10 => $"the database file could not be read or written (SQLite: {ex.Message}); check the disk and the file's permissions",
        11 => $"the database file is damaged (SQLite: {ex.Message}); restore it from a backup, or run sqlite3 FILE '.recover' to save what is left, then use the recovered copy",
        13 => $"the disk is full (SQLite: {ex.Message}); free some space and try again",
        14 => $"the database file cannot be opened (SQLite: {ex.Message}); check that its folder exists and is writable",
        26 => $"the file is not a SQLite database (SQLite: {ex.Message}); give --db a new file name or a database made by this program",
        _ => $"database error (SQLite: {ex.Message})",
    };
}
