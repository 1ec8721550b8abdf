using NodaTime;

namespace Dalhaengi.Core.Rotation;

internal sealed partial class PlannerEngine
{
    // Quality figures from the final state: per-district share and spacing, risk response, partner load.
    private RotationQuality Quality(LocalDate from)
    {
        var districts = new List<DistrictQuality>();
        for (var d = 0; d < _districts.Length; d++)
        {
            var dates = _dates[d];
            int? smallest = null;
            double? mean = null;
            if (dates.Count > 1)
            {
                var gaps = dates.Zip(dates.Skip(1), (a, b) => Period.DaysBetween(a, b)).ToList();
                smallest = gaps.Min();
                mean = gaps.Average();
            }

            districts.Add(new DistrictQuality(_districts[d].Code, _weights[d], Quota(d), _target[d], _count[d], smallest, mean));
        }

        double? coverage = null;
        var totalRisk = _risk.Sum();
        if (totalRisk > 0)
        {
            var windowEnd = from.PlusDays(_policy.RiskResponseDays - 1);
            var covered = 0L;
            for (var d = 0; d < _districts.Length; d++)
            {
                if (_risk[d] > 0 && _dates[d].Exists(x => x >= from && x <= windowEnd))
                {
                    covered += _risk[d];
                }
            }

            coverage = (double)covered / totalRisk;
        }

        return new RotationQuality(_seats, _sessions.Count, districts, coverage, _teams.Loads());
    }
}
