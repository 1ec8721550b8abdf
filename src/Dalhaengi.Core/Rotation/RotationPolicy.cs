using Ardalis.GuardClauses;
using Dalhaengi.Core.Internal;
using Dalhaengi.Core.Partners;

namespace Dalhaengi.Core.Rotation;

/// <summary>
/// The rules the rotation planner follows, with documented defaults. Change one with a <c>with</c> expression:
/// <c>RotationPolicy.Default with { MinGapDays = 21 }</c>.
/// </summary>
/// <remarks>
/// Fair shares: the season's sessions are apportioned to districts in proportion to <see cref="Weight"/> by the
/// largest-remainder (Hamilton) method, which keeps every district within one session of its exact proportional
/// quota. See <c>docs/rotation.md</c> for the objective and the reasons behind each default.
/// </remarks>
public sealed record RotationPolicy
{
    /// <summary>The default policy.</summary>
    public static RotationPolicy Default { get; } = new();

    /// <summary>What fair shares are proportional to. Default <see cref="DistrictWeight.Population"/>.</summary>
    /// <exception cref="ArgumentException">The value is not a defined weight.</exception>
    public DistrictWeight Weight { get; init => field = Guard.Against.EnumOutOfRange(value, nameof(Weight)); } = DistrictWeight.Population;

    /// <summary>
    /// Whether every district gets at least one session when the season has at least as many sessions as there are
    /// districts, even if its proportional share rounds to zero. Default <see langword="true"/>: the program visits
    /// all 12 읍면 each season.
    /// </summary>
    public bool GuaranteeOneSessionPerDistrict { get; init; } = true;

    /// <summary>The fewest days between two sessions in one district; 0 to 366. Default 14 (never two weeks running).</summary>
    /// <exception cref="ArgumentException">Out of range.</exception>
    public int MinGapDays { get; init => field = Guard.Against.OutOfRange(value, nameof(MinGapDays), 0, 366); } = 14;

    /// <summary>
    /// Seasons a site rests after a visit: a site visited in one of the previous <c>N</c> seasons (calendar years)
    /// is not chosen again unless its district's risk is high. 0 disables the rule; at most 10. Default 1.
    /// </summary>
    /// <exception cref="ArgumentException">Out of range.</exception>
    public int SiteRestSeasons { get; init => field = Guard.Against.OutOfRange(value, nameof(SiteRestSeasons), 0, 10); } = 1;

    /// <summary>
    /// High or urgent households in a district from which its sites may be revisited despite <see cref="SiteRestSeasons"/>;
    /// at least 1. Default 5.
    /// </summary>
    /// <exception cref="ArgumentException">Below 1.</exception>
    public int HighRiskRevisitThreshold { get; init => field = Guard.Against.NegativeOrZero(value, nameof(HighRiskRevisitThreshold)); } = 5;

    /// <summary>Whether a traditional market is visited only on its five-day fair days (오일장). Default <see langword="true"/>.</summary>
    public bool MarketsOnFairDaysOnly { get; init; } = true;

    /// <summary>
    /// Service categories every team must cover. Default: a health check, welfare or insurance consultation, and mental
    /// health or dementia screening.
    /// </summary>
    /// <exception cref="ArgumentNullException">The value is <see langword="null"/>.</exception>
    public IReadOnlyList<TeamRequirement> RequiredCategories
    {
        get;
        init => field = Guard.Against.Null(value, nameof(RequiredCategories)).ToValueList();
    } = new TeamRequirement[]
    {
        new(ServiceCategory.HealthCheck),
        new(ServiceCategory.InsuranceAndBenefits),
        new(ServiceCategory.MentalHealth, ServiceCategory.Dementia),
    }.ToValueList();

    /// <summary>
    /// Whether the township office of the visited district must be on the team. Default <see langword="true"/>.
    /// A district for which the roster has no township office is planned without one, with a warning.
    /// </summary>
    public bool RequireLocalOffice { get; init; } = true;

    /// <summary>
    /// Whether partners beyond the required ones join every session they can (paced so a capped partner spreads its
    /// sessions over the season). Default <see langword="true"/>: in Yangpyeong most partners attend every session.
    /// </summary>
    public bool IncludeOptionalPartners { get; init; } = true;

    /// <summary>
    /// Days within which a district with high or urgent households should get its first session, counted from the
    /// plan's start; 1 to 366. Default 30. Also the window of <see cref="RotationQuality.HighRiskCoverage"/>.
    /// </summary>
    /// <exception cref="ArgumentException">Out of range.</exception>
    public int RiskResponseDays { get; init => field = Guard.Against.OutOfRange(value, nameof(RiskResponseDays), 1, 366); } = 30;

    /// <summary>
    /// The longest a district under its fair share waits after a session, in multiples of its fair interval
    /// (<c>S ÷ T</c> slots: the season's sessions over its share): its next session is due no later than that. 0 turns
    /// the bound off; otherwise 1 to 10. Default 2 (never more than twice the even spacing).
    /// </summary>
    /// <remarks>
    /// A deadline in the planner, not a hard constraint: before a district takes a slot, a look-ahead checks that every
    /// running bound can still be met, and holds the district back otherwise; when the calendar, gap, sites or roster
    /// leave no slot in time, the district gets the first feasible one. Meeting every bound is NP-hard in general; when
    /// the plan still breaks a bound and is small (up to 4,000 districts × seats), a bounded exact search repairs it
    /// whenever a schedule within every bound exists at the plan's fair and high-risk coverage and the roster can staff
    /// it (<see cref="DistrictPick.GapRepair"/>); <c>docs/rotation.md</c> says exactly what is guaranteed.
    /// <see cref="DistrictQuality.LongestGapDays"/> reports what the plan reached.
    /// </remarks>
    /// <exception cref="ArgumentException">Neither 0 nor from 1 to 10.</exception>
    public double MaxGapFactor
    {
        get;
        init => field = value == 0 ? 0 : Guard.Against.OutOfRange(value, nameof(MaxGapFactor), 1.0, 10.0);
    } = 2;
}
