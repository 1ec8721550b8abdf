using Dalhaengi.Core;

namespace Dalhaengi.SampleHost.Infrastructure;

/// <summary>A user mistake the host reports with exit code 1 and no stack trace.</summary>
internal sealed class BadInputException(string message) : Exception(message)
{
    /// <summary>Returns the message to show for a user mistake, or <see langword="null"/> for a real bug.</summary>
    public static string? Describe(Exception ex) => ex switch
    {
        BadInputException => ex.Message,
        DalhaengiValidationException => ex.Message,
        BusinessRuleViolationException => ex.Message,
        FileNotFoundException f => $"file not found: {f.FileName ?? f.Message}",
        DirectoryNotFoundException => $"directory not found: {ex.Message}",
        UnauthorizedAccessException => $"access denied: {ex.Message}",

        // A full disk, a file locked by another program, a directory where a file was expected: the user's to fix.
        IOException => ex.Message,

        // The library's argument guards (an RRN in a note, an id with a space, a count out of range) reached
        // through an input the host passed on unparsed: the message names the parameter, never the RRN.
        ArgumentException a => a.Message,
        OverflowException => $"a number is too large for this program: {ex.Message}",
        Microsoft.Data.Sqlite.SqliteException s => Storage.StorageErrors.Describe(s),
        System.Text.Json.JsonException j => $"the database holds a damaged record ({j.Message}); restore the file from a backup, or move it aside to start a new one",
        _ => null,
    };
}
