using Dalhaengi.Core.Calendar;
using NodaTime;

namespace Dalhaengi.Core.Tests.Calendar;

public sealed class SubstituteRulesJsonTests
{
    [Fact]
    public void LoadEmbedded_HasTheSixErasOfTheLaw()
    {
        var rules = SubstituteRulesJson.LoadEmbedded();

        // calendar.md: 2014 (설날·추석, 어린이날), 2021-08, 2022, 2023-05, 2026 (제헌절, 노동절).
        Assert.Equal(6, rules.Count);
        Assert.Equal(new LocalDate(2026, 1, 29), rules.Single(r => r.Holidays.Contains(RegularHoliday.LabourDay)).From);
        var seollal = rules.Single(r => r.Holidays.Contains(RegularHoliday.Seollal));
        Assert.DoesNotContain(SubstituteTrigger.Saturday, seollal.Triggers);
        Assert.Contains(SubstituteTrigger.Saturday, rules.Single(r => r.Holidays.Contains(RegularHoliday.ChildrensDay)).Triggers);
        Assert.Equal(new LocalDate(2022, 1, 1), rules.Single(r => r.Holidays.Contains(RegularHoliday.IndependenceMovementDay)).From);
        Assert.DoesNotContain(rules, r => r.Holidays.Contains(RegularHoliday.NewYearsDay) || r.Holidays.Contains(RegularHoliday.MemorialDay));
    }

    [Fact]
    public void Parse_WhenAnEraIsWrong_NamesEveryPath()
    {
        const string json = """
            {
              "$schema": "dalhaengi.substitute-rules/1",
              "version": "x",
              "eras": [
                { "from": "2030-01-01", "until": "2029-01-01", "holidays": ["new-year"], "triggers": ["monday"], "law": "" }
              ]
            }
            """;

        var ex = Assert.Throws<DalhaengiValidationException>(() => SubstituteRulesJson.Parse(json, "rules.json"));

        Assert.Equal(
            ["$.eras[0].law", "$.eras[0].holidays[0]", "$.eras[0].triggers[0]", "$.eras[0].until"],
            ex.Problems.Select(p => p.Path));
    }
}
