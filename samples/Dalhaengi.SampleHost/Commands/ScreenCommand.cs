using System.ComponentModel;
using System.Globalization;
using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Risk;
using Dalhaengi.SampleHost.Formats;
using Dalhaengi.SampleHost.Infrastructure;
using NodaTime;
using NodaTime.Text;
using Spectre.Console.Cli;

namespace Dalhaengi.SampleHost.Commands;

/// <summary>Screens households from CSV with a rule set and prints each household's score, tier and reasons.</summary>
internal sealed class ScreenCommand(HostConsole io, Municipality municipality, RiskEvaluator defaultEvaluator, IClock clock) : Command<ScreenCommand.Settings>
{
    internal sealed class Settings : CitySettings
    {
        [CommandOption("--households <DIR>")]
        [Description("Directory with households.csv and signals.csv.")]
        public string? Households { get; init; }

        [CommandOption("--rules <FILE>")]
        [Description("Rule set JSON (default: the embedded kr.national-outreach).")]
        public string? Rules { get; init; }

        [CommandOption("--as-of <DATE>")]
        [Description("Date to screen as of, yyyy-MM-dd (default: today in Korea).")]
        public string? AsOf { get; init; }

        [CommandOption("--xlsx <FILE>")]
        [Description("Also write the results as an Excel workbook (Korean headers, scores as numbers).")]
        public string? Xlsx { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(settings.Households))
        {
            throw new BadInputException("--households DIR is required");
        }

        var evaluator = defaultEvaluator;
        if (settings.Rules is { } file)
        {
            using var stream = File.OpenRead(file);
            evaluator = RiskEvaluator.Compile(RiskRuleSetJson.Load(stream, defaultEvaluator.Catalog, file), defaultEvaluator.Catalog);
        }

        var asOf = HostDates.AsOfOrToday(settings.AsOf, clock);
        var households = HouseholdCsv.Read(settings.Households, evaluator.Catalog);
        var batch = HouseholdBatch.Create(households, asOf, evaluator.Catalog);
        var results = new RiskScore[batch.Count];
        evaluator.Evaluate(batch, results);

        var order = Enumerable.Range(0, batch.Count)
            .OrderByDescending(i => results[i].Tier)
            .ThenByDescending(i => results[i].Score)
            .ThenBy(i => batch.IdAt(i).Value, StringComparer.Ordinal);
        // UTF-8 with the byte order mark and CRLF, as every CSV the host writes (see Csv).
        io.Out.Write(Csv.ByteOrderMark + "household_id,district,score,tier,reasons" + Csv.NewLine);
        var rows = new List<ExcelExport.ScreenRow>();
        foreach (var i in order)
        {
            var reasons = results[i].Score == 0 && results[i].Tier == 0 ? "" : evaluator.Explain(households[i], asOf).Reasons();
            io.Out.Write(Csv.Line(batch.IdAt(i).Value, batch.DistrictAt(i).Value,
                results[i].Score.ToString(CultureInfo.InvariantCulture), evaluator.TierOf(results[i]).Id, reasons) + Csv.NewLine);
            if (settings.Xlsx is not null)
            {
                var district = batch.DistrictAt(i);
                rows.Add(new(batch.IdAt(i).Value, district.Value, municipality.FindDistrict(district)?.Name.Korean ?? district.Value,
                    results[i].Score, results[i].Tier, reasons));
            }
        }

        if (settings.Xlsx is { } xlsx)
        {
            ExcelExport.Screen(xlsx, rows, evaluator.RuleSet.Tiers);
            io.Error.WriteLine($"wrote {xlsx}");
        }

        WriteSummary(evaluator, batch, results, asOf);
        return Cli.Success;
    }

    private void WriteSummary(RiskEvaluator evaluator, HouseholdBatch batch, RiskScore[] results, LocalDate asOf)
    {
        var tiers = evaluator.RuleSet.Tiers;
        io.Error.WriteLine($"{evaluator.RuleSet} as of {LocalDatePattern.Iso.Format(asOf)}: {batch.Count} households");
        io.Error.WriteLine("district\t" + string.Join('\t', tiers.Select(t => t.Id)));
        var counts = new int[batch.Districts.Count, tiers.Count];
        var districtOrdinal = batch.Districts.Select((d, i) => (d, i)).ToDictionary(x => x.d, x => x.i);
        for (var i = 0; i < batch.Count; i++)
        {
            counts[districtOrdinal[batch.DistrictAt(i)], results[i].Tier]++;
        }

        for (var d = 0; d < batch.Districts.Count; d++)
        {
            var name = municipality.FindDistrict(batch.Districts[d])?.Name.Korean ?? batch.Districts[d].Value;
            io.Error.WriteLine(name + "\t" + string.Join('\t', Enumerable.Range(0, tiers.Count).Select(t => counts[d, t].ToString(CultureInfo.InvariantCulture))));
        }

        io.Error.WriteLine("total\t" + string.Join('\t', Enumerable.Range(0, tiers.Count).Select(t => results.Count(r => r.Tier == t).ToString(CultureInfo.InvariantCulture))));
    }
}
