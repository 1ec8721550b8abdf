using Dalhaengi.Core.Cities;
using Dalhaengi.Core.Partners;

namespace Dalhaengi.Core.Tests.Cities;

public sealed class CityFolderTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "dalhaengi-city-" + Guid.NewGuid().ToString("N"));

    public CityFolderTests()
    {
        Directory.CreateDirectory(_dir);
        foreach (var file in Directory.GetFiles(ChuncheonDir))
        {
            File.Copy(file, Path.Combine(_dir, Path.GetFileName(file)));
        }
    }

    internal static string ChuncheonDir => Path.Combine(Docs.AdoptingGuideTests.RepositoryRoot, "docs", "examples", "chuncheon");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Load_TheChuncheonExample_ReadsEveryFile()
    {
        var city = CityFolder.Load(ChuncheonDir);

        Assert.Equal(25, city.Municipality.Districts.Count);
        Assert.Equal("chuncheon.outreach", city.RuleSet.Id);
        Assert.Equal(2, city.RuleSet.Lineage.Count);
        Assert.True(city.Calendar.IsHoliday(new NodaTime.LocalDate(2026, 4, 15)));
        Assert.False(Core.Calendar.KoreanHolidayCalendar.Default.IsHoliday(new NodaTime.LocalDate(2026, 4, 15)));
        Assert.Null(city.EmergencySupport);
    }

    [Fact]
    public void Load_WithOneMistakePerFile_ReportsEveryFileWithPathAndLine()
    {
        Edit(CityFolder.MunicipalityFile, "\"district\": \"chuncheon.gyo-dong\"", "\"district\": \"chuncheon.gyo-dongg\"");
        Edit(CityFolder.PartnersFile, "\"chuncheon.sinsau-dong\"", "\"chuncheon.sinsau-dongg\"");
        Edit(CityFolder.RulesFile, "\"isolated\"", "\"isolatd\"");
        Edit(CityFolder.HolidaysFile, "2026-04-15", "2026-04-31");
        File.WriteAllText(Path.Combine(_dir, CityFolder.EmergencySupportFile), "{\"$schema\": \"dalhaengi.emergency-support/1\", \"bogus\": 1}");
        File.WriteAllText(Path.Combine(_dir, "partner.json"), "{}");

        var ex = Assert.Throws<DalhaengiValidationException>(() => CityFolder.Load(_dir));

        var paths = ex.Problems.Select(p => p.Path).ToList();
        Assert.Contains(paths, p => p.StartsWith("municipality.json:", StringComparison.Ordinal) && p.Contains("$.sites[", StringComparison.Ordinal));
        Assert.Contains(paths, p => p.StartsWith("rules.json", StringComparison.Ordinal));
        Assert.Contains(paths, p => p.StartsWith("holidays.json:", StringComparison.Ordinal) && p.Contains("$.days[0]", StringComparison.Ordinal));
        Assert.Contains(paths, p => p.StartsWith("emergency-support.json", StringComparison.Ordinal));
        Assert.Contains(ex.Problems, p => p.Path == "partner.json" && p.Hint!.Contains("partners.json", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_WhenARosterNamesAnUnknownDistrict_NamesItsLineAndTheNearestDistrict()
    {
        Edit(CityFolder.PartnersFile, "\"chuncheon.sinsau-dong\"", "\"chuncheon.sinsau-dongg\"");
        var line = LineOf(CityFolder.PartnersFile, "chuncheon.sinsau-dongg");

        var ex = Assert.Throws<DalhaengiValidationException>(() => CityFolder.Load(_dir));

        var problem = Assert.Single(ex.Problems, p => p.Message.Contains("sinsau-dongg", StringComparison.Ordinal));
        Assert.Matches($@"^partners\.json:{line} \$\.partners\[\d+\]\.districts\[0\]$", problem.Path);
        Assert.Equal("did you mean 'chuncheon.sinsau-dong'?", problem.Hint);
        // The office no longer serves its own district, so the district has no local office either.
        Assert.Contains(ex.Problems, p => p.Message.Contains("no local office", StringComparison.Ordinal) && p.Message.Contains("chuncheon.sinsau-dong'", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_WhenAPartnerBringsNoServiceOrAServiceAddressesAnUnknownCode_ReportsBoth()
    {
        Edit(CityFolder.PartnersFile, "\"services\": [\n        \"health.basic-check\"\n      ]", "\"services\": []");
        Edit(CityFolder.PartnersFile, "\"screening.phq9\",", "\"phq9.total\",");

        var ex = Assert.Throws<DalhaengiValidationException>(() => CityFolder.Load(_dir));

        Assert.Contains(ex.Problems, p => p.Path.EndsWith("$.partners[0].services", StringComparison.Ordinal) && p.Message.Contains("brings no service", StringComparison.Ordinal));
        Assert.Contains(ex.Problems, p => p.Path.EndsWith("$.services[2].addresses[0]", StringComparison.Ordinal) && p.Hint == "did you mean 'screening.phq9.total'?");
    }

    [Fact]
    public void Load_WithoutTheRequiredFiles_SaysWhichAreMissing()
    {
        File.Delete(Path.Combine(_dir, CityFolder.MunicipalityFile));
        File.Delete(Path.Combine(_dir, CityFolder.PartnersFile));

        var ex = Assert.Throws<DalhaengiValidationException>(() => CityFolder.Load(_dir));

        Assert.Equal(["municipality.json", "partners.json"], ex.Problems.Select(p => p.Path).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Load_WithoutRules_UsesTheNationalRuleSet()
    {
        File.Delete(Path.Combine(_dir, CityFolder.RulesFile));

        Assert.Equal(Core.Risk.BuiltInRuleSets.NationalOutreach, CityFolder.Load(_dir).RuleSet);
    }

    [Fact]
    public void Load_TheChuncheonRoster_RoutesEveryNationalIndicatorInEveryDistrict()
    {
        var city = CityFolder.Load(ChuncheonDir);
        var router = new ReferralRouter(city.Roster, city.Municipality);

        foreach (var indicator in Core.Risk.IndicatorCatalog.National.Indicators)
        {
            Assert.All(city.Municipality.Districts, d => Assert.NotEmpty(router.Propose(new ReferralRequest([indicator.Code.Value], d.Code))));
        }
    }

    [Fact]
    public void Load_WhenAFileIsNotUtf8_NamesItAndStillReportsTheOtherFiles()
    {
        // Bytes that pair up as CP949 (양 = 0xBEE7), as an office export would write them.
        var holidays = Path.Combine(_dir, CityFolder.HolidaysFile);
        File.WriteAllBytes(holidays, [.. System.Text.Encoding.UTF8.GetBytes("{\"days\": [{\"name\": {\"ko\": \""), 0xBE, 0xE7, .. System.Text.Encoding.UTF8.GetBytes("\"}}]}")]);
        Edit(CityFolder.PartnersFile, "\"chuncheon.sinsau-dong\"", "\"chuncheon.sinsau-dongg\"");

        var ex = Assert.Throws<DalhaengiValidationException>(() => CityFolder.Load(_dir));

        Assert.Contains(ex.Problems, p => p.Path == CityFolder.HolidaysFile && p.Message.Contains("UTF-8", StringComparison.Ordinal));
        Assert.Contains(ex.Problems, p => p.Path.StartsWith(CityFolder.PartnersFile + ":", StringComparison.Ordinal));
    }

    private void Edit(string file, string from, string to)
    {
        var path = Path.Combine(_dir, file);
        var text = File.ReadAllText(path);
        Assert.Contains(from, text, StringComparison.Ordinal);
        var at = text.IndexOf(from, StringComparison.Ordinal);
        File.WriteAllText(path, string.Concat(text.AsSpan(0, at), to, text.AsSpan(at + from.Length)));
    }

    private int LineOf(string file, string text) =>
        Array.FindIndex(File.ReadAllLines(Path.Combine(_dir, file)), l => l.Contains(text, StringComparison.Ordinal)) + 1;
}

public sealed class CityConsistencyTests
{
    [Fact]
    public void Check_TheBuiltInPairs_FindsNothing()
    {
        Assert.Empty(CityConsistency.Check(Core.Geography.BuiltInMunicipalities.Yangpyeong, BuiltInPartnerRosters.Yangpyeong, Core.Risk.IndicatorCatalog.National));
        Assert.Empty(CityConsistency.Check(Core.Geography.BuiltInMunicipalities.Hwaseong, BuiltInPartnerRosters.Hwaseong, Core.Risk.IndicatorCatalog.National));
    }

    [Fact]
    public void Serialize_AMunicipalityAndARoster_KeepsKoreanReadable()
    {
        var municipality = Core.Geography.MunicipalityJson.Serialize(Core.Geography.BuiltInMunicipalities.Yangpyeong);
        var roster = PartnerRosterJson.Serialize(BuiltInPartnerRosters.Yangpyeong);

        Assert.Contains("\"ko\": \"양평군\"", municipality, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u", municipality + roster, StringComparison.Ordinal);
        Assert.Equal(Core.Geography.BuiltInMunicipalities.Yangpyeong, Core.Geography.MunicipalityJson.Parse(municipality));
    }
}
