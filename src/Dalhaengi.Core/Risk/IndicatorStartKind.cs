namespace Dalhaengi.Core.Risk;

/// <summary>How well the first day an indicator was in use is known.</summary>
public enum IndicatorStartKind
{
    /// <summary>The start is known: <see cref="IndicatorDefinition.EffectiveFrom"/> is the first day it was in use.</summary>
    Known,

    /// <summary>
    /// The exact start is not known, only that it was not before <see cref="IndicatorDefinition.EffectiveFrom"/>
    /// (for example an indicator added after the system's launch on a date the sources do not give).
    /// </summary>
    NotBefore,

    /// <summary>Nothing is known about the start; <see cref="IndicatorDefinition.EffectiveFrom"/> carries no information.</summary>
    Unknown,
}
