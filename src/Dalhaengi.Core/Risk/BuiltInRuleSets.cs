using Dalhaengi.Core.Internal;

namespace Dalhaengi.Core.Risk;

/// <summary>The rule sets shipped with the library.</summary>
public static class BuiltInRuleSets
{
    private static readonly Lazy<RiskRuleSet> LazyNationalOutreach = new(() =>
    {
        using var stream = EmbeddedData.Open("risk/kr.national-outreach.json");
        return RiskRuleSetJson.Load(stream, IndicatorCatalog.National, "embedded risk/kr.national-outreach.json");
    });

    /// <summary>
    /// <c>kr.national-outreach</c>: a starting point a county can adopt and calibrate, using every national
    /// indicator group, the session screenings, household vulnerability and red flags (documented rule by rule in
    /// <c>docs/rule-format.md</c>).
    /// </summary>
    /// <remarks>
    /// The weights are a reasoned starting point for local calibration, not an official formula: the national
    /// model that ranks crisis information is not published.
    /// </remarks>
    public static RiskRuleSet NationalOutreach => LazyNationalOutreach.Value;
}
