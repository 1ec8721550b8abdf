namespace Dalhaengi.Core.Benchmarks.Screening;

/// <summary>One crisis signal of a <see cref="ScreenedHousehold"/>: indicator code, value, and age in days before the as-of date (0 or more).</summary>
public sealed record SignalFact(string Indicator, double Value, int Age);
