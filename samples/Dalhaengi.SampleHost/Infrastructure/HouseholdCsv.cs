using System.Globalization;
using System.Text;
using Dalhaengi.Core;
using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Households;
using Dalhaengi.Core.Risk;
using NodaTime;
using NodaTime.Text;

namespace Dalhaengi.SampleHost.Infrastructure;

/// <summary>
/// The <c>households.csv</c> and <c>signals.csv</c> formats (documented in <c>docs/synthetic-population.md</c>).
/// Reading is all or nothing: every rejected row is reported as <c>file:line: what is wrong</c>.
/// </summary>
internal static class HouseholdCsv
{
    public const string HouseholdsFile = "households.csv";
    public const string SignalsFile = "signals.csv";
    public const string HouseholdsHeader = "household_id,district,site,housing,contact,consent,consent_on,programmes,members";
    public const string SignalsHeader = "household_id,indicator,value,observed_on,source";

    private static readonly UTF8Encoding Utf8 = Csv.Utf8WithBom;

    public static (int Households, int Signals) Write(IEnumerable<Household> households, string directory)
    {
        Directory.CreateDirectory(directory);
        using var h = new StreamWriter(Path.Combine(directory, HouseholdsFile), false, Utf8) { NewLine = Csv.NewLine };
        using var s = new StreamWriter(Path.Combine(directory, SignalsFile), false, Utf8) { NewLine = Csv.NewLine };
        h.WriteLine(HouseholdsHeader);
        s.WriteLine(SignalsHeader);
        var (hc, sc) = (0, 0);
        foreach (var x in households)
        {
            hc++;
            h.WriteLine(Csv.Line(
                x.Id.Value, x.District.Value, x.Site?.Value ?? "", Kebab(x.Housing), Kebab(x.Contact), Kebab(x.Consent.Level),
                x.Consent.GivenOn is { } d ? LocalDatePattern.Iso.Format(d) : "",
                string.Join(';', Enum.GetValues<ProgrammeStatus>().Where(p => p != ProgrammeStatus.None && x.Programmes.HasFlag(p)).Select(p => Kebab(p))),
                string.Join(';', x.Members.Select(Member))));
            foreach (var signal in x.Signals)
            {
                sc++;
                s.WriteLine(Csv.Line(x.Id.Value, signal.Indicator.Value, signal.Value.ToString(CultureInfo.InvariantCulture),
                    LocalDatePattern.Iso.Format(signal.ObservedOn), Kebab(signal.Source)));
            }
        }

        return (hc, sc);
    }

    public static List<Household> Read(string directory, IndicatorCatalog catalog)
    {
        var problems = new List<ValidationProblem>();
        var rows = new List<(int Line, string[] F)>();
        ReadFile(Path.Combine(directory, HouseholdsFile), HouseholdsHeader, 9, problems, (line, f) => rows.Add((line, f)));
        var signals = new Dictionary<HouseholdId, List<CrisisSignal>>();
        var ids = new HashSet<string>(rows.Select(r => r.F[0]).Where(IsId), StringComparer.Ordinal);
        ReadFile(Path.Combine(directory, SignalsFile), SignalsHeader, 5, problems, (line, f) =>
        {
            var where = $"{SignalsFile}:{line}";
            if (!ids.Contains(f[0]))
            {
                problems.Add(new(where, $"household '{f[0]}' is not in {HouseholdsFile}"));
                return;
            }

            if (!TryCode(f[1], out var code) || catalog.Find(code) is null)
            {
                problems.Add(new(where, $"unknown indicator '{f[1]}'", "use a code from the indicator catalog"));
                return;
            }

            var value = Number(f[2], where, problems);
            var date = Date(f[3], where, problems);
            var source = Parse<SignalSource>(f[4], where, "source", problems);
            if (value is not null && date is not null && source is not null)
            {
                var id = new HouseholdId(f[0]);
                if (!signals.TryGetValue(id, out var list))
                {
                    signals[id] = list = [];
                }

                list.Add(new CrisisSignal(code, value.Value, date.Value, source.Value));
            }
        });

        var households = new List<Household>(rows.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (line, f) in rows)
        {
            var where = $"{HouseholdsFile}:{line}";
            if (!seen.Add(f[0]))
            {
                problems.Add(new(where, $"duplicate household id '{f[0]}'"));
                continue;
            }

            try
            {
                var housing = Parse<HousingType>(f[3], where, "housing", problems);
                var contact = Parse<ContactStatus>(f[4], where, "contact", problems);
                var level = Parse<ConsentLevel>(f[5], where, "consent", problems);
                var consentOn = f[6].Length == 0 ? null : Date(f[6], where, problems);
                var programmes = ProgrammeStatus.None;
                foreach (var p in f[7].Split(';', StringSplitOptions.RemoveEmptyEntries))
                {
                    programmes |= Parse<ProgrammeStatus>(p, where, "programme", problems) ?? 0;
                }

                var members = f[8].Split(';', StringSplitOptions.RemoveEmptyEntries).Select(m => ParseMember(m, where, problems)).ToList();
                if (housing is null || contact is null || level is null || members.Any(m => m is null))
                {
                    continue;
                }

                var id = new HouseholdId(f[0]);
                households.Add(new Household(id, new DistrictCode(f[1]), members!, housing.Value, f[2].Length == 0 ? null : new SiteId(f[2]),
                    contact.Value, new Consent(level.Value, consentOn), programmes, signals.GetValueOrDefault(id)));
            }
            catch (ArgumentException ex)
            {
                problems.Add(new(where, ex.Message));
            }
        }

        if (problems.Count > 0)
        {
            throw new DalhaengiValidationException(directory, problems);
        }

        return households;
    }

