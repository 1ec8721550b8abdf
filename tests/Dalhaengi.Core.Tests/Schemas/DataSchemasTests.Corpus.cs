using System.Text.Json.Nodes;

namespace Dalhaengi.Core.Tests.Schemas;

/// <summary>
/// Schema and loader agree: a small valid file of each format and mutations of it that break one rule each. Both
/// accept the valid file and both reject every mutation. Rules only a loader can check (unique ids, references between
/// parts, calendar validity of a date) are left to the loader and are not in this corpus.
/// </summary>
public sealed partial class DataSchemasTests
{
    private static readonly Dictionary<string, string> Valid = new()
    {
        ["municipality"] = """
            {"$schema": "dalhaengi.municipality/1", "code": "99999", "name": {"ko": "예시군", "en": "Example County"}, "regionType": "rural",
             "districts": [{"code": "9999925000", "name": {"ko": "예시읍", "en": "Yesi-eup"}, "kind": "eup", "population": 1000, "populationAsOf": "2024-12-31"}],
             "sites": [{"id": "ex.market", "district": "9999925000", "name": {"ko": "예시시장", "en": "Yesi market"}, "kind": "traditional-market", "fairDays": [2, 7]}]}
            """,
        ["partners"] = """
            {"$schema": "../schemas/dalhaengi.partners-1.schema.json",
             "services": [{"code": "health.basic-check", "name": {"ko": "기초건강검진", "en": "Basic health check"}, "category": "health-check"}],
             "partners": [{"id": "ex.health-centre", "name": {"ko": "예시군보건소", "en": "Health centre"}, "sector": "county-division", "presence": "rotating",
                           "services": ["health.basic-check"], "availability": {"weekdays": ["wednesday"], "blackouts": [{"start": "2025-08-01", "end": "2025-08-15"}]}}]}
            """,
        ["risk-rules"] = """
            {"$schema": "dalhaengi.risk-rules/1", "id": "ex.rules", "version": "1", "effectiveFrom": "2025-01-01",
             "tiers": [{"id": "low", "name": {"ko": "관찰", "en": "Low"}, "minScore": 0, "action": "Monitor", "responseDays": 60},
                       {"id": "high", "name": {"ko": "고위험", "en": "High"}, "minScore": 10, "action": "Visit", "responseDays": 7}],
             "rules": [{"id": "cutoff", "description": "cut-off", "points": 12, "when": {"kind": "any", "conditions": [
                 {"kind": "present", "indicator": "utility.electricity.cutoff", "withinDays": 90},
                 {"kind": "compare", "indicator": "arrears.electricity.months", "op": ">=", "value": 3}]}}]}
            """,
        ["indicators"] = """
            {"$schema": "dalhaengi.indicators/1", "indicators": [{"code": "ex.flag", "name": {"ko": "예시", "en": "Example"}, "kind": "flag", "unit": "", "supplier": "county", "effectiveFrom": "2020-01-01"}]}
            """,
        ["holidays"] = """
            {"$schema": "dalhaengi.holidays/1", "days": [{"date": "2025-05-07", "kind": "local", "name": {"ko": "군민의 날", "en": "County day"}},
                                                        {"from": "2025-07-28", "to": "2025-08-01", "kind": "local", "name": {"ko": "폭염 휴무", "en": "Heat break"}}]}
            """,
        ["emergency-support"] = """
            {"$schema": "dalhaengi.emergency-support/1", "incomeLinePercentOfMedian": 75,
             "medianIncome": {"confirmedThrough": "2025-12-31", "values": [{"start": "2025-01-01", "bySize": [2392013, 3932658, 5025353, 6097773]}]},
             "generalAssetLimits": {"values": [{"start": "2025-01-01", "largeCity": {"limit": 241000000}, "mediumSmallCity": {"limit": 152000000}, "rural": {"limit": 130000000}}]},
             "financialAssetLimits": {"values": [{"start": "2025-01-01", "general": 6000000, "housing": 8000000, "livingReservePercentOfMedian": 100}]}}
            """,
        ["access-policy"] = """
            {"$schema": "../schemas/dalhaengi.access-policy-1.schema.json", "id": "ex.access", "version": "1",
             // A comment, as in the built-in policy: the loader skips it and so does the test before validating.
             "purposes": [{"id": "case-work", "name": {"ko": "사례관리", "en": "Case work"}}],
             "roles": [{"id": "officer", "name": {"ko": "담당자"}, "scope": "districts",
                        "grants": [{"subject": "aggregate"}, {"subject": "household-personal-data", "purposes": ["case-work"]}]}]}
            """,
        ["retention"] = """
            {"$schema": "dalhaengi.retention/1", "id": "ex.retention", "version": "1", "sample": true, "note": "예시",
             "rules": [{"data": "household-contact", "action": "pseudonymize", "after": "P1Y"}, {"data": "household", "action": "delete", "after": "P5Y6M"}]}
            """,
        ["regular-holidays"] = """
            {"$schema": "../schemas/dalhaengi.regular-holidays-1.schema.json", "version": "1",
             "holidays": [{"key": "new-years-day", "name": {"ko": "신정", "en": "New Year's Day"}, "solar": "01-01", "periods": [{}]},
                          {"key": "chuseok", "name": {"ko": "추석"}, "lunar": "08-15", "daysBefore": 1, "daysAfter": 1, "periods": [{"from": "2014-01-01"}]}]}
            """,
        ["statutory-elections"] = """
            {"$schema": "dalhaengi.statutory-elections/1", "version": "1",
             "elections": [{"key": "local", "name": {"ko": "지방선거일", "en": "Local elections"}, "termEnds": "2026-06-30", "everyYears": 4, "daysBefore": 30, "law": "공직선거법 §34"}]}
            """,
        ["substitute-rules"] = """
            {"$schema": "../schemas/dalhaengi.substitute-rules-1.schema.json", "version": "1",
             "eras": [{"from": "2021-08-01", "holidays": ["liberation-day", "hangul-day"], "triggers": ["saturday", "other-holiday"], "law": "공휴일에 관한 법률 제3조"}]}
            """,
    };

