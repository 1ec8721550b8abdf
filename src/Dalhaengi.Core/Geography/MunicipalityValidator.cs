namespace Dalhaengi.Core.Geography;

/// <summary>Cross-item checks of a municipality; each problem names the offending item by path.</summary>
internal static class MunicipalityValidator
{
    internal static List<ValidationProblem> Validate(Municipality m)
    {
        var problems = new List<ValidationProblem>();
        if (m.Districts.Count == 0)
        {
            problems.Add(new("$.districts", "a municipality needs at least one district"));
        }

        var boroughs = new HashSet<BoroughCode>();
        for (var i = 0; i < m.Boroughs.Count; i++)
        {
            if (!boroughs.Add(m.Boroughs[i].Code))
            {
                problems.Add(new($"$.boroughs[{i}].code", $"duplicate borough code '{m.Boroughs[i].Code}'"));
            }
        }

        var districts = new HashSet<DistrictCode>();
        for (var i = 0; i < m.Districts.Count; i++)
        {
            var d = m.Districts[i];
            if (!districts.Add(d.Code))
            {
                problems.Add(new($"$.districts[{i}].code", $"duplicate district code '{d.Code}' ({d.Name.Korean})"));
            }

            if (d.Borough is { } b && !boroughs.Contains(b))
            {
                problems.Add(new($"$.districts[{i}].borough", $"district '{d.Code}' ({d.Name.Korean}) names unknown borough '{b}'", "add the borough to $.boroughs or remove the reference"));
            }
        }

        var sites = new HashSet<SiteId>();
        for (var i = 0; i < m.Sites.Count; i++)
        {
            var s = m.Sites[i];
            if (!sites.Add(s.Id))
            {
                problems.Add(new($"$.sites[{i}].id", $"duplicate site id '{s.Id}' ({s.Name.Korean})"));
            }

            if (!districts.Contains(s.District))
            {
                problems.Add(new($"$.sites[{i}].district", $"site '{s.Id}' ({s.Name.Korean}) is in unknown district '{s.District}'", "use the code of a district listed in $.districts"));
            }

            for (var j = 0; j < s.FairDays.Count; j++)
            {
                if (s.FairDays[j] is < 0 or > 9)
                {
                    problems.Add(new($"$.sites[{i}].fairDays[{j}]", $"site '{s.Id}' has fair day digit {s.FairDays[j]}, outside 0–9", "give the last digit of the fair days, e.g. [3, 8]"));
                }
            }

            if (s.FairDays.Count > 0 && s.Kind != SiteKind.TraditionalMarket)
            {
                problems.Add(new($"$.sites[{i}].fairDays", $"site '{s.Id}' is a '{Serialization.KebabCase.Of(s.Kind)}', but only a 'traditional-market' has fair days"));
            }

            if (s.FairDays.Distinct().Count() != s.FairDays.Count)
            {
                problems.Add(new($"$.sites[{i}].fairDays", $"site '{s.Id}' lists a fair day digit twice"));
            }
        }

        return problems;
    }
}
