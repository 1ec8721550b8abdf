using System.Text;
using Dalhaengi.Core.Eligibility;
using Dalhaengi.Core.Geography;
using NodaTime;

namespace Dalhaengi.Core.Tests.Eligibility;

public sealed class EmergencySupportThresholdsJsonTests
{
    // A city's own file with a 2027 table: the national figures are not invented here, these are test numbers.
    private const string CityFile = """
        {
          "$schema": "dalhaengi.emergency-support/1",
          "incomeLinePercentOfMedian": 75,
          "medianIncome": { "confirmedThrough": "2027-12-31", "values": [ { "start": "2027-01-01", "bySize": [2000000, 3000000] } ] },
          "publishedIncomeLines": { "confirmedThrough": "2027-12-31", "values": [ { "start": "2027-01-01", "bySize": [1500001] } ] },
          "generalAssetLimits": { "confirmedThrough": "2027-12-31", "values": [ { "start": "2027-01-01",
              "largeCity": { "limit": 300 }, "mediumSmallCity": { "limit": 200 }, "rural": { "limit": 100 } } ] },
          "financialAssetLimits": { "confirmedThrough": "2027-12-31", "values": [ { "start": "2027-01-01", "general": 50, "housing": 80, "livingReservePercentOfMedian": 0 } ] }
        }
        """;

    [Fact]
    public void Parse_WhenACityFile_IsUsedByTheEvaluator()
    {
        var thresholds = EmergencySupportThresholdsJson.Parse(CityFile);
        var evaluator = new EmergencySupportEvaluator(thresholds);

        var one = evaluator.Evaluate(new(new LocalDate(2027, 3, 1), 1, 1_500_001, 100, 50, RegionType.Rural, [CrisisReason.JobLoss], false));
        var three = evaluator.Evaluate(new(new LocalDate(2027, 3, 1), 3, 0, 0, 0, RegionType.Rural, [CrisisReason.JobLoss], false));

        Assert.Equal(EligibilityVerdict.Eligible, one.Verdict);
        Assert.Equal(ThresholdSource.Published, one.Criterion(EligibilityCriterionKind.Income).Source);
        Assert.Equal(3_000_000L, three.Criterion(EligibilityCriterionKind.Income).Threshold); // 75 % of 3,000,000 + 1,000,000
        Assert.Equal(new LocalDate(2027, 1, 1), thresholds.CoveredFrom);
        Assert.Equal(new LocalDate(2027, 12, 31), thresholds.ConfirmedThrough);
    }

    [Fact]
    public void Load_WhenTheEmbeddedFile_MatchesTheDefault()
    {
        var thresholds = EmergencySupportThresholds.Default;

        Assert.Equal(75, thresholds.IncomeLinePercentOfMedian);
        Assert.Equal(new LocalDate(2023, 1, 1), thresholds.CoveredFrom);
        Assert.Equal(new LocalDate(2026, 12, 31), thresholds.ConfirmedThrough);
        Assert.Equal(4, thresholds.MedianIncome.Values.Count);
    }

