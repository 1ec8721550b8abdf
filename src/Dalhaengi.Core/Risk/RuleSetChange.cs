using Ardalis.GuardClauses;
using Dalhaengi.Core.Internal;

namespace Dalhaengi.Core.Risk;

/// <summary>One difference between two rule sets: an element added or removed, or one field of an element changed, with before and after.</summary>
/// <remarks>
/// For <see cref="RuleSetChangeKind.Added"/> and <see cref="RuleSetChangeKind.Removed"/>, <see cref="Field"/> is
/// <see langword="null"/> and <see cref="Before"/> or <see cref="After"/> describes the whole element; for
/// <see cref="RuleSetChangeKind.Changed"/> both describe the field (points <c>8</c> → <c>12</c>, a condition as text).
/// </remarks>
public sealed record RuleSetChange
{
    /// <summary>Creates the change.</summary>
    /// <param name="element">The kind of element.</param>
    /// <param name="kind">Added, removed or changed.</param>
    /// <param name="id">The element's id (the rule set's own id for <see cref="RuleSetElement.RuleSet"/>).</param>
    /// <param name="field">The field that changed (<c>points</c>, <c>when</c>, <c>minScore</c>…), or <see langword="null"/> for an added or removed element.</param>
    /// <param name="before">The element or field before, or <see langword="null"/> when added.</param>
    /// <param name="after">The element or field after, or <see langword="null"/> when removed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A text holds a resident registration number.</exception>
    public RuleSetChange(RuleSetElement element, RuleSetChangeKind kind, string id, string? field, string? before, string? after)
    {
        Element = element;
        Kind = kind;
        Id = Guard.Against.ResidentNumber(Guard.Against.Null(id));
        Field = Guard.Against.ResidentNumber(field);
        Before = Guard.Against.ResidentNumber(before);
        After = Guard.Against.ResidentNumber(after);
    }

    /// <summary>The kind of element.</summary>
    public RuleSetElement Element { get; }

    /// <summary>Added, removed or changed.</summary>
    public RuleSetChangeKind Kind { get; }

    /// <summary>The element's id.</summary>
    public string Id { get; }

    /// <summary>The field that changed, or <see langword="null"/> for an added or removed element.</summary>
    public string? Field { get; }

    /// <summary>The element or field before, or <see langword="null"/> when added.</summary>
    public string? Before { get; }

    /// <summary>The element or field after, or <see langword="null"/> when removed.</summary>
    public string? After { get; }

    /// <summary>Describes the change on one line.</summary>
    /// <returns>For example <c>~ rule financial-arrears points: 8 → 12</c>, <c>+ rule winter-heating: …</c>, <c>- red flag x: …</c>.</returns>
    public override string ToString() => Kind switch
    {
        RuleSetChangeKind.Added => $"+ {ElementName(Element)} {Id}: {After}",
        RuleSetChangeKind.Removed => $"- {ElementName(Element)} {Id}: {Before}",
        _ => $"~ {ElementName(Element)} {Id} {Field}: {Before} → {After}",
    };

    internal static string ElementName(RuleSetElement element) => element switch
    {
        RuleSetElement.RuleSet => "rule set",
        RuleSetElement.Tier => "tier",
        RuleSetElement.Rule => "rule",
        RuleSetElement.RedFlag => "red flag",
        _ => "parameter",
    };
}
