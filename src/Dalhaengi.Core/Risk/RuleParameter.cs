using Ardalis.GuardClauses;
using Dalhaengi.Core.Internal;

namespace Dalhaengi.Core.Risk;

/// <summary>
/// A named number of a rule set whose value changes by law on known dates (the upper bound of the financial-arrears
/// band, a threshold), which comparison conditions reference instead of a literal.
/// </summary>
/// <remarks>
/// Values are in the unit of the indicators that use them (KRW, months, points). A rule set screening as of a date
/// uses the value in force on that date; past <see cref="DatedParameter{T}.ConfirmedThrough"/> the last value still
/// applies and every assessment carries a warning. Written in a rule file as
/// <c>{"id": "financial-arrears-max", "description": "…", "confirmedThrough": "2026-12-31", "values": [{"start": "2023-01-01", "value": 20000000}]}</c>.
/// </remarks>
public sealed record RuleParameter
{
    /// <summary>Creates the parameter.</summary>
    /// <param name="id">The parameter's id, unique within its rule set, for example <c>financial-arrears-max</c>.</param>
    /// <param name="description">What the number is and where it comes from.</param>
    /// <param name="values">The values keyed by the date they start to apply.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public RuleParameter(string id, string description, DatedParameter<double> values)
    {
        Id = Guard.Against.ResidentNumber(Guard.Against.Null(id));
        Description = Guard.Against.ResidentNumber(Guard.Against.Null(description));
        Values = Guard.Against.Null(values);
    }

    /// <summary>The parameter's id.</summary>
    public string Id { get; }

    /// <summary>What the number is and where it comes from.</summary>
    public string Description { get; }

    /// <summary>The values keyed by start date.</summary>
    public DatedParameter<double> Values { get; }
}
