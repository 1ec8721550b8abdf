namespace Dalhaengi.Core.Risk;

/// <summary>Names the comparison a <see cref="ComparisonCondition"/> makes; written <c>&gt;=</c>, <c>&gt;</c>, <c>&lt;=</c>, <c>&lt;</c>, <c>between</c> in rule files.</summary>
public enum ComparisonOperator
{
    /// <summary>The value is at least the threshold (<c>&gt;=</c>).</summary>
    GreaterOrEqual,

    /// <summary>The value is above the threshold (<c>&gt;</c>).</summary>
    Greater,

    /// <summary>The value is at most the threshold (<c>&lt;=</c>).</summary>
    LessOrEqual,

    /// <summary>The value is below the threshold (<c>&lt;</c>).</summary>
    Less,

    /// <summary>The value lies between the threshold and the maximum, both inclusive (<c>between</c>).</summary>
    Between,
}
