namespace Dalhaengi.Core.Eligibility;

/// <summary>Where a criterion's threshold came from.</summary>
public enum ThresholdSource
{
    /// <summary>There is no threshold: the criterion is not determinable, or it has no amount (the crisis reason).</summary>
    None,

    /// <summary>A figure published by the ministry and stored in the threshold data, used as published (ministry rounding included).</summary>
    Published,

    /// <summary>A figure computed by the library from published data, because no published figure exists (see the criterion's explanation).</summary>
    Computed,
}
