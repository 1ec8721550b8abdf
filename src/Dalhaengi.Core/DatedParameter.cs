using Ardalis.GuardClauses;
using Dalhaengi.Core.Internal;
using NodaTime;
using NodaTime.Text;

namespace Dalhaengi.Core;

/// <summary>
/// A number or other value that changes by law on known dates, in the manner of OpenFisca parameters:
/// values keyed by the date they start to apply, looked up as of a date.
/// </summary>
/// <typeparam name="T">The value type: an amount (<see cref="long"/> KRW), a rate (<see cref="decimal"/>) or a small immutable record.</typeparam>
/// <remarks>
/// <para>
/// Each value applies from its <see cref="DatedValue{T}.Start"/> until the day before the next value's start; the
/// last value applies with no end. Before the first start there is no value
/// (<see cref="ParameterLookupStatus.NoValue"/>).
/// </para>
/// <para>
/// <see cref="ConfirmedThrough"/> marks the last day anyone has confirmed the values for, for example the
/// 31 December of the last year whose figures were published. After it the last value still applies, so that
/// production does not stop when a year turns, but the lookup is <see cref="ParameterLookupStatus.Unconfirmed"/>
/// and carries a warning. Without <see cref="ConfirmedThrough"/> the last value is in force until changed.
/// </para>
/// <para>
/// Immutable; two parameters are equal when their values and confirmed period are equal. The JSON shape used
/// by the library's data files is <c>{"confirmedThrough": "2026-12-31", "values": [{"start": "2026-01-01", …}]}</c>.
/// </para>
/// </remarks>
public sealed class DatedParameter<T> : IEquatable<DatedParameter<T>>
{
    private readonly ValueList<DatedValue<T>> _values;

    /// <summary>Creates a parameter from its dated values, in any order.</summary>
    /// <param name="values">The values; at least one, with distinct start dates.</param>
    /// <param name="confirmedThrough">The last day the values are confirmed for; <see langword="null"/> when the last value is in force until changed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// There is no value, two values start on the same date, or <paramref name="confirmedThrough"/> is before the last start.
    /// </exception>
    public DatedParameter(IEnumerable<DatedValue<T>> values, LocalDate? confirmedThrough = null)
    {
        Guard.Against.Null(values);
        var sorted = values.OrderBy(v => v.Start).ToArray();
        Guard.Against.Zero(sorted.Length, nameof(values), "A dated parameter needs at least one value.");
        for (var i = 1; i < sorted.Length; i++)
        {
            if (sorted[i].Start == sorted[i - 1].Start)
            {
                throw new ArgumentException($"Two values start on {Iso(sorted[i].Start)}; each start date may appear once.", nameof(values));
            }
        }

        if (sorted.Any(v => v.Value is null))
        {
            throw new ArgumentException("A dated value must not be null (use the default struct value only through DatedValue's constructor).", nameof(values));
        }

        if (confirmedThrough is { } through && through < sorted[^1].Start)
        {
            throw new ArgumentException(
                $"confirmedThrough {Iso(through)} is before the last value's start {Iso(sorted[^1].Start)}.", nameof(confirmedThrough));
        }

        _values = sorted.ToValueList();
        ConfirmedThrough = confirmedThrough;
    }

    /// <summary>The values, ordered by start date.</summary>
    public IReadOnlyList<DatedValue<T>> Values => _values;

    /// <summary>The last day the values are confirmed for; <see langword="null"/> when the last value is in force until changed.</summary>
    public LocalDate? ConfirmedThrough { get; }

    /// <summary>The first day any value applies.</summary>
    public LocalDate FirstStart => _values[0].Start;

    /// <summary>Looks up the value in force on a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>
    /// No value before <see cref="FirstStart"/>; otherwise the value with the latest start on or before
    /// <paramref name="date"/>, confirmed or (after <see cref="ConfirmedThrough"/>) unconfirmed with a warning.
    /// </returns>
    public ParameterLookup<T> ValueAt(LocalDate date)
    {
        var span = _values.AsSpan();
        if (date < span[0].Start)
        {
            return ParameterLookup<T>.None(date, span[0].Start);
        }

        // Binary search for the last start on or before the date; tables are short but lookups are hot in what-if runs.
        int lo = 0, hi = span.Length - 1;
        while (lo < hi)
        {
            var mid = lo + ((hi - lo + 1) / 2);
            if (span[mid].Start <= date)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        var found = span[lo];
        return ConfirmedThrough is { } through && date > through
            ? ParameterLookup<T>.Unconfirmed(date, found, through)
            : ParameterLookup<T>.Confirmed(date, found);
    }

    /// <summary>Returns a copy with a value added, or replaced when one already starts on that date.</summary>
    /// <param name="start">The first day the value applies.</param>
    /// <param name="value">The value.</param>
    /// <returns>The new parameter; the confirmed period is kept, and extended to <paramref name="start"/> when that is later.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    public DatedParameter<T> WithValue(LocalDate start, T value)
    {
        var values = _values.Where(v => v.Start != start).Append(new DatedValue<T>(start, value));
        var through = ConfirmedThrough is { } t && t < start ? start : ConfirmedThrough;
        return new DatedParameter<T>(values, through);
    }

    /// <summary>Returns a copy with another confirmed period.</summary>
    /// <param name="confirmedThrough">The last day the values are confirmed for; <see langword="null"/> when in force until changed.</param>
    /// <returns>The new parameter.</returns>
    /// <exception cref="ArgumentException"><paramref name="confirmedThrough"/> is before the last value's start.</exception>
    public DatedParameter<T> WithConfirmedThrough(LocalDate? confirmedThrough) => new(_values, confirmedThrough);

    /// <inheritdoc/>
    public bool Equals(DatedParameter<T>? other) =>
        other is not null && (ReferenceEquals(this, other) || (ConfirmedThrough == other.ConfirmedThrough && _values.Equals(other._values)));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as DatedParameter<T>);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_values, ConfirmedThrough);

    /// <summary>Lists the values and the confirmed period.</summary>
    /// <returns>For example <c>[2023-01-01: 10000000, 2024-01-01: 20000000] confirmed through 2026-12-31</c>.</returns>
    public override string ToString() =>
        ConfirmedThrough is { } t ? $"{_values} confirmed through {Iso(t)}" : $"{_values} in force until changed";

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
