using System.Text;
using Dalhaengi.Core.Calendar;
using Dalhaengi.Core.Eligibility;
using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Internal;
using Dalhaengi.Core.Partners;
using Dalhaengi.Core.Risk;
using Xunit.Abstractions;

namespace Dalhaengi.Core.Tests.Reliability;

/// <summary>
/// Feeds the mutation corpus to every JSON loader: the only exception that may escape is
/// <see cref="DalhaengiValidationException"/>, every problem has a path, damage that changes meaning is refused, and
/// no message echoes a resident registration number.
/// </summary>
public sealed class LoaderMutationTests(ITestOutputHelper output)
{
    /// <summary>The loaders and the embedded file each starts from.</summary>
    public static TheoryData<string> Formats => ["rules", "municipality", "partners", "holidays", "eligibility", "indicators"];

    /// <summary>The number of file formats the corpus covers; docs/reliability.md states the total it implies.</summary>
    public const int FormatCount = 6;

    private static (string Seed, Action<byte[]> Load) Loader(string format) => format switch
    {
        "rules" => (EmbeddedData.ReadText("risk/kr.national-outreach.json"), b => RiskRuleSetJson.Load(new MemoryStream(b), IndicatorCatalog.National, "rules.json")),
        "municipality" => (EmbeddedData.ReadText("municipalities/yangpyeong.json"), b => MunicipalityJson.Load(new MemoryStream(b))),
        "partners" => (EmbeddedData.ReadText("partners/yangpyeong.json"), b => PartnerRosterJson.Load(new MemoryStream(b))),
        "holidays" => (EmbeddedData.ReadText("calendar/designated-days.json"), b => HolidayDataJson.LoadDays(new MemoryStream(b))),
        "eligibility" => (EmbeddedData.ReadText("eligibility/emergency-support.json"), b => EmergencySupportThresholdsJson.Load(new MemoryStream(b))),
        "indicators" => (EmbeddedData.ReadText("risk/indicators.json"), b => IndicatorCatalogJson.Parse(Encoding.UTF8.GetString(b), "indicators.json")),
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    [Theory]
    [MemberData(nameof(Formats))]
    public void Loader_OnTheMutationCorpus_RefusesWithPathsAndNeverCrashes(string format)
    {
        var (seed, load) = Loader(format);
        load(Encoding.UTF8.GetBytes(seed)); // the seed itself is valid

        var tried = 0;
        var refused = 0;
        var failures = new List<string>();
        foreach (var input in MutationCorpus.From(seed, seed: format.Length * 7919))
        {
            tried++;
            try
            {
                load(input.Bytes);
                if (input.MustFail)
                {
                    failures.Add($"{input.Kind}: accepted");
                }
            }
            catch (DalhaengiValidationException ex)
            {
                refused++;
                if (ex.Problems.Count == 0 || ex.Problems.Any(p => string.IsNullOrWhiteSpace(p.Path)))
                {
                    failures.Add($"{input.Kind}: a problem without a path: {ex.Message}");
                }

                if (input.Secret is { } secret && (ex.Message.Contains(secret, StringComparison.Ordinal) || ex.Problems.Any(p => p.Message.Contains(secret, StringComparison.Ordinal))))
                {
                    failures.Add($"{input.Kind}: the message echoes the RRN");
                }
            }
#pragma warning disable CA1031 // every other exception is exactly what this test counts as a crash
            catch (Exception ex)
#pragma warning restore CA1031
            {
                failures.Add($"{input.Kind}: crashed with {ex.GetType().Name}: {ex.Message}");
            }
        }

        output.WriteLine($"{format}: {tried} inputs, {refused} refused, {failures.Count} failures");
        Assert.Equal(MutationCorpus.PerFormat, tried);
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures.Distinct().Take(20)));
    }
}
