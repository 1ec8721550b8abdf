using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Partners;
using Dalhaengi.Core.Rotation;
using NodaTime;

namespace Dalhaengi.Core.Benchmarks.Planning;

/// <summary>
/// The facts of a <see cref="RotationRequest"/> every planner here shares: districts in code order with their
/// weights, the plannable slots in date order, which sites are open on which day, and each partner's categories.
/// Weights and <c>S</c> come from the library's own plan quality, so every planner is scored by the same objective.
/// </summary>
internal sealed class PlanningProblem
{
    public PlanningProblem(RotationRequest request, RotationQuality quality)
    {
        Request = request;
        Districts = [.. request.Municipality.Districts.OrderBy(d => d.Code.Value, StringComparer.Ordinal)];
        var byCode = quality.Districts.ToDictionary(d => d.District);
        Weights = [.. Districts.Select(d => byCode[d.Code].Weight)];
        Seats = quality.Seats;
        var season = request.Season;
        if (season.MaxSessions is not null)
        {
            throw new NotSupportedException("The comparison models seasons without a session cap.");
        }

        Slots = [.. season.WeekdayDates().Where(d => season.CheckDay(d) is null).SelectMany(d => Enumerable.Range(1, season.SessionsPerDay).Select(s => (d, s)))];
        if (Slots.Count != Seats)
        {
            throw new InvalidOperationException($"The season has {Slots.Count} plannable slots but the plan counts {Seats}.");
        }

        Partners = [.. request.Roster.Partners];
        Categories = [.. Partners.Select(p => p.Services.Aggregate(0, (m, s) => m | (1 << (int)request.Roster.GetService(s).Category)))];
        Requirements = [.. request.Policy.RequiredCategories.Select(r => r.AnyOf.Aggregate(0, (m, c) => m | (1 << (int)c)))];
    }

    public RotationRequest Request { get; }

    public District[] Districts { get; }

    public long[] Weights { get; }

    public int Seats { get; }

    public IReadOnlyList<(LocalDate Date, int Slot)> Slots { get; }

    public PartnerOrganization[] Partners { get; }

    public int[] Categories { get; }

    public int[] Requirements { get; }

    /// <summary>How many of a district's sites may be used on a date (markets only on fair days under the policy; resting sites count, the rest rule being relaxable).</summary>
    public int OpenSites(int district, LocalDate date) => Request.Municipality.SitesIn(Districts[district].Code)
        .Count(s => s.Kind != SiteKind.TraditionalMarket || !Request.Policy.MarketsOnFairDaysOnly || s.IsFairDay(date.Day));

    /// <summary>The objective <c>Σ min(n_d, q_d) ÷ S</c> computed exactly in integers: <c>Σ min(n_d·W, S·w_d) ÷ (S·W)</c>.</summary>
    public double FairCoverage(IReadOnlyList<int> sessions)
    {
        var total = Weights.Sum();
        decimal sum = 0;
        for (var d = 0; d < Districts.Length; d++)
        {
            sum += Math.Min((decimal)sessions[d] * total, (decimal)Seats * Weights[d]);
        }

        return Seats == 0 ? 1 : (double)(sum / ((decimal)Seats * total));
    }

    /// <summary>Sessions per district (code order) of a plan.</summary>
    public int[] SessionsOf(RotationPlan plan)
    {
        var index = Districts.Select((d, i) => (d.Code, i)).ToDictionary(p => p.Code, p => p.i);
        var counts = new int[Districts.Length];
        foreach (var s in plan.Sessions)
        {
            counts[index[s.District]]++;
        }

        return counts;
    }
}
