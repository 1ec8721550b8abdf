using Dalhaengi.Core.Eligibility;
using Dalhaengi.Core.Geography;
using NodaTime;
using static Dalhaengi.Core.Tests.Eligibility.EligibilityTestData;

namespace Dalhaengi.Core.Tests.Eligibility;

/// <summary>
/// The income lines for sizes 1–10 in 2023–2026, computed here from the figures in the domain note (risk.md §4) rather
/// than read from the library's data, so a wrong figure or a wrong 8+ rule in the data fails a test. Also the crisis
/// reasons and the region type corrections of issue #13.
/// </summary>
public sealed partial class EmergencySupportEvaluatorTests
{
    // risk.md §4, "Standard median income (기준 중위소득), KRW per month", sizes 1–7.
    private static readonly Dictionary<int, long[]> DomainMedians = new()
    {
        [2023] = [2_077_892, 3_456_155, 4_434_816, 5_400_964, 6_330_688, 7_227_981, 8_107_515],
        [2024] = [2_228_445, 3_682_609, 4_714_657, 5_729_913, 6_695_735, 7_618_369, 8_514_994],
        [2025] = [2_392_013, 3_932_658, 5_025_353, 6_097_773, 7_108_192, 8_064_805, 8_988_428],
        [2026] = [2_564_238, 4_199_292, 5_359_036, 6_494_738, 7_556_719, 8_555_952, 9_515_150],
    };

    // risk.md §4: the 2024 75 % line as published (rounded by the ministry) for 1–4 persons.
    private static readonly long[] Published2024 = [1_671_334, 2_761_957, 3_535_992, 4_297_434];

    // risk.md §4: for 8 and more people the ministry adds (7p − 6p) per member beyond 7.
    private static long DomainMedian(int year, int size)
    {
        var m = DomainMedians[year];
        return size <= 7 ? m[size - 1] : m[6] + ((size - 7) * (m[6] - m[5]));
    }

    private static TheoryData<int, int, long, long> DomainIncomeLines()
    {
        var data = new TheoryData<int, int, long, long>();
        foreach (var year in DomainMedians.Keys)
        {
            for (var size = 1; size <= 10; size++)
            {
                var median = DomainMedian(year, size);
                var line = year == 2024 && size <= 4 ? Published2024[size - 1] : median * 75 / 100;
                data.Add(year, size, line, median);
            }
        }

        return data;
    }

    [Fact]
    public void Evaluate_SevenPersons2024_UsesThePublishedSevenPersonMedianNotAnExtrapolation()
    {
        // 75 % of 8,514,994 is 6,386,245; the old 6p + (6p − 5p) extrapolation gave 6,405,752, 19,507 won too high.
        var result = Evaluate(Request(new LocalDate(2024, 6, 15), size: 7, income: 6_386_246));

        Assert.Equal(6_386_245L, result.Criterion(EligibilityCriterionKind.Income).Threshold);
        Assert.Equal(EligibilityVerdict.NotEligible, result.Verdict);
        Assert.DoesNotContain(result.Warnings, w => w.Contains("is computed", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(8)]
    [InlineData(10)]
    public void Evaluate_EightOrMorePersons_WarnsThatTheMedianFollowsTheMinistrysRule(int size)
    {
        var result = Evaluate(Request(new LocalDate(2026, 2, 1), size: size));

        Assert.Equal(DomainMedian(2026, size) * 75 / 100, result.Criterion(EligibilityCriterionKind.Income).Threshold);
        Assert.Contains(result.Warnings, w => w.Contains("ministry's rule", StringComparison.Ordinal));
    }

    [Fact]
    public void CrisisReasons_ElectricityCutOffIsANoticeReasonAndJobLossAndClosureAreInTheAct()
    {
        // risk.md §4 corrections: 단전 is named in the ministry's notice; 실직 and 휴·폐업 are in 긴급복지지원법 §2.
        Assert.Contains(CrisisReason.ElectricityCutOff, CrisisReason.BuiltIn);
        Assert.Equal("electricity-cut-off", CrisisReason.ElectricityCutOff.Code);
        Assert.Equal(CrisisReasonBasis.MinistryNotice, CrisisReason.ElectricityCutOff.Basis);
        Assert.Equal(CrisisReasonBasis.Act, CrisisReason.JobLoss.Basis);
        Assert.Equal(CrisisReasonBasis.Act, CrisisReason.BusinessClosure.Basis);
        Assert.Equal(CrisisReasonBasis.MinistryNotice, CrisisReason.Divorce.Basis);
        Assert.Equal(CrisisReasonBasis.LocalOrdinance, new CrisisReason("local.heating-arrears").Basis);
        Assert.Null(new CrisisReason("bad-luck").Basis);
        Assert.Equal(EligibilityVerdict.Eligible, Evaluate(Request(new LocalDate(2025, 1, 1), reasons: CrisisReason.ElectricityCutOff)).Verdict);
    }

    [Fact]
    public void Evaluate_WhenTheRegionTypeIsUnconfirmed_TheGeneralAssetCriterionIsNotDeterminable()
    {
        // risk.md §4: a 특례시 is not automatically a 대도시; Hwaseong's tier is not confirmed, so nothing is guessed.
        var region = BuiltInMunicipalities.Hwaseong.RegionTypeOf(BuiltInMunicipalities.Hwaseong.Districts[0].Code);

        var result = Evaluate(Request(new LocalDate(2025, 1, 1), generalAssets: 1, region: region));

        var assets = result.Criterion(EligibilityCriterionKind.GeneralAssets);
        Assert.Equal(CriterionOutcome.NotDeterminable, assets.Outcome);
        Assert.Null(assets.Threshold);
        Assert.Equal(EligibilityVerdict.Undetermined, result.Verdict);
        Assert.Contains(result.Warnings, w => w.Contains("region type", StringComparison.Ordinal));
    }

    [Fact]
    public void RegionTypeOf_ADistrictWithItsOwnTier_OverridesTheMunicipality()
    {
        var json = MunicipalityJson.Serialize(BuiltInMunicipalities.Hwaseong)
            .Replace("\"code\": \"hwaseong.hyangnam-eup\",", "\"code\": \"hwaseong.hyangnam-eup\",\n      \"regionType\": \"rural\",", StringComparison.Ordinal);

        var city = MunicipalityJson.Parse(json, "hwaseong-test.json");

        Assert.Equal(RegionType.Rural, city.RegionTypeOf(new DistrictCode("hwaseong.hyangnam-eup")));
        Assert.Equal(RegionType.Unconfirmed, city.RegionTypeOf(new DistrictCode("hwaseong.saesol-dong")));
        Assert.Equal(city, MunicipalityJson.Parse(MunicipalityJson.Serialize(city), "round-trip.json"));
    }
}
