using NodaTime;
using NodaTime.Text;

namespace Dalhaengi.Core;

/// <summary>
/// The result of looking up a <see cref="DatedParameter{T}"/> on a date: no value, a confirmed value, or the
/// last value applied past its confirmed period with a warning.
/// </summary>
/// <typeparam name="T">The parameter's value type.</typeparam>
public readonly record struct ParameterLookup<T>
{
    private readonly T _value;

    private ParameterLookup(LocalDate date, ParameterLookupStatus status, T value, LocalDate? start, string? warning)
    {
        Date = date;
        Status = status;
        _value = value;
        Start = start;
        Warning = warning;
    }

    /// <summary>The date that was looked up.</summary>
    public LocalDate Date { get; }

    /// <summary>What was found.</summary>
    public ParameterLookupStatus Status { get; }

    /// <summary>Whether a value applies on the date (confirmed or not).</summary>
    public bool HasValue => Status != ParameterLookupStatus.NoValue;

    /// <summary>Whether the value is confirmed for the date.</summary>
    public bool IsConfirmed => Status == ParameterLookupStatus.Confirmed;

    /// <summary>The value that applies on the date.</summary>
    /// <exception cref="InvalidOperationException">There is no value (<see cref="HasValue"/> is <see langword="false"/>).</exception>
    public T Value => HasValue
        ? _value
        : throw new InvalidOperationException($"The parameter has no value on {LocalDatePattern.Iso.Format(Date)}: the date is before its first value.");

    /// <summary>The start date of the value that applies; <see langword="null"/> when there is none.</summary>
    public LocalDate? Start { get; }

    /// <summary>
    /// Why the result needs attention: set when there is no value or the value is unconfirmed; otherwise <see langword="null"/>.
    /// </summary>
    public string? Warning { get; }

    /// <summary>Returns the value that applies, or <paramref name="fallback"/> when there is none.</summary>
    /// <param name="fallback">The value to return when there is none.</param>
    /// <returns>The value or the fallback.</returns>
    public T GetValueOrDefault(T fallback) => HasValue ? _value : fallback;

    /// <summary>Describes the result.</summary>
    /// <returns>For example <c>2027-01-01: 2564238 (unconfirmed, from 2026-01-01)</c> or <c>2022-05-01: no value</c>.</returns>
    public override string ToString() => HasValue
        ? $"{Iso(Date)}: {Convert.ToString(_value, System.Globalization.CultureInfo.InvariantCulture)} ({(IsConfirmed ? "confirmed" : "unconfirmed")}, from {Iso(Start!.Value)})"
        : $"{Iso(Date)}: no value";

    internal static ParameterLookup<T> None(LocalDate date, LocalDate firstStart) => new(
        date,
        ParameterLookupStatus.NoValue,
        default!,
        null,
        $"no value for {Iso(date)}: the first value starts on {Iso(firstStart)}");

    internal static ParameterLookup<T> Confirmed(LocalDate date, DatedValue<T> value) =>
        new(date, ParameterLookupStatus.Confirmed, value.Value, value.Start, null);

    internal static ParameterLookup<T> Unconfirmed(LocalDate date, DatedValue<T> value, LocalDate confirmedThrough) => new(
        date,
        ParameterLookupStatus.Unconfirmed,
        value.Value,
        value.Start,
        $"no value is confirmed for {Iso(date)}: the value in force from {Iso(value.Start)} is confirmed through {Iso(confirmedThrough)} and still applies");

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
