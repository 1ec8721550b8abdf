namespace Dalhaengi.Core;

/// <summary>
/// One value of a <see cref="DatedParameter{T}"/>: the value in force from <see cref="Start"/> until the
/// next value's start.
/// </summary>
/// <typeparam name="T">The parameter's value type, for example <see cref="long"/> for an amount in KRW.</typeparam>
/// <remarks>
/// In JSON a dated value is written <c>{"start": "2024-01-01", "value": …}</c>, the date in ISO format.
/// </remarks>
public readonly record struct DatedValue<T>
{
    /// <summary>Creates a dated value.</summary>
    /// <param name="start">The first day the value is in force.</param>
    /// <param name="value">The value; not <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    public DatedValue(NodaTime.LocalDate start, T value)
    {
        Start = start;
        Value = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>The first day the value is in force.</summary>
    public NodaTime.LocalDate Start { get; }

    /// <summary>The value.</summary>
    public T Value { get; }

    /// <summary>Formats the value as <c>start: value</c>.</summary>
    /// <returns>For example <c>2024-01-01: 2228445</c>.</returns>
    public override string ToString() =>
        $"{NodaTime.Text.LocalDatePattern.Iso.Format(Start)}: {Convert.ToString(Value, System.Globalization.CultureInfo.InvariantCulture)}";
}
