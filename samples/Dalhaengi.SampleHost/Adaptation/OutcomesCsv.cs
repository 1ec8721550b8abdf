using System.Globalization;
using Dalhaengi.Core;
using Dalhaengi.Core.Households;
using Dalhaengi.Core.Risk;
using Dalhaengi.SampleHost.Infrastructure;
using NodaTime.Text;

namespace Dalhaengi.SampleHost.Adaptation;

/// <summary>The <c>outcomes.csv</c> format: <c>household_id,crisis_confirmed,verified_on</c> (<c>true</c>/<c>false</c>, yyyy-MM-dd).</summary>
internal static class OutcomesCsv
{
    public const string Header = "household_id,crisis_confirmed,verified_on";

    public static void Write(IEnumerable<VerifiedOutcome> outcomes, string path)
    {
        using var writer = new StreamWriter(path, false, Csv.Utf8WithBom) { NewLine = Csv.NewLine };
        writer.WriteLine(Header);
        foreach (var o in outcomes)
        {
            writer.WriteLine(Csv.Line(o.Household.Value, o.CrisisConfirmed ? "true" : "false", LocalDatePattern.Iso.Format(o.VerifiedOn)));
        }
    }

    public static List<VerifiedOutcome> Read(string path)
    {
        var name = Path.GetFileName(path);
        var problems = new List<ValidationProblem>();
        var outcomes = new List<VerifiedOutcome>();
        using var reader = StrictText.Open(path);
        var first = true;
        foreach (var (line, fields, error) in Csv.Read(reader))
        {
            var where = string.Create(CultureInfo.InvariantCulture, $"{name}:{line}");
            if (first)
            {
                first = false;
                if (fields is null || !string.Equals(string.Join(',', fields), Header, StringComparison.Ordinal))
                {
                    problems.Add(new(where, "the header is not the expected one", "use: " + Header));
                    break;
                }

                continue;
            }

            if (fields is null || fields.Length != 3)
            {
                problems.Add(new(where, error ?? $"has {fields!.Length} fields, expected 3", "columns: " + Header));
                continue;
            }

            var date = LocalDatePattern.Iso.Parse(fields[2]);
            if (fields[1] is not ("true" or "false"))
            {
                problems.Add(new(where, $"crisis_confirmed '{fields[1]}' is not true or false"));
            }
            else if (!date.Success)
            {
                problems.Add(new(where, $"'{fields[2]}' is not a date", "use yyyy-MM-dd"));
            }
            else
            {
                try
                {
                    outcomes.Add(new VerifiedOutcome(new HouseholdId(fields[0]), fields[1] == "true", date.Value));
                }
                catch (ArgumentException ex)
                {
                    problems.Add(new(where, ex.Message));
                }
            }
        }

        if (first)
        {
            problems.Add(new($"{name}:1", "the file is empty: it has no header", "use: " + Header));
        }
        else if (problems.Count == 0 && outcomes.Count == 0)
        {
            // A back-test over no outcomes would print a precision of nothing.
            problems.Add(new($"{name}:2", "the file has a header but no outcomes", "add one row per verified household: " + Header));
        }

        return problems.Count > 0 ? throw new DalhaengiValidationException(path, problems) : outcomes;
    }
}
