namespace Dalhaengi.Core.Risk;

/// <summary>Names the part of a rule set a <see cref="RuleSetChange"/> is about.</summary>
public enum RuleSetElement
{
    /// <summary>The rule set as a whole (its <c>effectiveFrom</c>).</summary>
    RuleSet,

    /// <summary>A tier: its threshold, action, deadline or name.</summary>
    Tier,

    /// <summary>A scoring rule.</summary>
    Rule,

    /// <summary>A red flag.</summary>
    RedFlag,

    /// <summary>A dated parameter.</summary>
    Parameter,
}
