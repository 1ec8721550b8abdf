using Ardalis.GuardClauses;
using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Internal;
using NodaTime;

namespace Dalhaengi.Core.Eligibility;

/// <summary>
/// A household's situation to evaluate for emergency welfare support (긴급복지지원) as of a date.
/// </summary>
/// <remarks>
/// Amounts are whole KRW: income per month (소득), general assets (일반재산: land, buildings, deposits on a lease,
/// vehicles…) and financial assets (금융재산: savings, insurance, securities) before any deduction; the evaluator
/// deducts the living reserve. Immutable; equal when every field and the reasons (in order) are equal.
/// </remarks>
public sealed record EmergencySupportRequest
{
    /// <summary>Creates a request.</summary>
    /// <param name="asOf">The date the eligibility is judged on; thresholds in force that day apply.</param>
    /// <param name="householdSize">The number of household members, 1 to 100.</param>
    /// <param name="monthlyIncome">The household's monthly income in KRW, at least 0.</param>
    /// <param name="generalAssets">The household's general assets in KRW, at least 0.</param>
    /// <param name="financialAssets">The household's financial assets in KRW before the living-reserve deduction, at least 0.</param>
    /// <param name="regionType">Where the household lives, which sets the general-asset limit.</param>
    /// <param name="crisisReasons">The crisis reasons claimed; may be empty (the crisis criterion then fails).</param>
    /// <param name="forHousingSupport">Whether the support sought is housing support (주거지원), whose financial-asset limit is higher.</param>
    /// <exception cref="ArgumentNullException"><paramref name="crisisReasons"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A number is out of range, the region type is unknown, or a reason is the default value.</exception>
    public EmergencySupportRequest(
        LocalDate asOf,
        int householdSize,
        long monthlyIncome,
        long generalAssets,
        long financialAssets,
        RegionType regionType,
        IEnumerable<CrisisReason> crisisReasons,
        bool forHousingSupport)
    {
        AsOf = asOf;
        HouseholdSize = Guard.Against.OutOfRange(householdSize, nameof(householdSize), 1, 100);
        MonthlyIncome = Guard.Against.Negative(monthlyIncome);
        GeneralAssets = Guard.Against.Negative(generalAssets);
        FinancialAssets = Guard.Against.Negative(financialAssets);
        RegionType = Guard.Against.EnumOutOfRange(regionType);
        Guard.Against.Null(crisisReasons);
        var reasons = crisisReasons.ToValueList();
        if (reasons.Any(r => r.Code is null))
        {
            throw new ArgumentException("A crisis reason must not be the default value.", nameof(crisisReasons));
        }

        CrisisReasons = reasons;
        ForHousingSupport = forHousingSupport;
    }

    /// <summary>The date the eligibility is judged on.</summary>
    public LocalDate AsOf { get; }

    /// <summary>The number of household members (가구원 수), 1 to 100.</summary>
    public int HouseholdSize { get; }

    /// <summary>The household's monthly income in KRW.</summary>
    public long MonthlyIncome { get; }

    /// <summary>The household's general assets in KRW.</summary>
    public long GeneralAssets { get; }

    /// <summary>The household's financial assets in KRW before the living-reserve deduction.</summary>
    public long FinancialAssets { get; }

    /// <summary>Where the household lives: large city, medium or small city, or rural.</summary>
    public RegionType RegionType { get; }

    /// <summary>The crisis reasons claimed, in the order given.</summary>
    public IReadOnlyList<CrisisReason> CrisisReasons { get; }

    /// <summary>Whether the support sought is housing support (주거지원).</summary>
    public bool ForHousingSupport { get; }
}
