using NodaTime;

namespace Dalhaengi.Core.Risk;

/// <summary>
/// A rule file with <c>extends</c>, read but not yet resolved: the base it names and the changes it lists, each with
/// the JSON path it came from so that resolution errors point into the overlay file.
/// </summary>
internal sealed record RiskOverlay(
    string Source,
    string Id,
    string Version,
    string Extends,
    LocalDate? EffectiveFrom,
    string? Description,
    IReadOnlyList<(string Path, string Id)> Disable,
    IReadOnlyList<(string Path, string Id, string? Description, int? Points, RiskCondition? When)> OverrideRules,
    IReadOnlyList<(string Path, ScoringRule Rule)> AddRules,
    IReadOnlyList<(string Path, string Id, string? Description, string? MinimumTier, RiskCondition? When)> OverrideRedFlags,
    IReadOnlyList<(string Path, RedFlag Flag)> AddRedFlags,
    IReadOnlyList<(string Path, string Id, BilingualName? Name, int? MinScore, string? Action, int? ResponseDays)> OverrideTiers,
    IReadOnlyList<(string Path, RuleParameter Parameter)> OverrideParameters,
    IReadOnlyList<(string Path, RuleParameter Parameter)> AddParameters)
{
    internal string Key => $"{Id}@{Version}";
}
