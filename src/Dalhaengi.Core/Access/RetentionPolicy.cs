using Ardalis.GuardClauses;
using Dalhaengi.Core.Internal;

namespace Dalhaengi.Core.Access;

/// <summary>
/// What is pseudonymized or deleted how long after a case closes, as data a city sets from its own records schedule
/// (format <c>dalhaengi.retention/1</c>, read by <see cref="RetentionPolicyJson"/>); run by <see cref="RetentionJob"/>.
/// </summary>
public sealed class RetentionPolicy
{
    private readonly ValueList<RetentionRule> _rules;

    /// <summary>Creates a policy.</summary>
    /// <param name="id">Its id.</param>
    /// <param name="version">Its version.</param>
    /// <param name="rules">The rules; at most one per data and action.</param>
    /// <param name="sample">Whether the periods are placeholders rather than a city's decided periods.</param>
    /// <exception cref="ArgumentException">An argument is missing.</exception>
    /// <exception cref="DalhaengiValidationException">A data and action pair is repeated.</exception>
    public RetentionPolicy(string id, string version, IEnumerable<RetentionRule> rules, bool sample = false)
    {
        Id = Guard.Against.ResidentNumber(Guard.Against.NullOrWhiteSpace(id));
        Version = Guard.Against.ResidentNumber(Guard.Against.NullOrWhiteSpace(version));
        _rules = Guard.Against.Null(rules).ToValueList();
        IsSample = sample;
        var problems = _rules
            .Select((r, i) => (r, i))
            .GroupBy(x => (x.r.Data, x.r.Action))
            .Where(g => g.Count() > 1)
            .Select(g => new ValidationProblem($"$.rules[{g.Last().i}]", $"{g.Key.Data} {g.Key.Action} is given twice"))
            .ToList();
        if (problems.Count > 0)
        {
            throw new DalhaengiValidationException($"retention policy {id}", problems);
        }
    }

    /// <summary>
    /// The built-in sample policy (<c>sample.retention</c>): contact details pseudonymized one year after the last case
    /// closes, the household deleted after five. These are placeholders, not legal periods; <see cref="IsSample"/> says so.
    /// </summary>
    public static RetentionPolicy Sample => SampleHolder.Value;

    /// <summary>Its id.</summary>
    public string Id { get; }

    /// <summary>Its version.</summary>
    public string Version { get; }

    /// <summary>Whether the periods are placeholders rather than a city's decided periods.</summary>
    public bool IsSample { get; }

    /// <summary>The rules.</summary>
    public IReadOnlyList<RetentionRule> Rules => _rules;

    private static class SampleHolder
    {
        internal static readonly RetentionPolicy Value = RetentionPolicyJson.Load(EmbeddedData.Open("access/sample.retention.json"), "sample.retention.json");
    }
}
