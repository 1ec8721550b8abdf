using Dalhaengi.Core.Internal;
using NodaTime;

namespace Dalhaengi.Core.Eligibility;

/// <summary>
/// The effective-dated figures that emergency welfare support (긴급복지지원) eligibility is judged against:
/// the standard median income (기준 중위소득), the ministry's published 75 % income lines, the general-asset
/// limits by region type and the financial-asset limits.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Default"/> holds the figures shipped with the library (standard median income 2023–2026, the 2024
/// published 75 % lines for 1–4 persons, the asset limits). A city with newer tables loads its own with
/// <see cref="EmergencySupportThresholdsJson"/> and registers them in the container before
/// <c>AddDalhaengi</c>, or passes them to <see cref="EmergencySupportEvaluator"/>.
/// </para>
/// <para>Immutable. Every table is a <see cref="DatedParameter{T}"/>; a date outside the confirmed period has no threshold.</para>
/// </remarks>
public sealed class EmergencySupportThresholds
{
    private static readonly Lazy<EmergencySupportThresholds> LazyDefault = new(() =>
    {
        using var stream = EmbeddedData.Open("eligibility/emergency-support.json");
        return EmergencySupportThresholdsJson.Load(stream, "embedded eligibility/emergency-support.json");
    });

    internal EmergencySupportThresholds(
        int incomeLinePercentOfMedian,
        DatedParameter<HouseholdSizeAmounts> medianIncome,
        DatedParameter<HouseholdSizeAmounts> publishedIncomeLines,
        DatedParameter<GeneralAssetLimits> generalAssetLimits,
        DatedParameter<FinancialAssetLimits> financialAssetLimits)
    {
        IncomeLinePercentOfMedian = incomeLinePercentOfMedian;
        MedianIncome = medianIncome;
        PublishedIncomeLines = publishedIncomeLines;
        GeneralAssetLimits = generalAssetLimits;
        FinancialAssetLimits = financialAssetLimits;
    }

    /// <summary>The figures shipped with the library, read once from its embedded data.</summary>
    public static EmergencySupportThresholds Default => LazyDefault.Value;

    /// <summary>The income line as a percentage of the standard median income: 75 for emergency welfare support.</summary>
    public int IncomeLinePercentOfMedian { get; }

    /// <summary>The first day the figures cover: the start of the standard median income table.</summary>
    public LocalDate CoveredFrom => MedianIncome.FirstStart;

    /// <summary>
    /// The last day the standard median income is confirmed for; <see langword="null"/> when its last table is in force until changed.
    /// </summary>
    public LocalDate? ConfirmedThrough => MedianIncome.ConfirmedThrough;

    internal DatedParameter<HouseholdSizeAmounts> MedianIncome { get; }

    internal DatedParameter<HouseholdSizeAmounts> PublishedIncomeLines { get; }

    internal DatedParameter<GeneralAssetLimits> GeneralAssetLimits { get; }

    internal DatedParameter<FinancialAssetLimits> FinancialAssetLimits { get; }
}
