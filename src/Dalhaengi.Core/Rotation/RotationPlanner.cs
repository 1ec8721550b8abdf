using Ardalis.GuardClauses;
using NodaTime;

namespace Dalhaengi.Core.Rotation;

/// <summary>
/// Plans a season's rotation of multi-agency teams across districts and sites, and re-plans the rest of a season
/// from what was actually held.
/// </summary>
/// <remarks>
/// <para>
/// The planner walks the season's slots in date order. Each slot goes to the feasible district that is due earliest
/// under its fair share (largest-remainder apportionment of the season's sessions by <see cref="RotationPolicy.Weight"/>),
/// with high-risk districts brought forward; then to that district's least recently visited open site; then a team
/// is built from the roster. A district is feasible when its minimum gap has passed, it has an open site (markets only
/// on fair days, resting sites only as a last resort) and a team can be built.
/// </para>
/// <para>
/// Deterministic: inputs are put in canonical (ordinal) order and nothing depends on hash order, so the same inputs
/// give the same plan byte for byte, whatever the order of the input lists. Cost grows linearly with slots × districts
/// plus sites. Stateless and thread-safe.
/// </para>
/// </remarks>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "An instance service so hosts can inject and replace it.")]
public sealed class RotationPlanner
{
    /// <summary>Plans a whole season.</summary>
    /// <param name="request">What to plan.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The holiday calendar does not cover the season.</exception>
    public RotationPlan Plan(RotationRequest request)
    {
        Guard.Against.Null(request);
        return PlannerEngine.PlanKeepingGaps(request, request.Season.Dates.Start, []);
    }

    /// <summary>
    /// Re-plans a season from a day: sessions before <paramref name="from"/> are exactly those in
    /// <paramref name="held"/>; the rest is planned so that every district's share stays fair over the whole season.
    /// </summary>
    /// <param name="request">What to plan.</param>
    /// <param name="held">What happened in each past slot: held (where, with whom) or cancelled. Past slots not listed count as not held.</param>
    /// <param name="from">The first day to plan.</param>
    /// <returns>The plan: held sessions unchanged, then new sessions from <paramref name="from"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="DalhaengiValidationException">A held session names an unknown site or partner, or a slot twice.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The holiday calendar does not cover the season.</exception>
    /// <remarks>
    /// Fair shares are recomputed over the whole season: <c>S</c> is the held sessions plus the plannable slots from
    /// <paramref name="from"/> (after the season cap), and each district's due dates count its held sessions, so a
    /// district that lost a session to a cancellation is due earlier.
    /// </remarks>
    public RotationPlan Replan(RotationRequest request, IEnumerable<HeldSession> held, LocalDate from)
    {
        Guard.Against.Null(request);
        var list = Guard.Against.Null(held).Select(h => Guard.Against.Null(h, nameof(held))).ToList();
        return PlannerEngine.PlanKeepingGaps(request, from, list);
    }

    /// <summary>Re-plans an existing plan's season from a day; see <see cref="Replan(RotationRequest, IEnumerable{HeldSession}, LocalDate)"/>.</summary>
    /// <param name="plan">The plan whose request is re-planned.</param>
    /// <param name="held">What happened in each past slot.</param>
    /// <param name="from">The first day to plan.</param>
    /// <returns>The new plan.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="DalhaengiValidationException">A held session names an unknown site or partner, or a slot twice.</exception>
    public RotationPlan Replan(RotationPlan plan, IEnumerable<HeldSession> held, LocalDate from)
    {
        Guard.Against.Null(plan);
        return Replan(plan.Request, held, from);
    }
}
