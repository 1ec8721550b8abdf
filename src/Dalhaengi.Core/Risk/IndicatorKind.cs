namespace Dalhaengi.Core.Risk;

/// <summary>States what kind of value an indicator carries, which decides the comparisons a rule may make on it.</summary>
public enum IndicatorKind
{
    /// <summary>Present or not (단전, 휴·폐업); the value is 1 and rules may only test presence.</summary>
    Flag,

    /// <summary>A whole number of things or events.</summary>
    Count,

    /// <summary>A whole number of months, for example months of arrears.</summary>
    Months,

    /// <summary>An amount of money in KRW.</summary>
    Amount,

    /// <summary>A score on a screening instrument, for example PHQ-9 (0–27).</summary>
    Score,

    /// <summary>A physical measurement, for example blood pressure in mmHg.</summary>
    Measurement,
}
