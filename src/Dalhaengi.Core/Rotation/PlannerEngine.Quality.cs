using NodaTime;

namespace Dalhaengi.Core.Rotation;

internal sealed partial class PlannerEngine
{
    // Quality figures from the final state: per-district share and spacing, risk response, partner load.
    private RotationQuality Quality(LocalDate from)
    {
        var districts = new List<DistrictQuality>();
        var seasonDays = Period.DaysBetween(_season.Dates.Start, _season.Dates.End) + 1;
        for (var d = 0; d < _districts.Length; d++)
        {
            var dates = _dates[d];
            int? smallest = null;
            int? longest = null;
            double? mean = null;
            if (dates.Count > 1)
            {
                var gaps = dates.Zip(dates.Skip(1), (a, b) => Period.DaysBetween(a, b)).ToList();
                smallest = gaps.Min();
                longest = gaps.Max();
                mean = gaps.Average();
            }

            double? interval = _target[d] > 0 ? (double)seasonDays / _target[d] : null;
            districts.Add(new DistrictQuality(_districts[d].Code, _weights[d], Quota(d), _target[d], _count[d], smallest, mean, longest, interval));
        }

        double? coverage = null;
        var totalRisk = _risk.Sum();
        if (totalRisk > 0)
        {
            var windowEnd = from.PlusDays(_policy.RiskResponseDays - 1);
            var covered = 0L;
            for (var d = 0; d < _districts.Length; d++)
            {
                // A re-plan counts a session held within the window before its start as answered.
                if (_risk[d] > 0 && (_respondedBefore[d] || _dates[d].Exists(x => x >= from && x <= windowEnd)))
                {
                    covered += _risk[d];
                }
            }

            coverage = (double)covered / totalRisk;
        }

        return new RotationQuality(_seats, _sessions.Count, districts, coverage, _teams.Loads());
    }
}
