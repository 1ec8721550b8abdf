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
        FileNotFoundException f => $"file not found: {f.FileName ?? f.Message}",
        DirectoryNotFoundException => ex.Message,
        _ => null,
    };
}
