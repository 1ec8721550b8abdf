using System.Globalization;

namespace Dalhaengi.SampleHost.Storage;

/// <summary>
/// The values of one stored row, by column position, as SQLite returns them: <see cref="string"/>,
/// <see cref="long"/> or <see langword="null"/>. Values bound for writing are normalised to the same types, so a
/// row about to be written compares equal to the row read back.
/// </summary>
internal sealed class StoredRow(object?[] values)
{
    public object?[] Values { get; } = values;

    public string Text(int i) => Values[i] as string ?? throw new InvalidDataException($"Stored column {i} is empty or not text.");

    public string? TextOrNull(int i) => Values[i] switch
    {
        null => null,
        string s => s,
        var other => throw new InvalidDataException($"Stored column {i} holds {other.GetType().Name}, not text."),
    };

    public int Int(int i) => Values[i] is long n ? checked((int)n) : throw new InvalidDataException($"Stored column {i} is not a whole number.");

    public bool Bool(int i) => Int(i) != 0;

    /// <summary>Converts a value to what SQLite stores and returns for it.</summary>
    public static object? Normalize(object? value) => value switch
    {
        null or DBNull => null,
        string or long => value,
        bool b => b ? 1L : 0L,
        int n => (long)n,
        _ => throw new ArgumentException($"Cannot store a {value.GetType().Name}; convert it to text first.", nameof(value)),
    };

    public bool SameAs(StoredRow other) =>
        Values.Length == other.Values.Length && Values.Zip(other.Values).All(p => Equals(p.First, p.Second));

    public override string ToString() => string.Join(", ", Values.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture) ?? "null"));
}
