namespace Dalhaengi.Core.Risk;

/// <summary>Says whether a <see cref="RuleSetChange"/> adds, removes or changes an element.</summary>
public enum RuleSetChangeKind
{
    /// <summary>The element is only in the second rule set.</summary>
    Added,

    /// <summary>The element is only in the first rule set.</summary>
    Removed,

    /// <summary>The element is in both, with one field different.</summary>
    Changed,
}