    // (format, what breaks, JSON path to change, new value or null to remove). "+name" adds a property.
    private static readonly (string Format, string Why, string Path, string? Value)[] Mutations =
    [
        ("municipality", "a required property is missing", "$.name", null),
        ("municipality", "an unknown property", "$.+colour", "\"blue\""),
        ("municipality", "an unknown region type", "$.regionType", "\"urban\""),
        ("municipality", "an unknown district kind", "$.districts[0].kind", "\"village\""),
        ("municipality", "a number given as text", "$.districts[0].population", "\"many\""),
        ("municipality", "a negative population", "$.districts[0].population", "-5"),
        ("municipality", "a date not in yyyy-MM-dd", "$.districts[0].populationAsOf", "\"2024/12/31\""),
        ("municipality", "a fair day that is not a digit", "$.sites[0].fairDays", "[12]"),
        ("municipality", "an unknown site kind", "$.sites[0].kind", "\"castle\""),
        ("municipality", "another format", "$.$schema", "\"dalhaengi.municipality/2\""),
        ("partners", "an unknown service category", "$.services[0].category", "\"food\""),
        ("partners", "an unknown sector", "$.partners[0].sector", "\"church\""),
        ("partners", "a weekday abbreviated", "$.partners[0].availability.weekdays", "[\"wed\"]"),
        ("partners", "a blackout without its end", "$.partners[0].availability.blackouts[0].end", null),
        ("partners", "no staff per session", "$.partners[0].+staffPerSession", "0"),
        ("partners", "an unknown property", "$.partners[0].+phone", "\"010\""),
        ("partners", "another format's schema file", "$.$schema", "\"../schemas/dalhaengi.municipality-1.schema.json\""),
        ("risk-rules", "a rule without its condition", "$.rules[0].when", null),
        ("risk-rules", "an unknown condition kind", "$.rules[0].when.kind", "\"maybe\""),
        ("risk-rules", "an unknown comparison", "$.rules[0].when.conditions[1].op", "\"==\""),
        ("risk-rules", "a comparison without its indicator", "$.rules[0].when.conditions[1].indicator", null),
        ("risk-rules", "points out of range", "$.rules[0].points", "500"),
        ("risk-rules", "a tier without its response days", "$.tiers[1].responseDays", null),
        ("risk-rules", "an effective date not in yyyy-MM-dd", "$.effectiveFrom", "\"1 Jan 2025\""),
        ("risk-rules", "a full rule set with overlay properties", "$.+disable", "[\"cutoff\"]"),
        ("indicators", "an unknown indicator kind", "$.indicators[0].kind", "\"boolean\""),
        ("indicators", "an indicator without a name", "$.indicators[0].name", null),
        ("holidays", "an unknown kind", "$.days[0].kind", "\"festival\""),
        ("holidays", "a day with both a date and a range", "$.days[0].+from", "\"2025-05-01\""),
        ("holidays", "a day without a name", "$.days[1].name", null),
        ("emergency-support", "a required table is missing", "$.medianIncome", null),
        ("emergency-support", "an income line above 100 %", "$.incomeLinePercentOfMedian", "150"),
        ("emergency-support", "a negative amount", "$.financialAssetLimits.values[0].general", "-1"),
        ("emergency-support", "an unknown property", "$.+currency", "\"KRW\""),
        ("access-policy", "no $schema", "$.$schema", null),
        ("access-policy", "another format's schema file", "$.$schema", "\"../schemas/dalhaengi.retention-1.schema.json\""),
        ("access-policy", "a role without grants", "$.roles[0].grants", null),
        ("access-policy", "an unknown scope", "$.roles[0].scope", "\"county\""),
        ("access-policy", "an unknown subject", "$.roles[0].grants[0].subject", "\"household\""),
        ("access-policy", "personal data granted without a purpose", "$.roles[0].grants[1].purposes", null),
        ("access-policy", "personal data granted for no purpose", "$.roles[0].grants[1].purposes", "[]"),
        ("access-policy", "an id with a space", "$.roles[0].id", "\"county officer\""),
        ("access-policy", "a purpose without a name", "$.purposes[0].name", null),
        ("access-policy", "a blank Korean name", "$.roles[0].name.ko", "\" \""),
        ("access-policy", "an unknown property", "$.roles[0].+districts", "[\"4183025000\"]"),
        ("retention", "no rules", "$.rules", null),
        ("retention", "an unknown data kind", "$.rules[0].data", "\"case\""),
        ("retention", "an unknown action", "$.rules[0].action", "\"archive\""),
        ("retention", "a period with a time part", "$.rules[0].after", "\"PT12H\""),
        ("retention", "a period in words", "$.rules[0].after", "\"1 year\""),
        ("retention", "a negative period", "$.rules[0].after", "\"P-1Y\""),
        ("retention", "sample given as text", "$.sample", "\"yes\""),
        ("retention", "another format", "$.$schema", "\"dalhaengi.retention/2\""),
        ("regular-holidays", "an unknown holiday", "$.holidays[0].key", "\"arbor-day\""),
        ("regular-holidays", "both a solar and a lunar day", "$.holidays[0].+lunar", "\"01-01\""),
        ("regular-holidays", "neither a solar nor a lunar day", "$.holidays[0].solar", null),
        ("regular-holidays", "a month that does not exist", "$.holidays[0].solar", "\"13-01\""),
        ("regular-holidays", "a block longer than three days", "$.holidays[1].daysBefore", "4"),
        ("regular-holidays", "no periods", "$.holidays[0].periods", "[]"),
        ("regular-holidays", "a period date not in yyyy-MM-dd", "$.holidays[1].periods[0].from", "\"2014\""),
        ("statutory-elections", "a term end missing", "$.elections[0].termEnds", null),
        ("statutory-elections", "a term of no years", "$.elections[0].everyYears", "0"),
        ("statutory-elections", "more than a year before the term end", "$.elections[0].daysBefore", "400"),
        ("statutory-elections", "an unknown property", "$.elections[0].+weekday", "\"wednesday\""),
        ("substitute-rules", "an era without its law", "$.eras[0].law", null),
        ("substitute-rules", "an unknown trigger", "$.eras[0].triggers", "[\"monday\"]"),
        ("substitute-rules", "no holidays", "$.eras[0].holidays", "[]"),
        ("substitute-rules", "an unknown holiday", "$.eras[0].holidays", "[\"arbor-day\"]"),
        ("substitute-rules", "a start not in yyyy-MM-dd", "$.eras[0].from", "\"2021\""),
    ];

