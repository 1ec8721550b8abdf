namespace Dalhaengi.Core;

/// <summary>What a <see cref="DatedParameter{T}"/> found for a date.</summary>
public enum ParameterLookupStatus
{
    /// <summary>The date is before the parameter's first value: there is no value.</summary>
    NoValue,

    /// <summary>The date is within the period the parameter's values are confirmed for.</summary>
    Confirmed,

    /// <summary>
    /// The date is after <see cref="DatedParameter{T}.ConfirmedThrough"/>: the last value still applies,
    /// but nobody has confirmed it for that date, and a warning says so.
    /// </summary>
    Unconfirmed,
}
