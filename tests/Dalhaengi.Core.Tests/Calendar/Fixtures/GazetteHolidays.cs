using System.Globalization;
using System.Text.RegularExpressions;

namespace Dalhaengi.Tests.Fixtures;

/// <summary>One day of the gazette list: its date, kind (<c>regular</c>, <c>substitute</c>, <c>election</c>, <c>temporary</c>) and any names given.</summary>
internal sealed record GazetteDay(string Date, string Kind, IReadOnlyList<string> Names);

/// <summary>
/// Reads <c>gazette-holidays-2018-2027.txt</c>, the official list copied from the domain note, so that a test can compare
/// the whole decade with the calendar and the next change of law shows up as a failing test. Shared by both test projects.
/// </summary>
internal static partial class GazetteHolidays
{
    public const string FileName = "gazette-holidays-2018-2027.txt";

    public static IReadOnlyList<GazetteDay> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", FileName);
        var days = new List<GazetteDay>();
        foreach (var line in File.ReadAllLines(path))
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var year = line[..4];
            foreach (Match m in Entry().Matches(line[5..]))
            {
                var note = m.Groups["note"].Success ? m.Groups["note"].Value : null;
                var kind = m.Groups["s"].Value == "s" ? "substitute"
                    : note is not null && note.Contains("임시", StringComparison.Ordinal) ? "temporary"
                    : note is not null && note.Contains("선거", StringComparison.Ordinal) ? "election"
                    : "regular";
                IReadOnlyList<string> names = kind switch
                {
                    "regular" when note is not null => note.Split('·'),
                    "substitute" when note is not null => [note],
                    _ => [],
                };
                days.Add(new GazetteDay(string.Create(CultureInfo.InvariantCulture, $"{year}-{m.Groups["date"].Value}"), kind, names));
            }
        }

        return days;
    }

    // 05-06s(대체공휴일(부처님 오신 날)): a date, an optional 's', an optional bracket that may itself hold one bracket.
    [GeneratedRegex(@"(?<date>\d\d-\d\d)(?<s>s?)(?:\((?<note>(?:[^()]|\([^()]*\))*)\))?")]
    private static partial Regex Entry();
}