    private static void ReadFile(string path, string header, int columns, List<ValidationProblem> problems, Action<int, string[]> row)
    {
        var name = Path.GetFileName(path);
        using var reader = StrictText.Open(path);
        var first = true;
        foreach (var (line, fields, error) in Csv.Read(reader))
        {
            if (first)
            {
                first = false;
                if (fields is null || !string.Equals(string.Join(',', fields), header, StringComparison.Ordinal))
                {
                    problems.Add(new($"{name}:{line}", "the header is not the expected one", "use: " + header));
                    return;
                }

                continue;
            }

            if (fields is null)
            {
                problems.Add(new($"{name}:{line}", error!));
            }
            else if (fields.Length != columns)
            {
                problems.Add(new($"{name}:{line}", $"has {fields.Length} fields, expected {columns}", "columns: " + header));
            }
            else
            {
                row(line, fields);
            }
        }

        if (first)
        {
            problems.Add(new($"{name}:1", "the file is empty: it has no header", "use: " + header));
        }
    }

    private static bool IsId(string text)
    {
        try
        {
            _ = new HouseholdId(text);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static bool TryCode(string text, out IndicatorCode code)
    {
        try
        {
            code = new IndicatorCode(text);
            return true;
        }
        catch (ArgumentException)
        {
            code = default;
            return false;
        }
    }

    private static HouseholdMember? ParseMember(string text, string where, List<ValidationProblem> problems)
    {
        var parts = text.Split(':');
        var role = parts.Length is 2 or 3 ? Parse<MemberRole>(parts[0], where, "member role", problems) : null;
        if (role is null || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 1900 or > 2100)
        {
            problems.Add(new(where, $"member '{text}' is not role:birthYear[:flags]", "for example head:1948:dc (d disability, c chronic illness)"));
            return null;
        }

        var flags = parts.Length == 3 ? parts[2] : "";
        return new HouseholdMember(role.Value, year, flags.Contains('d', StringComparison.Ordinal), flags.Contains('c', StringComparison.Ordinal));
    }

    private static string Member(HouseholdMember m) =>
        string.Create(CultureInfo.InvariantCulture, $"{Kebab(m.Role)}:{m.BirthYear}") +
        (m.HasDisability || m.HasChronicIllness ? ":" + (m.HasDisability ? "d" : "") + (m.HasChronicIllness ? "c" : "") : "");

    private static double? Number(string text, string where, List<ValidationProblem> problems)
    {
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v))
        {
            return v;
        }

        problems.Add(new(where, $"value '{text}' is not a number", "use digits with '.' for decimals, e.g. 3 or 1500000"));
        return null;
    }

    private static LocalDate? Date(string text, string where, List<ValidationProblem> problems)
    {
        var result = LocalDatePattern.Iso.Parse(text);
        if (result.Success)
        {
            return result.Value;
        }

        problems.Add(new(where, $"'{text}' is not a date", "use yyyy-MM-dd"));
        return null;
    }

    private static TEnum? Parse<TEnum>(string text, string where, string what, List<ValidationProblem> problems)
        where TEnum : struct, Enum
    {
        foreach (var v in Enum.GetValues<TEnum>())
        {
            if (string.Equals(Kebab(v), text, StringComparison.Ordinal))
            {
                return v;
            }
        }

        problems.Add(new(where, $"{what} '{text}' is not known", "use one of: " + string.Join(", ", Enum.GetValues<TEnum>().Select(v => Kebab(v)))));
        return null;
    }

    private static string Kebab<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        var name = value.ToString();
        var sb = new StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                sb.Append('-');
            }

            sb.Append(char.ToLowerInvariant(name[i]));
        }

        return sb.ToString();
    }
}
