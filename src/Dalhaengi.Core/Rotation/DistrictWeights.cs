using Dalhaengi.Core.Geography;

namespace Dalhaengi.Core.Rotation;

/// <summary>Resolves each district's weight for fair shares, filling gaps in the data in a documented way.</summary>
internal static class DistrictWeights
{
    /// <summary>
    /// Returns one weight per district (in the order given). A district missing the chosen figure gets the mean of the
    /// known ones; when no district has it, all weigh the same. Both cases add a warning.
    /// </summary>
    internal static long[] Resolve(IReadOnlyList<District> districts, Municipality municipality, DistrictWeight weight, long[] risk, bool hasRisk, List<RotationWarning> warnings)
    {
        if (weight == DistrictWeight.HighRiskHouseholds && !hasRisk)
        {
            warnings.Add(new("weight-fallback", "the policy weighs districts by high and urgent households, but no risk data was given; population was used instead"));
            weight = DistrictWeight.Population;
        }

        var values = new long?[districts.Count];
        for (var i = 0; i < districts.Count; i++)
        {
            values[i] = weight switch
            {
                DistrictWeight.Population => districts[i].Population,
                DistrictWeight.Households => districts[i].Households ?? SiteSum(municipality, districts[i].Code, s => s.Households),
                DistrictWeight.ElderlyResidents => SiteSum(municipality, districts[i].Code, s => s.ElderlyResidents),
                DistrictWeight.HighRiskHouseholds => risk[i],
                _ => 1,
            };
        }

        var known = values.Where(v => v is not null).Select(v => v!.Value).ToList();
        var missing = Enumerable.Range(0, districts.Count).Where(i => values[i] is null).Select(i => districts[i].Name.Korean).ToList();
        if (missing.Count == 0)
        {
            return [.. values.Select(v => v!.Value)];
        }

        var label = weight.ToString();
        if (known.Count == 0)
        {
            warnings.Add(new("weight-missing", $"no district has a figure for {label}; every district weighs the same"));
            return [.. values.Select(_ => 1L)];
        }

        var mean = Math.Max(1, known.Sum() / known.Count);
        warnings.Add(new("weight-missing", $"{missing.Count} district(s) have no figure for {label} and were given the mean of the others ({mean}): {string.Join(", ", missing)}"));
        return [.. values.Select(v => v ?? mean)];
    }

    private static long? SiteSum(Municipality municipality, DistrictCode district, Func<Site, int?> figure)
    {
        long? sum = null;
        foreach (var s in municipality.SitesIn(district))
        {
            if (figure(s) is { } v)
            {
                sum = (sum ?? 0) + v;
            }
        }

        return sum;
    }
}
