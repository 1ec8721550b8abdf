namespace Dalhaengi.Core;

/// <summary>
/// Thrown when input data (a municipality, a rule set, a roster, a CSV file) is invalid.
/// Carries every problem found, not only the first, so a user can fix a file in one pass.
/// </summary>
public sealed class DalhaengiValidationException : Exception
{
    /// <summary>Creates the exception from the problems found.</summary>
    /// <param name="source">What was being validated, for example a file name or <c>municipality</c>.</param>
    /// <param name="problems">Every problem found; at least one.</param>
    public DalhaengiValidationException(string source, IReadOnlyList<ValidationProblem> problems)
        : base(FormatMessage(source, problems))
    {
        Source = source;
        Problems = problems;
    }

    /// <summary>What was being validated, for example a file name.</summary>
    public new string Source { get; }

    /// <summary>Every problem found, in the order found.</summary>
    public IReadOnlyList<ValidationProblem> Problems { get; }

    private static string FormatMessage(string source, IReadOnlyList<ValidationProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var lines = string.Join(Environment.NewLine, problems.Select(p => "  " + p));
        return $"{source} is invalid ({problems.Count} problem{(problems.Count == 1 ? "" : "s")}):{Environment.NewLine}{lines}";
    }
}