    public static TheoryData<string> ValidFormats() => [.. Valid.Keys];

    public static TheoryData<string, string> InvalidCases()
    {
        var data = new TheoryData<string, string>();
        foreach (var m in Mutations)
        {
            data.Add(m.Format, m.Why);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ValidFormats))]
    public void ValidCorpusFile_IsAcceptedBySchemaAndLoader(string format)
    {
        var results = Validate(format, Valid[format]);

        Assert.True(results.IsValid, Errors(results));
        Load(format, Valid[format]);
    }

    [Theory]
    [MemberData(nameof(InvalidCases))]
    public void InvalidCorpusFile_IsRejectedBySchemaAndLoader(string format, string why)
    {
        var m = Mutations.Single(x => x.Format == format && x.Why == why);
        var json = Mutate(Valid[format], m.Path, m.Value);

        var results = Validate(format, json);

        Assert.False(results.IsValid, $"the schema accepts {why}");
        var ex = Record.Exception(() => Load(format, json));
        Assert.IsType<DalhaengiValidationException>(ex);
    }

    private static string Mutate(string json, string path, string? value)
    {
        var root = ParseAsLoader(json);
        var steps = path[2..].Replace("[", ".[", StringComparison.Ordinal).Split('.');
        JsonNode parent = root;
        foreach (var step in steps[..^1])
        {
            parent = step.StartsWith('[') ? parent[int.Parse(step[1..^1], System.Globalization.CultureInfo.InvariantCulture)]! : parent[step]!;
        }

        var last = steps[^1].TrimStart('+');
        if (last.StartsWith('['))
        {
            var index = int.Parse(last[1..^1], System.Globalization.CultureInfo.InvariantCulture);
            parent.AsArray()[index] = value is null ? null : JsonNode.Parse(value);
        }
        else if (value is null)
        {
            parent.AsObject().Remove(last);
        }
        else
        {
            parent[last] = JsonNode.Parse(value);
        }

        return root.ToJsonString();
    }
}
