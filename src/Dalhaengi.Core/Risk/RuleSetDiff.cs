using System.Text;
using Ardalis.GuardClauses;
using Dalhaengi.Core.Internal;

namespace Dalhaengi.Core.Risk;

/// <summary>The differences between two rule sets, from <see cref="RiskRuleSetComparer.Compare"/>: inspectable, printable as text or Markdown.</summary>
public sealed class RuleSetDiff
{
    /// <summary>Creates the diff.</summary>
    /// <param name="before">The first rule set's <c>id@version</c>.</param>
    /// <param name="after">The second rule set's <c>id@version</c>.</param>
    /// <param name="changes">The differences.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public RuleSetDiff(string before, string after, IEnumerable<RuleSetChange> changes)
    {
        Before = Guard.Against.ResidentNumber(Guard.Against.Null(before));
        After = Guard.Against.ResidentNumber(Guard.Against.Null(after));
        Changes = Guard.Against.Null(changes).ToValueList();
    }

    /// <summary>The first rule set's <c>id@version</c>.</summary>
    public string Before { get; }

    /// <summary>The second rule set's <c>id@version</c>.</summary>
    public string After { get; }

    /// <summary>The differences: tiers, then rules, red flags and parameters.</summary>
    public IReadOnlyList<RuleSetChange> Changes { get; }

    /// <summary>Whether the two rule sets screen alike (no difference in what is compared).</summary>
    public bool IsEmpty => Changes.Count == 0;

    /// <summary>Writes the diff as plain text, one change per line.</summary>
    /// <returns>A header line <c>A → B: N changes</c>, then one line per change (<c>+</c> added, <c>-</c> removed, <c>~</c> changed).</returns>
    public override string ToString()
    {
        var sb = new StringBuilder();
        sb.Append(Before).Append(" → ").Append(After).Append(": ").Append(Count()).Append('\n');
        foreach (var change in Changes)
        {
            sb.Append("  ").Append(change).Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>Writes the diff as a Markdown report: a heading and a table with element, id, field, before and after.</summary>
    /// <returns>The Markdown text; pipes in values are escaped.</returns>
    public string ToMarkdown()
    {
        var sb = new StringBuilder();
        sb.Append("## ").Append(Before).Append(" → ").Append(After).Append("\n\n").Append(Count()).Append(".\n");
        if (IsEmpty)
        {
            return sb.ToString();
        }

        sb.Append("\n| Change | Element | Id | Field | Before | After |\n|---|---|---|---|---|---|\n");
        foreach (var c in Changes)
        {
            sb.Append("| ").Append(c.Kind.ToString().ToLowerInvariant()).Append(" | ").Append(RuleSetChange.ElementName(c.Element))
                .Append(" | `").Append(c.Id).Append("` | ").Append(c.Field ?? "").Append(" | ").Append(Cell(c.Before))
                .Append(" | ").Append(Cell(c.After)).Append(" |\n");
        }

        return sb.ToString();
    }

    private string Count() => Changes.Count switch
    {
        0 => "no changes",
        1 => "1 change",
        var n => n.ToString(System.Globalization.CultureInfo.InvariantCulture) + " changes",
    };

    private static string Cell(string? value) => value is null ? "—" : value.Replace("|", "\\|", StringComparison.Ordinal);
}