    [Fact]
    public void Load_WhenAStream_ReadsIt()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(CityFile));

        Assert.Equal(75, EmergencySupportThresholdsJson.Load(stream).IncomeLinePercentOfMedian);
    }

    [Fact]
    public void Parse_WhenPublishedLinesAreMissing_ComputesEveryLine()
    {
        var json = CityFile.Replace(
            "\"publishedIncomeLines\": { \"confirmedThrough\": \"2027-12-31\", \"values\": [ { \"start\": \"2027-01-01\", \"bySize\": [1500001] } ] },",
            string.Empty,
            StringComparison.Ordinal);
        var evaluator = new EmergencySupportEvaluator(EmergencySupportThresholdsJson.Parse(json));

        var income = evaluator.Evaluate(new(new LocalDate(2027, 3, 1), 1, 0, 0, 0, RegionType.Rural, [CrisisReason.JobLoss], false))
            .Criterion(EligibilityCriterionKind.Income);

        Assert.Equal((1_500_000L, ThresholdSource.Computed), (income.Threshold!.Value, income.Source));
    }

    [Fact]
    public void Parse_WhenManyMistakes_ListsEveryOneWithItsPath()
    {
        const string json = """
            {
              "$schema": "dalhaengi.emergency-support/9",
              "incomeLinePercentOfMedian": 175,
              "medianIncome": { "confirmedThrough": "2020-12-31", "values": [
                { "start": "2023-01-01", "bySize": [2000000, 0] },
                { "start": "2023-01-01", "bySize": [2000000, 3000000] },
                { "start": "2024-13-01", "bySize": [1] } ] },
              "generalAssetLimits": { "values": [ { "start": "2023-01-01", "largeCity": { "limit": 1 }, "mediumSmallCity": { "limit": -5 } } ] },
              "financialAssetLimits": { "values": [] }
            }
            """;

        var ex = Assert.Throws<DalhaengiValidationException>(() => EmergencySupportThresholdsJson.Parse(json, "city.json"));

        Assert.Equal("city.json", ex.Source);
        var paths = ex.Problems.Select(p => p.Path).ToList();
        Assert.Contains("$.$schema", paths);
        Assert.Contains("$.incomeLinePercentOfMedian", paths);
        Assert.Contains("$.medianIncome.values[0].bySize[1]", paths);
        Assert.Contains("$.medianIncome.values[1].start", paths);
        Assert.Contains("$.medianIncome.values[2].start", paths);
        Assert.Contains("$.medianIncome.values[2].bySize", paths);
        Assert.Contains("$.generalAssetLimits.values[0].mediumSmallCity.limit", paths);
        Assert.Contains("$.generalAssetLimits.values[0].rural.limit", paths);
        Assert.Contains("$.financialAssetLimits.values", paths);
    }

    [Fact]
    public void Parse_WhenConfirmedThroughIsBeforeTheLastStart_NamesIt()
    {
        var json = CityFile.Replace("\"medianIncome\": { \"confirmedThrough\": \"2027-12-31\"", "\"medianIncome\": { \"confirmedThrough\": \"2026-12-31\"", StringComparison.Ordinal);

        var ex = Assert.Throws<DalhaengiValidationException>(() => EmergencySupportThresholdsJson.Parse(json));

        Assert.Equal("$.medianIncome.confirmedThrough", Assert.Single(ex.Problems).Path);
    }

    [Fact]
    public void Parse_WhenAnUnknownProperty_IsAnErrorWithItsPath()
    {
        var json = CityFile.Replace("\"incomeLinePercentOfMedian\": 75,", "\"incomeLinePercentOfMedian\": 75, \"medianIncomes\": 1,", StringComparison.Ordinal);

        var ex = Assert.Throws<DalhaengiValidationException>(() => EmergencySupportThresholdsJson.Parse(json));

        Assert.Contains("medianIncomes", Assert.Single(ex.Problems).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_WhenRequiredTablesAreMissing_NamesThem()
    {
        var ex = Assert.Throws<DalhaengiValidationException>(() => EmergencySupportThresholdsJson.Parse("{}"));

        Assert.Equal(
            ["$.incomeLinePercentOfMedian", "$.medianIncome", "$.generalAssetLimits", "$.financialAssetLimits"],
            ex.Problems.Select(p => p.Path));
    }

    [Theory]
    [InlineData("[2000000, 3000000]", "[9223372036854775807, 9223372036854775807]", "$.medianIncome.values[0].bySize[0]")]
    [InlineData("[2000000, 3000000]", "[2000000, 10000000000001]", "$.medianIncome.values[0].bySize[1]")]
    [InlineData("{ \"limit\": 100 }", "{ \"limit\": 9223372036854775807 }", "$.generalAssetLimits.values[0].rural.limit")]
    [InlineData("\"general\": 50", "\"general\": 9223372036854775807", "$.financialAssetLimits.values[0].general")]
    [InlineData("[2000000, 3000000]", "[2000000, 99999999999999999999]", "$.medianIncome.values[0].bySize")]
    public void Parse_WhenAnAmountIsHuge_RefusesItWithItsPath(string from, string to, string path)
    {
        var json = CityFile.Replace(from, to, StringComparison.Ordinal);
        Assert.NotEqual(CityFile, json);

        var ex = Assert.Throws<DalhaengiValidationException>(() => EmergencySupportThresholdsJson.Parse(json));

        Assert.Contains(ex.Problems, p => p.Path.StartsWith(path, StringComparison.Ordinal));
    }

    [Fact]
    public void Evaluate_WhenEveryAmountIsAtTheLargestAccepted_GivesAVerdictWithoutOverflow()
    {
        // The largest table the format accepts, extended to the largest household, with the largest living reserve.
        var json = CityFile
            .Replace("[2000000, 3000000]", "[1, 10000000000000]", StringComparison.Ordinal)
            .Replace("[1500001]", "[]", StringComparison.Ordinal)
            .Replace("\"livingReservePercentOfMedian\": 0", "\"livingReservePercentOfMedian\": 1000", StringComparison.Ordinal)
            .Replace("\"general\": 50", "\"general\": 10000000000000", StringComparison.Ordinal);
        var evaluator = new EmergencySupportEvaluator(EmergencySupportThresholdsJson.Parse(json));

        var result = evaluator.Evaluate(new(new LocalDate(2027, 3, 1), 100, long.MaxValue, long.MaxValue, long.MaxValue, RegionType.Rural, [CrisisReason.JobLoss], false));

        Assert.Equal(EligibilityVerdict.NotEligible, result.Verdict);
        Assert.Equal(75 * (10_000_000_000_000L + (98 * (10_000_000_000_000L - 1))) / 100, result.Criterion(EligibilityCriterionKind.Income).Threshold);
    }
}
