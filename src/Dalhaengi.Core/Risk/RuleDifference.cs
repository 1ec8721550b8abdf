using Ardalis.GuardClauses;
using Dalhaengi.Core.Internal;

namespace Dalhaengi.Core.Risk;

/// <summary>A rule or red flag that fired differently for one household under two rule sets: one reason its tier changed.</summary>
/// <remarks><see cref="Before"/> and <see cref="After"/> are the points added (<c>+8</c>) or the tier forced (<c>≥ urgent</c>), or <see langword="null"/> when it did not fire.</remarks>
public sealed record RuleDifference
{
    /// <summary>Creates the difference.</summary>
    /// <param name="id">The rule's or red flag's id.</param>
    /// <param name="element"><see cref="RuleSetElement.Rule"/> or <see cref="RuleSetElement.RedFlag"/>; <see cref="RuleSetElement.Tier"/> when the same rules fired and the tier thresholds moved.</param>
    /// <param name="before">What it did under the first rule set, or <see langword="null"/> when it did not fire.</param>
    /// <param name="after">What it did under the second rule set, or <see langword="null"/> when it did not fire.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A text holds a resident registration number.</exception>
    public RuleDifference(string id, RuleSetElement element, string? before, string? after)
    {
        Id = Guard.Against.ResidentNumber(Guard.Against.Null(id));
        Element = element;
        Before = Guard.Against.ResidentNumber(before);
        After = Guard.Against.ResidentNumber(after);
    }

    /// <summary>The rule's or red flag's id.</summary>
    public string Id { get; }

    /// <summary>Whether it is a scoring rule or a red flag.</summary>
    public RuleSetElement Element { get; }

    /// <summary>What it did under the first rule set, or <see langword="null"/> when it did not fire.</summary>
    public string? Before { get; }

    /// <summary>What it did under the second rule set, or <see langword="null"/> when it did not fire.</summary>
    public string? After { get; }

    /// <summary>Formats the difference.</summary>
    /// <returns>For example <c>financial-arrears(+8→+12)</c> or <c>winter-heating(→+15)</c>.</returns>
    public override string ToString() => $"{Id}({Before}→{After})";
}
