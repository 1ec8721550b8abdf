using System.Globalization;
using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Households;
using Dalhaengi.Core.Risk;
using NodaTime;

namespace Dalhaengi.Core.Benchmarks.Screening;

/// <summary>
/// Reads the <see cref="HouseholdRows.CsvHeader"/> file straight into a <see cref="HouseholdBatchBuilder"/>: fields are
/// spans of the line, the household id is made once per household, districts are looked up by their text, and no
/// <see cref="Household"/> object is built. This is the code a user would write with the row API (no quoting: the
/// fields are codes and numbers).
/// </summary>
internal sealed class CsvBatchReader
{
    private readonly Dictionary<string, DistrictCode> _districts = new(StringComparer.Ordinal);
    private readonly HouseholdPredicate[] _facts = new HouseholdPredicate[16];

    /// <summary>Reads the file into the builder (cleared first); returns the number of lines read.</summary>
    public int Read(string path, HouseholdBatchBuilder builder)
    {
        builder.Clear();
        var districts = _districts.GetAlternateLookup<ReadOnlySpan<char>>();
        using var reader = new StreamReader(path);
        reader.ReadLine();
        var lines = 0;
        string? current = null;
        while (reader.ReadLine() is { } line)
        {
            lines++;
            var rest = line.AsSpan();
            var id = Next(ref rest);
            var district = Next(ref rest);
            var facts = Next(ref rest);
            if (current is null || !id.SequenceEqual(current))
            {
                if (!districts.TryGetValue(district, out var code))
                {
                    code = new DistrictCode(district.ToString());
                    districts[district] = code;
                }

                var n = 0;
                foreach (var range in facts.Split('|'))
                {
                    if (!facts[range].IsEmpty)
                    {
                        _facts[n++] = Enum.Parse<HouseholdPredicate>(facts[range]);
                    }
                }

                current = id.ToString();
                builder.Add(new HouseholdId(current), code, _facts.AsSpan(0, n));
            }

            var indicator = Next(ref rest);
            if (indicator.IsEmpty)
            {
                continue;
            }

            var value = double.Parse(Next(ref rest), NumberStyles.Float, CultureInfo.InvariantCulture);
            var date = Next(ref rest);
            var on = new LocalDate(int.Parse(date[..4], CultureInfo.InvariantCulture), int.Parse(date[5..7], CultureInfo.InvariantCulture), int.Parse(date[8..10], CultureInfo.InvariantCulture));
            builder.AddSignal(indicator, value, on, Enum.Parse<SignalSource>(rest));
        }

        return lines;
    }

    private static ReadOnlySpan<char> Next(ref ReadOnlySpan<char> rest)
    {
        var comma = rest.IndexOf(',');
        var field = comma < 0 ? rest : rest[..comma];
        rest = comma < 0 ? default : rest[(comma + 1)..];
        return field;
    }
}
